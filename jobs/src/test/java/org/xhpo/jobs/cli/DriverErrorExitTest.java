package org.xhpo.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhpo.jobs.testing.UserObjectiveJar;

/**
 * Issue 13: an {@link Error} on the driver ends the process with exit code 1 and one line, never a hang. The test
 * runs {@link XhpoMain#main} in a separate JVM on a user's objective (compiled here, given with {@code --jars})
 * whose class, when the driver builds it while reading the config, registers a shutdown hook that never returns
 * (standing in for the Spark threads and hooks that keep a JVM alive after an {@link OutOfMemoryError}) and then
 * throws {@link OutOfMemoryError}. The process must still end, by the exit watchdog, with code 1, the one-line
 * message naming the memory setting, and no study directory written.
 */
class DriverErrorExitTest {
    private static final String SOURCE = String.join("\n",
            "package com.example;",
            "import java.util.Map;",
            "import org.xhpo.objective.Evaluation;",
            "import org.xhpo.objective.Objective;",
            "import org.xhpo.objective.TrialContext;",
            "import org.xhpo.space.Configuration;",
            "public final class ExhaustsDriver implements Objective {",
            "    public ExhaustsDriver(Map<String, Object> settings) {",
            "        Runtime.getRuntime().addShutdownHook(new Thread(() -> {",
            "            while (true) {",
            "                try { Thread.sleep(1000); } catch (InterruptedException e) { }",
            "            }",
            "        }));",
            "        throw new OutOfMemoryError(\"simulated: Java heap space\");",
            "    }",
            "    @Override",
            "    public Evaluation evaluate(Configuration c, TrialContext ctx) {",
            "        return new Evaluation(0.0, Map.of());",
            "    }",
            "}",
            "");

    @TempDir
    Path tmp;

    @Test
    void anOutOfMemoryErrorOnTheDriverExitsWith1AndOneLineEvenWhenAShutdownHookHangs() throws Exception {
        Path jar = UserObjectiveJar.build(tmp, "com.example.ExhaustsDriver", SOURCE);
        Path cfg = tmp.resolve("oom.yaml");
        Files.writeString(cfg, "study: {name: oom}\nobjective: com.example.ExhaustsDriver\n"
                + "space: {x: {type: float, low: 0, high: 1}}\nbudget: {trials: 4, batch_size: 2}\nanalysis: off\n");
        Path out = tmp.resolve("out");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-opens") || arg.startsWith("--add-exports")) {
                cmd.add(arg);
            }
        }
        cmd.addAll(List.of("-Xmx512m", "-cp", System.getProperty("java.class.path"), XhpoMain.class.getName(), "run",
                cfg.toString(), "--out", out.toString(), "--jars", jar.toString()));
        Path stderr = tmp.resolve("stderr.txt");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
        boolean ended = p.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended, "the process did not end within 5 minutes");
        double seconds = (System.nanoTime() - t0) / 1e9;
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(XhpoMain.ERROR, p.exitValue(), err);
        List<String> xhpoLines = err.lines().filter(l -> l.startsWith("xhpo:")).toList();
        assertEquals(1, xhpoLines.size(), err);
        assertTrue(xhpoLines.get(0).contains("ran out of memory on the driver (simulated: Java heap space)")
                && xhpoLines.get(0).contains("XHPO_JAVA_OPTS=-Xmx8g"), xhpoLines.get(0));
        assertFalse(Files.exists(out.resolve("oom/trials")), "no trials table is written");
        assertTrue(seconds >= 25, "the hook hangs, so only the 30 s watchdog can have ended it (took " + seconds + " s)");
    }
}
