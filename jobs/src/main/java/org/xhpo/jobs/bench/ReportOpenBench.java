package org.xhpo.jobs.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times how long study reports take to open in headless Chromium (issue 14: a 1,000-trial × 10-parameter
 * report opens in under 3 s): each report is opened {@code repeats} times in a fresh tab, the reports taking
 * turns so that they are measured side by side under the same machine load. Two times per opening, both
 * the page's own clock after navigation start: the first screen drawn (every chart above the bottom of the
 * window) and every chart drawn. Writes {@code report-open.csv} (one row per opening) and
 * {@code report-open.md} (medians and ranges, with the machine's load average).
 */
public final class ReportOpenBench {
    private final PrintStream log;

    /** @param log progress lines */
    public ReportOpenBench(PrintStream log) {
        this.log = log;
    }

    /** One opening of one report; {@code firstScreenMs} is −1 when the page does not report it. */
    record Opening(Path report, int repeat, long firstScreenMs, long renderMs, int charts, int errors) {
    }

    /**
     * Opens every report {@code repeats} times and writes the two files into {@code outDir}.
     *
     * @param window the browser window in CSS pixels, {width, height}
     */
    public List<Opening> run(List<Path> reports, int repeats, int[] window, Path outDir) throws Exception {
        for (Path r : reports) {
            if (!Files.isRegularFile(r)) {
                throw new IllegalArgumentException("--report: " + r + " is not a file");
            }
        }
        double loadBefore = loadAverage();
        List<Opening> openings = new ArrayList<>();
        try (ChromiumPageTimer timer = new ChromiumPageTimer(window[0], window[1])) {
            for (Path r : reports) {
                timer.open(r, Duration.ofMinutes(5)); // warm-up: the browser's caches and JIT, not counted
            }
            for (int k = 0; k < repeats; k++) {
                for (Path r : reports) {
                    JsonNode s = timer.open(r, Duration.ofMinutes(5));
                    Opening o = new Opening(r, k, s.path("firstScreenMs").asLong(-1), s.path("renderMs").asLong(),
                            s.path("charts").size(), s.path("errors").size());
                    openings.add(o);
                    log.printf(Locale.ROOT, "[bench-report] %s #%d: first screen %d ms, all %d charts %d ms%n",
                            r, k, o.firstScreenMs(), o.charts(), o.renderMs());
                }
            }
        }
        write(reports, openings, window, loadBefore, loadAverage(), outDir);
        return openings;
    }

    private static void write(List<Path> reports, List<Opening> openings, int[] window, double loadBefore,
            double loadAfter, Path outDir) throws Exception {
        Files.createDirectories(outDir);
        StringBuilder csv = new StringBuilder("report,bytes,repeat,first_screen_ms,render_ms,charts,console_errors\n");
        for (Opening o : openings) {
            csv.append(String.format(Locale.ROOT, "%s,%d,%d,%d,%d,%d,%d%n", o.report(), Files.size(o.report()),
                    o.repeat(), o.firstScreenMs(), o.renderMs(), o.charts(), o.errors()));
        }
        Files.writeString(outDir.resolve("report-open.csv"), csv);
        StringBuilder md = new StringBuilder("# Report open time in headless Chromium\n\n");
        md.append(String.format(Locale.ROOT, "Window %d×%d CSS px; times after navigation start, the page's own clock;"
                + " median [min–max] of %d openings per report, the reports taking turns; load average %.2f before,"
                + " %.2f after; %s.%n%n", window[0], window[1], openings.size() / reports.size(), loadBefore, loadAfter,
                System.getProperty("java.version")));
        md.append("| report | size MB | charts | first screen drawn, s | every chart drawn, s |\n|---|---|---|---|---|\n");
        for (Path r : reports) {
            List<Opening> mine = openings.stream().filter(o -> o.report().equals(r)).toList();
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %d | %s | %s |%n", r, Files.size(r) / 1e6,
                    mine.get(0).charts(), summary(mine.stream().mapToLong(Opening::firstScreenMs).toArray()),
                    summary(mine.stream().mapToLong(Opening::renderMs).toArray())));
        }
        Files.writeString(outDir.resolve("report-open.md"), md);
    }

    private static String summary(long[] ms) {
        if (Arrays.stream(ms).anyMatch(t -> t < 0)) {
            return "n/a (the page does not say)";
        }
        long[] s = ms.clone();
        Arrays.sort(s);
        double median = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
        return String.format(Locale.ROOT, "%.2f [%.2f–%.2f]", median / 1e3, s[0] / 1e3, s[s.length - 1] / 1e3);
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception e) {
            return Double.NaN;
        }
    }
}
