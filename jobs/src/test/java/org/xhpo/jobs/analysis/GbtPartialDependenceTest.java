package org.xhpo.jobs.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
import org.xhpo.space.FloatParameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;

/**
 * The GBT partial dependence depends on the trials and the seed only: the same trials laid out in
 * other partitions, in another order (as trials files of other sizes are packed by Spark), give the
 * same model, hold-out R² and PDP to the bit.
 */
class GbtPartialDependenceTest {

    private static AnalysisInput input(SparkSession spark, List<Row> rows, int partitions) {
        StructType schema = new StructType().add("row", DataTypes.LongType, false)
                .add("x0", DataTypes.DoubleType, true).add("x1", DataTypes.DoubleType, true)
                .add("y", DataTypes.DoubleType, false);
        Dataset<Row> df = spark.createDataFrame(rows, schema).repartition(partitions);
        SearchSpace space = new SearchSpace(List.of(new FloatParameter("a", 0.0, 1.0, false, null, null),
                new FloatParameter("b", 0.0, 1.0, false, null, null)));
        return new AnalysisInput("test", space, df, rows.size(), rows.size(), "loss", Direction.MINIMIZE, List.of());
    }

    private static List<String> sorted(Dataset<Row> d) {
        List<String> out = new ArrayList<>();
        d.collectAsList().forEach(r -> out.add(r.toString()));
        Collections.sort(out);
        return out;
    }

    @Test
    void theModelDoesNotDependOnThePartitionLayout() {
        SparkSession spark = SharedSpark.get();
        SplittableRandom rng = new SplittableRandom(3);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            double a = rng.nextDouble();
            double b = rng.nextDouble();
            rows.add(RowFactory.create((long) i, a, b, (a - 0.3) * (a - 0.3) + 0.2 * b + 0.02 * rng.nextGaussian()));
        }
        List<Row> reversed = new ArrayList<>(rows);
        Collections.reverse(reversed);
        AnalysisSettings s = AnalysisSettings.DEFAULTS;
        List<int[]> pairs = List.of(new int[] {0, 1});
        GbtPartialDependence.Result one = GbtPartialDependence.run(input(spark, rows, 1), s, pairs, 9);
        GbtPartialDependence.Result other = GbtPartialDependence.run(input(spark, reversed, 3), s, pairs, 9);
        assertEquals(one.heldOutR2(), other.heldOutR2(), 0.0);
        assertEquals(sorted(one.pdp1d()), sorted(other.pdp1d()));
        assertEquals(sorted(one.pdp2d()), sorted(other.pdp2d()));
        assertEquals(sorted(one.importance()), sorted(other.importance()));
    }
}
