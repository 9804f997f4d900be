package org.xhpo.jobs.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.jobs.testing.SharedSpark;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/**
 * The Java API: a Spark user's own DataFrame of trials (lr on a log scale, a noise column, a status
 * column with failed rows) explained without the CLI; the tables come back as DataFrames.
 */
class ExplainerTest {
    static SparkSession spark;
    static final SearchSpace SPACE = new SearchSpace(List.of(new FloatParameter("lr", 1e-4, 1.0, true, null, null),
            new FloatParameter("noise", 0.0, 1.0, false, null, null)));
    static final AnalysisSettings FAST = new AnalysisSettings(true, 0.1, "std", 20, 5_000, 5, 1, false, 2, 10, 30,
            List.of());
    static Dataset<Row> trials;

    @BeforeAll
    static void trials() {
        spark = SharedSpark.get();
        SplittableRandom rng = new SplittableRandom(3);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            double u = rng.nextDouble();
            double lr = 1e-4 * Math.pow(1e4, u);
            double noise = rng.nextDouble();
            boolean failed = i % 7 == 3;
            rows.add(RowFactory.create((long) i, lr, noise, failed ? null : (u - 0.5) * (u - 0.5)
                    + 0.01 * rng.nextGaussian(), failed ? "failed" : "ok"));
        }
        trials = spark.createDataFrame(rows, new StructType().add("trial_id", DataTypes.LongType)
                .add("lr", DataTypes.DoubleType).add("noise", DataTypes.DoubleType).add("loss", DataTypes.DoubleType)
                .add("status", DataTypes.StringType));
    }

    @Test
    void explainsADataFrameAndReturnsTheTablesAsDataFrames() {
        Explanation e = Explainer.on(spark).withSettings(FAST).withSeed(7)
                .explain(trials, SPACE, "loss", Direction.MINIMIZE);
        assertEquals(List.of("hsic_importance", "hsic_interactions", "hsic_tradeoff", "pdp_1d", "pdp_2d",
                "gbt_importance", "shap_values", "shap_summary", "recommendations"), List.copyOf(e.tables().keySet()));
        Row top = e.table("hsic_importance").where("target = 'best'").orderBy("rank_in_group").first();
        assertEquals("lr", top.getAs("parameter"));
        assertEquals(120 - 17, (int) top.<Integer>getAs("n"), "failed rows are dropped");
        assertTrue(e.provenance().contains("\"seed\" : 7"), e.provenance());
        Explanation again = Explainer.on(spark).withSettings(FAST).withSeed(7)
                .explain(trials, SPACE, "loss", Direction.MINIMIZE);
        assertEquals(e.table("recommendations").collectAsList(), again.table("recommendations").collectAsList());
    }

    @Test
    void anUnchangedAnalysisIsRecognizedAndAChangedOneIsNot(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(tmp.resolve("study").toString());
        Explainer ex = Explainer.on(spark).withSettings(FAST).withSeed(7);
        org.xhpo.jobs.analysis.AnalysisInput in = org.xhpo.jobs.analysis.DatasetTrials.prepare(trials, SPACE, "loss",
                Direction.MINIMIZE, List.of(), 7, "test");
        assertTrue(!ex.upToDate(in, dir), "nothing written yet");
        ex.explain(in).write(spark, dir, "s");
        assertTrue(ex.upToDate(in, dir), "same trials, settings and seed");
        assertTrue(!ex.withSeed(8).upToDate(in, dir), "another seed");
        assertTrue(!ex.withSampler("tpe", 10).upToDate(in, dir), "another sampling");
        assertTrue(!ex.upToDate(org.xhpo.jobs.analysis.DatasetTrials.prepare(trials.limit(100), SPACE, "loss",
                Direction.MINIMIZE, List.of(), 7, "test"), dir), "other trials");
    }

    @Test
    void aMissingColumnIsNamed() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> Explainer.on(spark)
                .explain(trials.drop("noise"), SPACE, "loss", Direction.MINIMIZE));
        assertTrue(ex.getMessage().startsWith("trials: no column for parameter 'noise'"), ex.getMessage());
        IllegalArgumentException table = assertThrows(IllegalArgumentException.class, () -> new Explanation(
                java.util.Map.of(), "{}").table("nope"));
        assertTrue(table.getMessage().contains("nope"));
    }
}
