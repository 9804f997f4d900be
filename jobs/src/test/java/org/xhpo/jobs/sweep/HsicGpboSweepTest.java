package org.xhpo.jobs.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhpo.jobs.cli.XhpoMain;
import org.xhpo.jobs.store.ResultTables;
import org.xhpo.jobs.testing.SharedSpark;

/** sampler: hsic-gpbo through a sweep: stage labels in the sampler column and the search_decisions table. */
class HsicGpboSweepTest {
    @TempDir
    Path tmp;

    @Test
    void theSamplerColumnNamesTheStageAndTheDecisionsAreATable() throws Exception {
        Path cfg = tmp.resolve("h.yaml");
        String out = tmp.resolve("out").toString();
        Files.writeString(cfg, "study: {name: hg, seed: 2}\nobjective: explain_bench\n"
                + "sampler: {name: hsic-gpbo, settings: {costs: [flops], permutations: 20}}\n"
                + "budget: {trials: 60, batch_size: 8}\nanalysis: off\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = XhpoMain.execute(List.of("run", cfg.toString(), "--out", out), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<Row> stages = SharedSpark.get().read().parquet(out + "/hg/trials").groupBy("sampler").count()
                .orderBy("sampler").collectAsList();
        // budget 60: explore max(10, 24) = 24 (the focus decision needs the library's 20 rows), finetune
        // round(0.2 * 60) = 12, focus the 24 between
        assertEquals("[[hsic-gpbo/explore,24], [hsic-gpbo/finetune,12], [hsic-gpbo/focus,24]]", stages.toString());
        assertTrue(ResultTables.register(SharedSpark.get(), out).containsKey("search_decisions"));
        long widthFixed = SharedSpark.get().sql("SELECT * FROM search_decisions WHERE stage = 'focus' AND parameter = "
                + "'width' AND action = 'fix-cost'").count();
        assertEquals(1, widthFixed);
        assertTrue(SharedSpark.get().sql("SELECT * FROM search_decisions WHERE stage = 'finetune'").count() > 0);
    }
}
