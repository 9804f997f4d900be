package org.xhpo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens a report in headless Chromium (Debian's {@code chromium}, or {@code XHPO_CHROMIUM}) and reads
 * the status the page's runtime writes into {@code #xhpo-status} (charts, marks per chart, sections,
 * console errors) from the dumped DOM; also takes screenshots. No browser download, no dependency:
 * the browser is a process and the DOM is text.
 */
public final class HeadlessChromium {
    private static final Pattern STATUS = Pattern.compile("<pre id=\"xhpo-status\">(.*?)</pre>", Pattern.DOTALL);
    /** Generous: a loaded shared machine makes Chromium slow; an idle one renders a report in seconds. */
    private static final long TIMEOUT_SECONDS = 240;
    /** The window's width in CSS pixels: a laptop's browser window, the width the page must fit. */
    static final int WINDOW_WIDTH = 1280;

    private HeadlessChromium() {
    }

    /** What the page reported, with the browser's wall time. */
    public record PageStatus(JsonNode status, long wallMillis, String stderr) {
    }

    /**
     * The browser binary.
     *
     * @throws AssertionError saying how to install it when it is missing (CI installs it; never skipped)
     */
    public static Path binary() {
        String env = System.getenv("XHPO_CHROMIUM");
        for (String c : env != null ? List.of(env) : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(c))) {
                return Path.of(c);
            }
        }
        throw new AssertionError("chromium not found (looked for " + (env != null ? env : "/usr/bin/chromium") + "): the "
                + "report tests open reports in a real browser; install it with 'apt-get install chromium' (.ci/run does) "
                + "or point XHPO_CHROMIUM at a Chromium binary");
    }

    /** Opens the page, lets it render (virtual time), and returns its status. */
    public static PageStatus open(Path html) throws IOException, InterruptedException {
        return open(html, true);
    }

    /**
     * Opens the page and returns its status.
     *
     * @param virtualTime let Chromium fast-forward timers (robust); false = real time, for measuring the render time
     */
    public static PageStatus open(Path html, boolean virtualTime) throws IOException, InterruptedException {
        List<String> cmd = base();
        if (virtualTime) {
            cmd.add("--virtual-time-budget=30000");
        }
        cmd.add("--window-size=" + WINDOW_WIDTH + ",900");
        cmd.add("--dump-dom");
        cmd.add(html.toAbsolutePath().toUri().toString());
        long t0 = System.nanoTime();
        Result r = run(cmd);
        long wall = (System.nanoTime() - t0) / 1_000_000;
        Matcher m = STATUS.matcher(r.stdout);
        if (!m.find() || m.group(1).isBlank()) {
            throw new AssertionError("the page wrote no status (did its scripts run?); chromium said: " + tail(r.stderr));
        }
        String json = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        return new PageStatus(new ObjectMapper().readTree(json), wall, r.stderr);
    }

    /** Writes a screenshot of the page (full width, the given height in CSS pixels). */
    public static void screenshot(Path html, Path png, int width, int height) throws IOException, InterruptedException {
        List<String> cmd = base();
        cmd.add("--virtual-time-budget=30000");
        cmd.add("--hide-scrollbars");
        cmd.add("--window-size=" + width + "," + height);
        cmd.add("--screenshot=" + png.toAbsolutePath());
        cmd.add(html.toAbsolutePath().toUri().toString());
        Result r = run(cmd);
        if (!Files.exists(png)) {
            throw new AssertionError("no screenshot written; chromium said: " + tail(r.stderr));
        }
    }

    private static List<String> base() throws IOException {
        Path profile = Files.createTempDirectory("xhpo-chromium");
        profile.toFile().deleteOnExit();
        return new ArrayList<>(List.of(binary().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
    }

    private record Result(String stdout, String stderr) {
    }

    private static Result run(List<String> cmd) throws IOException, InterruptedException {
        Path out = Files.createTempFile("xhpo-chromium", ".out");
        Path err = Files.createTempFile("xhpo-chromium", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + cmd);
            }
            return new Result(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String tail(String s) {
        return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
    }

    /**
     * Asserts the page finished, logged no console error, every chart drew at least one mark, and the page
     * fits the window's width.
     *
     * @param status the page's status
     * @param unavailable sections expected to have no data
     */
    public static void assertRendered(JsonNode status, List<String> unavailable) {
        assertTrue(status.path("done").asBoolean(), "page did not finish rendering: " + status);
        assertEquals(0, status.path("errors").size(), "console errors: " + status.path("errors"));
        List<String> empty = new ArrayList<>();
        status.path("charts").fields().forEachRemaining(e -> {
            if (e.getValue().path("marks").asInt() <= 0) {
                empty.add(e.getKey() + " " + e.getValue());
            }
        });
        assertTrue(empty.isEmpty(), "charts without marks: " + empty);
        assertTrue(status.path("charts").size() > 0, "no chart rendered");
        assertEquals(0, status.path("pageOverflowPx").asInt(-1), "the page is wider than a " + WINDOW_WIDTH
                + " px window (a table or chart should scroll in its own box): " + status.path("pageOverflowPx"));
        status.path("sections").fields().forEachRemaining(e -> {
            boolean expectAvailable = !unavailable.contains(e.getKey());
            assertEquals(expectAvailable, e.getValue().path("available").asBoolean(),
                    "section " + e.getKey() + (expectAvailable ? " is missing its data" : " should say 'not available'"));
        });
    }
}
