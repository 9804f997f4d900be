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
                + "budget: {trials: 40, batch_size: 8}\nanalysis: off\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = XhpoMain.execute(List.of("run", cfg.toString(), "--out", out), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        List<Row> stages = SharedSpark.get().read().parquet(out + "/hg/trials").groupBy("sampler").count()
                .orderBy("sampler").collectAsList();
        // budget 40: explore max(10, 16) = 16, finetune round(0.2 * 40) = 8, focus the 16 between
        assertEquals("[[hsic-gpbo/explore,16], [hsic-gpbo/finetune,8], [hsic-gpbo/focus,16]]", stages.toString());
        assertTrue(ResultTables.register(SharedSpark.get(), out).containsKey("search_decisions"));
        long widthFixed = SharedSpark.get().sql("SELECT * FROM search_decisions WHERE stage = 'focus' AND parameter = "
                + "'width' AND action = 'fix-cost'").count();
        assertEquals(1, widthFixed);
        assertTrue(SharedSpark.get().sql("SELECT * FROM search_decisions WHERE stage = 'finetune'").count() > 0);
    }
}
