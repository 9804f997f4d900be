package org.xhpo.jobs.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xhpo.objective.TrialRunner;
import org.xhpo.objective.diagnostic.FlakyObjective;
import org.xhpo.space.Configuration;
import org.xhpo.study.Direction;
import org.xhpo.study.Trial;
import org.xhpo.study.TrialResult;

/** The progress line names the most common error of a round; failure kinds group messages that differ in numbers. */
class RoundProgressTest {

    private static List<TrialResult> flakyRound(int round, long firstId, int n, Map<String, Object> settings) {
        TrialRunner runner = new TrialRunner(new FlakyObjective(settings), 0, "driver");
        List<TrialResult> out = new ArrayList<>();
        for (long id = firstId; id < firstId + n; id++) {
            out.add(runner.run(new Trial(id, round, 7 * id + 1, new Configuration(Map.of("x", 0.5 + id)))));
        }
        return out;
    }

    @Test
    void progressLineNamesTheMostCommonErrorOfTheRoundOnOneLine() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        RoundProgress p = new RoundProgress("s", 16, Direction.MINIMIZE, new PrintStream(buf, true, StandardCharsets.UTF_8));
        // throw_every 2 fails ids 1, 3, 5, 7 (throws); nan_every 4 fails ids 0, 4 (NaN value)
        p.round(0, flakyRound(0, 0, 8, Map.of("throw_every", 2, "throw_offset", 1, "nan_every", 4)));
        p.round(1, flakyRound(1, 8, 8, Map.of("throw_every", 0, "nan_every", 0)));
        String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].contains("8/16 trials, 6 failed"), lines[0]);
        assertTrue(lines[0].endsWith("most common error (4 of 6): IllegalStateException: flaky objective fails trial N on purpose"),
                lines[0]);
        assertFalse(lines[1].contains("error"), "a round without failures names none: " + lines[1]);
        assertEquals(6, p.failures().total());
        List<Map.Entry<String, Long>> kinds = p.failures().byCount();
        assertEquals(2, kinds.size());
        assertEquals("objective returned a non-finite value: NaN", kinds.get(1).getKey());
        assertEquals(2L, kinds.get(1).getValue());
    }

    @Test
    void longMessagesAreCutAndStayOnOneLine() {
        String huge = "java.io.UncheckedIOException: " + "x".repeat(500) + "\nsecond line (at Foo.bar(Foo.java:1))";
        String kind = FailureMessages.kind(huge);
        assertFalse(kind.contains("\n"));
        assertTrue(kind.startsWith("UncheckedIOException: xxx"), kind);
        String cut = FailureMessages.truncate(kind, RoundProgress.MAX_ERROR_CHARS);
        assertEquals(RoundProgress.MAX_ERROR_CHARS, cut.length());
        assertTrue(cut.endsWith("…"));
    }

    @Test
    void kindsKeepWordsWithDigitsAndDropTheStackPosition() {
        assertEquals("IllegalArgumentException: log10 of N is below N",
                FailureMessages.kind("java.lang.IllegalArgumentException: log10 of 12 is below 1.5e-3 (at a.B.c(B.java:9))"));
        assertEquals("exceeded trial_timeout of N s", FailureMessages.kind("exceeded trial_timeout of 2.0 s"));
        assertEquals("(no message)", FailureMessages.kind(null));
    }
}
