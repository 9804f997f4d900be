package org.xhpo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens rendered reports in headless Chromium, as a person would: no console error, every chart
 * drew marks, every section shows data, and a weak model shows its warning. Fails (never skips)
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
        assertRendered(status, List.of());
        status.path("sections").fields().forEachRemaining(e -> {
            assertTrue(e.getValue().path("available").asBoolean(), "section " + e.getKey() + " has no data: " + status);
            assertEquals(0, e.getValue().path("warnings").asInt(), "no warning for a good model in " + e.getKey());
        });
        assertEquals(ReportSections.all().size(), status.path("sections").size());
    }

    @Test
    void aWeakModelShowsTheDoNotTrustWarnings() throws Exception {
        Path html = tmp.resolve("weak.html");
        String page = ReportPage.standard().render(SyntheticStudy.of(60, 3, 4, 0.3));
        Files.writeString(html, page);
        JsonNode status = HeadlessChromium.open(html).status();
        assertRendered(status, List.of());
        assertEquals(1, status.path("sections").path(PartialDependenceSection.ID).path("warnings").asInt());
        assertEquals(1, status.path("sections").path(ShapDependenceSection.ID).path("warnings").asInt());
        assertTrue(page.contains("do not trust this PDP"), "PDP warning text");
    }

    /**
     * Asserts the page finished, logged no console error, and every chart drew at least one mark.
     *
     * @param status the page's status
     * @param unavailable sections expected to have no data
     */
    static void assertRendered(JsonNode status, List<String> unavailable) {
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
        status.path("sections").fields().forEachRemaining(e -> {
            boolean expectAvailable = !unavailable.contains(e.getKey());
            assertEquals(expectAvailable, e.getValue().path("available").asBoolean(),
                    "section " + e.getKey() + (expectAvailable ? " is missing its data" : " should say 'not available'"));
        });
    }
}
