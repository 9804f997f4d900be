package org.xhpo.jobs.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.xhpo.analysis.AnalysisSettings;
import org.xhpo.jobs.testing.SharedSpark;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Condition;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/**
 * The driver's GBT partial dependence is the Spark path's to the bit: hold-out R², every row of
 * {@code pdp_1d}, {@code pdp_2d} and {@code gbt_importance} (rows compared in order, doubles by their
 * exact text), on tables with conditional parameters (inactive rows), a categorical, a stepped integer
 * (repeated grid values), a log target, and too few rows for a hold-out set.
 */
class DriverPartialDependenceTest {

    private static final AnalysisSettings LOG_TARGET = new AnalysisSettings(true, 0.1, "std", 100, 5_000, 20, 3, true,
            5, 24, 200, List.of());

    /** Trials of the space with unit values (null when inactive) and a noisy objective; ids shuffled. */
    private static AnalysisInput input(SparkSession spark, SearchSpace space, int n, long seed, boolean positive) {
        SplittableRandom rng = new SplittableRandom(seed);
        int d = space.dimension();
        StructType schema = new StructType().add("row", DataTypes.LongType, false);
        for (int j = 0; j < d; j++) {
            schema = schema.add(AnalysisInput.x(j), DataTypes.DoubleType, true);
        }
        schema = schema.add("y", DataTypes.DoubleType, false);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Object[] v = new Object[d + 2];
            v[0] = (long) (3 * i + 7);
            double y = 0.05 * rng.nextGaussian();
            for (int j = 0; j < d; j++) {
                Parameter p = space.parameters().get(j);
                double u = rng.nextDouble();
                boolean active = p.when().isEmpty() || (Double) v[1] < 0.5; // conditionals: on when x0 < 0.5
                v[1 + j] = active ? u : null;
                if (active) {
                    y += (j + 1) * (u - 0.4) * (u - 0.4) + (j == 1 ? 0.5 * u * (Double) v[1] : 0.0);
                }
            }
            v[d + 1] = positive ? Math.exp(y) : y;
            rows.add(RowFactory.create(v));
        }
        java.util.Collections.shuffle(rows, new java.util.Random(seed));
        Dataset<Row> df = spark.createDataFrame(rows, schema).repartition(3);
        return new AnalysisInput("test", space, df, n, n, "loss", Direction.MINIMIZE, List.of());
    }

    private static List<String> text(Dataset<Row> d) {
        List<String> out = new ArrayList<>();
        d.collectAsList().forEach(r -> out.add(r.toString()));
        return out;
    }

    private static void assertSame(SearchSpace space, AnalysisInput in, AnalysisSettings s, List<int[]> pairs,
                                   long seed) {
        GbtPartialDependence.Result spark = GbtPartialDependence.run(in, s, pairs, seed);
        TrialMatrixCollector.Collected c = TrialMatrixCollector.collect(in, s.exactLimit(), seed);
        assertTrue(DriverPartialDependence.applies(in.okRows(), s));
        GbtPartialDependence.Result driver = DriverPartialDependence.run(SharedSpark.get(), space, c.matrix(), c.keys(),
                in.objective(), s, pairs, seed);
        assertEquals(Double.doubleToLongBits(spark.heldOutR2()), Double.doubleToLongBits(driver.heldOutR2()),
                "R² " + spark.heldOutR2() + " vs " + driver.heldOutR2());
        assertEquals(text(spark.pdp1d()), text(driver.pdp1d()));
        assertEquals(text(spark.pdp2d()), text(driver.pdp2d()));
        assertEquals(text(spark.importance()), text(driver.importance()));
        assertArrayEquals(spark.pdpImportance(), driver.pdpImportance(), 0.0);
        assertArrayEquals(spark.featureImportance(), driver.featureImportance(), 0.0);
    }

    @Test
    void twoFloatsAsTheQuickstart() {
        SearchSpace space = new SearchSpace(List.of(new FloatParameter("a", -5.0, 10.0, false, null, null),
                new FloatParameter("b", 0.0, 15.0, false, null, null)));
        assertSame(space, input(SharedSpark.get(), space, 64, 1, false), AnalysisSettings.DEFAULTS,
                List.<int[]>of(new int[] {0, 1}), 17);
    }

    @Test
    void conditionalCategoricalSteppedIntegerAndLogTarget() {
        Condition sgd = new Condition(Map.of("kind", List.of("sgd")));
        SearchSpace space = new SearchSpace(List.of(new CategoricalParameter("kind", List.of("sgd", "adam"), null, null),
                new FloatParameter("lr", 1e-4, 1e-1, true, null, null),
                new IntParameter("layers", 1, 4, false, 1, null, null),
                new FloatParameter("momentum", 0.0, 0.99, false, null, sgd)));
        AnalysisInput in = input(SharedSpark.get(), space, 150, 2, true);
        List<int[]> pairs = List.of(new int[] {0, 1}, new int[] {1, 3}, new int[] {2, 3});
        assertSame(space, in, AnalysisSettings.DEFAULTS, pairs, 5);
        assertSame(space, in, LOG_TARGET, pairs, 6);
    }

    @Test
    void tooFewRowsForAHoldOutSetAndOneRowGridPoints() {
        SearchSpace space = new SearchSpace(List.of(new CategoricalParameter("a", List.of("x", "y"), null, null),
                new FloatParameter("b", 0.0, 1.0, false, null, new Condition(Map.of("a", List.of("x"))))));
        for (long seed = 0; seed < 4; seed++) {
            assertSame(space, input(SharedSpark.get(), space, 5, 10 + seed, false), AnalysisSettings.DEFAULTS,
                    List.<int[]>of(new int[] {0, 1}), seed);
        }
    }

    @Test
    void anotherSeedGivesAnotherSplitSoTheComparisonCanFail() {
        SearchSpace space = new SearchSpace(List.of(new FloatParameter("a", 0.0, 1.0, false, null, null),
                new FloatParameter("b", 0.0, 1.0, false, null, null)));
        AnalysisInput in = input(SharedSpark.get(), space, 80, 3, false);
        TrialMatrixCollector.Collected c = TrialMatrixCollector.collect(in, 5_000, 1);
        GbtPartialDependence.Result spark = GbtPartialDependence.run(in, AnalysisSettings.DEFAULTS, List.of(), 1);
        GbtPartialDependence.Result other = DriverPartialDependence.run(SharedSpark.get(), space, c.matrix(), c.keys(),
                "loss", AnalysisSettings.DEFAULTS, List.of(), 2);
        assertNotEquals(spark.heldOutR2(), other.heldOutR2());
        assertNotEquals(text(spark.pdp1d()), text(other.pdp1d()));
        assertFalse(DriverPartialDependence.applies(5_001, AnalysisSettings.DEFAULTS));
    }
}
