package org.xhpo.jobs.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xhpo.config.ConfigReader;
import org.xhpo.config.SweepConfig;
import org.xhpo.jobs.store.TrialTable;
import org.xhpo.jobs.testing.SharedSpark;

/** A small sweep end to end on local[2]: the table's rows, schema, determinism and failure isolation. */
class SweepDriverTest {
    private static final String SPACE = String.join("\n",
            "space:",
            "  x: {type: float, low: -2, high: 2}",
            "  n: {type: int, low: 1, high: 16, log: true}",
            "  opt: {type: categorical, choices: [sgd, adam]}",
            "  momentum: {type: float, low: 0, high: 0.9, when: {opt: sgd}}",
            "");

    @TempDir
    Path tmp;

    private static SweepConfig config(String objective, String sampler, int trials, int batch, String out) {
        return ConfigReader.parse("study: {name: t, seed: 11}\nobjective: " + objective + "\n" + SPACE
                + "sampler: " + sampler + "\nbudget: {trials: " + trials + ", batch_size: " + batch + "}\n"
                + "output: {dir: " + out + "}\n", "test.yaml");
    }

    private static SweepOutcome run(SweepConfig c) throws Exception {
        PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new SweepDriver(SharedSpark.get(), c, log).run();
    }

    private static Dataset<Row> table(SweepConfig c) {
        return new TrialTable(SharedSpark.get(), c.outputDir() + "/" + c.study(), c.study(), c.seed(), c.space()).read();
    }

    @Test
    void sweepWritesOneRowPerTrialWithTheDocumentedSchema() throws Exception {
        SweepConfig c = config("{name: flaky, settings: {throw_every: 0}}", "sobol", 20, 8, tmp.resolve("a").toString());
        SweepOutcome o = run(c);
        assertEquals(20, o.trials());
        Dataset<Row> t = table(c);
        assertEquals(20, t.count());
        // Parquet reads every column back as nullable; names, order and types are the contract
        assertEquals(TrialTable.tableSchema(c.space()).simpleString(), t.schema().simpleString());
        assertEquals("struct<study:string,trial_id:bigint,sampler:string,x:double,n:bigint,opt:string,momentum:double,"
                + "u_x:double,u_n:double,u_opt:double,u_momentum:double,value:double,metrics:map<string,double>,"
                + "status:string,error:string,seed:bigint,start_time:timestamp,end_time:timestamp,duration_s:double,"
                + "executor_id:string,round:int>", t.schema().simpleString());
        assertEquals(20, t.select("trial_id").distinct().count());
        assertEquals(3, t.select("round").distinct().count()); // 8 + 8 + 4
        assertEquals(20, t.filter("status = 'ok' and value is not null and u_x between 0 and 1").count());
        // momentum is set exactly when opt = sgd, in native and unit columns
        assertEquals(0, t.filter("(opt = 'sgd') != (momentum is not null)").count());
        assertEquals(0, t.filter("(momentum is null) != (u_momentum is null)").count());
        assertTrue(o.best() != null);
    }

    @Test
    void sameConfigTwiceGivesIdenticalTables() throws Exception {
        SweepConfig a = config("{name: flaky, settings: {throw_every: 0}}", "random", 12, 5, tmp.resolve("r1").toString());
        SweepConfig b = config("{name: flaky, settings: {throw_every: 0}}", "random", 12, 5, tmp.resolve("r2").toString());
        run(a);
        run(b);
        String[] cols = {"trial_id", "round", "x", "n", "opt", "momentum", "u_x", "u_n", "u_opt", "u_momentum",
            "value", "status", "seed"};
        Dataset<Row> ta = table(a).selectExpr(cols);
        Dataset<Row> tb = table(b).selectExpr(cols);
        new JavaDataFrameSuiteBase().assertDataFrameNoOrderEquals(ta, tb);
        SweepConfig other = ConfigReader.parse("study: {name: t, seed: 12}\nobjective: noop\n" + SPACE
                + "sampler: random\nbudget: {trials: 12, batch_size: 5}\noutput: {dir: " + tmp.resolve("r3") + "}\n", "x");
        run(other);
        assertTrue(table(other).select("x").except(table(a).select("x")).count() > 0, "another seed samples other points");
    }

    @Test
    void failingTrialsAreRecordedAndTheSweepGoesOn() throws Exception {
        SweepConfig c = config("{name: flaky, settings: {throw_every: 4, throw_offset: 1, nan_every: 5}}", "random", 20, 8,
                tmp.resolve("f").toString());
        SweepOutcome o = run(c);
        Dataset<Row> t = table(c);
        assertEquals(20, t.count());
        // ids 1,5,9,13,17 throw; ids 0,10,15 (multiples of 5 not already thrown) return NaN
        List<Row> failed = t.filter("status = 'failed'").orderBy("trial_id").select("trial_id", "error", "value").collectAsList();
        assertEquals(List.of(0L, 1L, 5L, 9L, 10L, 13L, 15L, 17L), failed.stream().map(r -> r.getLong(0)).toList());
        assertTrue(failed.get(1).getString(1).contains("on purpose"));
        assertTrue(failed.get(0).getString(1).contains("non-finite"));
        assertTrue(failed.stream().allMatch(r -> r.isNullAt(2)));
        assertEquals(8, o.failed());
    }

    @Test
    void tooManyFailuresStopTheSweepAndKeepFinishedTrials() throws Exception {
        SweepConfig c = config("{name: flaky, settings: {throw_every: 1, throw_offset: 0}}", "random", 40, 10,
                tmp.resolve("all").toString());
        TooManyFailuresException e = assertThrows(TooManyFailuresException.class, () -> run(c));
        assertTrue(e.getMessage().contains("10 of 10 trials failed"), e.getMessage());
        assertEquals(10, table(c).count());
    }

    @Test
    void resumeContinuesToTheGrownBudgetWithoutRepeats() throws Exception {
        String out = tmp.resolve("resume").toString();
        run(config("noop", "sobol", 8, 4, out));
        SweepOutcome o = run(config("noop", "sobol", 20, 4, out));
        assertEquals(20, o.trials());
        SparkSession s = SharedSpark.get();
        Dataset<Row> resumed = table(config("noop", "sobol", 20, 4, out));
        assertEquals(20, resumed.select("trial_id").distinct().count());
        String fresh = tmp.resolve("fresh").toString();
        run(config("noop", "sobol", 20, 4, fresh));
        new JavaDataFrameSuiteBase().assertDataFrameNoOrderEquals(
                resumed.select("trial_id", "round", "x", "n", "opt", "momentum", "value"),
                table(config("noop", "sobol", 20, 4, fresh)).select("trial_id", "round", "x", "n", "opt", "momentum", "value"));
        assertTrue(s != null);
    }
}
