package org.xhpo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens rendered reports in headless Chromium, as a person would: no console error, every chart
 * drew marks, every section shows data (the weak-model warnings are checked in ReportSectionsTest). Fails (never skips)
 * when chromium is missing.
 */
class ReportPageBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void everySectionOfAFullStudyRendersWithMarksAndNoConsoleError() throws Exception {
        Path html = tmp.resolve("index.html");
        Files.writeString(html, ReportPage.standard().render(SyntheticStudy.of(300, 6, 3, 0.9)));
        JsonNode status = HeadlessChromium.open(html).status();
        HeadlessChromium.assertRendered(status, List.of());
        assertEquals(0, status.path("warnings").size(), "console warnings: " + status.path("warnings"));
        status.path("sections").fields().forEachRemaining(e -> {
            assertTrue(e.getValue().path("available").asBoolean(), "section " + e.getKey() + " has no data: " + status);
            assertEquals(0, e.getValue().path("warnings").asInt(), "no warning for a good model in " + e.getKey());
        });
        assertEquals(ReportSections.all().size(), status.path("sections").size());
    }
}
