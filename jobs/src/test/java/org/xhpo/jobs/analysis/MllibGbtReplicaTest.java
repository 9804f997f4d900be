package org.xhpo.jobs.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.ml.attribute.Attribute;
import org.apache.spark.ml.attribute.AttributeGroup;
import org.apache.spark.ml.attribute.NominalAttribute;
import org.apache.spark.ml.attribute.NumericAttribute;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.regression.GBTRegressionModel;
import org.apache.spark.ml.regression.GBTRegressor;
import org.apache.spark.ml.tree.ContinuousSplit;
import org.apache.spark.ml.tree.InternalNode;
import org.apache.spark.ml.tree.LeafNode;
import org.apache.spark.ml.tree.Node;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.xhpo.jobs.testing.SharedSpark;

/**
 * {@link DriverGbtFit} against MLlib itself: on one partition, the driver-side fit builds the trees
 * {@code GBTRegressor.fit} builds — every node's split, prediction, impurity, gain and statistics equal to the
 * bit — on data made to reach every branch of MLlib's code: fewer rows than bins, more distinct values than
 * bins, exact zeros (counted apart by MLlib), the inactive code −0.5, a constant feature, tied labels, and
 * settings other than the analysis's.
 */
class MllibGbtReplicaTest {

    private static Dataset<Row> data(List<Row> rows) {
        StructType schema = new StructType().add("features", new VectorUDT(), false)
                .add("label", DataTypes.DoubleType, false);
        return SharedSpark.get().createDataFrame(rows, schema).coalesce(1);
    }

    /** Rows whose features mix uniform values, a grid with exact zeros, inactive codes and a constant. */
    private static List<Row> rows(int n, int d, long seed, boolean tiedLabels) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] x = new double[d];
            for (int j = 0; j < d; j++) {
                x[j] = switch (j % 4) {
                    case 0 -> rng.nextDouble();
                    case 1 -> rng.nextInt(5) / 4.0;
                    case 2 -> rng.nextDouble() < 0.3 ? -0.5 : rng.nextDouble();
                    default -> 0.7;
                };
            }
            double y = Math.sin(6 * x[0]) + (d > 1 ? x[1] * x[1] : 0) + 0.1 * rng.nextGaussian();
            if (tiedLabels) {
                y = Math.round(y * 2) / 2.0;
            }
            rows.add(RowFactory.create(Vectors.dense(x), y));
        }
        return rows;
    }

    private static GBTRegressor analysisGbt(long seed) {
        return analysisGbt(seed, 40);
    }

    /** The analysis's settings with fewer trees, for the edge cases (each MLlib tree costs 4–5 Spark jobs). */
    private static GBTRegressor analysisGbt(long seed, int trees) {
        return new GBTRegressor().setMaxIter(trees).setMaxDepth(4).setStepSize(0.1).setSubsamplingRate(0.8)
                .setMinInstancesPerNode(2).setSeed(seed);
    }

    private static void assertSameModel(GBTRegressor gbt, List<Row> rows) {
        Dataset<Row> df = data(rows);
        GBTRegressionModel mllib = gbt.fit(df);
        GBTRegressionModel driver = DriverGbtFit.fit(gbt, df.collectAsList());
        assertNotNull(driver);
        assertArrayEquals(mllib.treeWeights(), driver.treeWeights());
        assertEquals(mllib.getNumTrees(), driver.getNumTrees());
        for (int m = 0; m < mllib.getNumTrees(); m++) {
            assertSameNode(mllib.trees()[m].rootNode(), driver.trees()[m].rootNode(), "tree " + m);
        }
        assertEquals(mllib.toDebugString().replaceAll("uid=\\S+", ""),
                driver.toDebugString().replaceAll("uid=\\S+", ""));
        assertArrayEquals(mllib.featureImportances().toArray(), driver.featureImportances().toArray());
        List<Row> a = mllib.transform(df).select("prediction").collectAsList();
        List<Row> b = driver.transform(df).select("prediction").collectAsList();
        assertEquals(a, b);
    }

    private static void assertSameNode(Node e, Node a, String where) {
        assertEquals(e.getClass(), a.getClass(), where);
        assertEquals(Double.doubleToLongBits(e.prediction()), Double.doubleToLongBits(a.prediction()),
                where + " prediction");
        assertEquals(Double.doubleToLongBits(e.impurity()), Double.doubleToLongBits(a.impurity()), where + " impurity");
        assertArrayEquals(e.impurityStats().stats(), a.impurityStats().stats(), where + " stats");
        assertEquals(e.impurityStats().rawCount(), a.impurityStats().rawCount(), where + " raw count");
        if (e instanceof InternalNode ei) {
            InternalNode ai = (InternalNode) a;
            assertEquals(Double.doubleToLongBits(ei.gain()), Double.doubleToLongBits(ai.gain()), where + " gain");
            ContinuousSplit es = (ContinuousSplit) ei.split();
            ContinuousSplit as = (ContinuousSplit) ai.split();
            assertEquals(es.featureIndex(), as.featureIndex(), where + " feature");
            assertEquals(Double.doubleToLongBits(es.threshold()), Double.doubleToLongBits(as.threshold()),
                    where + " threshold");
            assertSameNode(ei.leftChild(), ai.leftChild(), where + " L");
            assertSameNode(ei.rightChild(), ai.rightChild(), where + " R");
        } else {
            assertTrue(e instanceof LeafNode);
        }
    }

    @Test
    void theAnalysisSettingsOnQuickstartSizedTablesGiveMllibsTrees() {
        for (long seed : new long[] {1, 123456789L}) {
            assertSameModel(analysisGbt(seed), rows(51, 2, seed, false));
        }
    }

    @Test
    void fewerRowsThanBinsTiedLabelsAndAConstantFeature() {
        assertSameModel(analysisGbt(5, 8), rows(9, 4, 11, true));
        assertSameModel(analysisGbt(6, 8), rows(31, 4, 12, true));
    }

    @Test
    void moreDistinctValuesThanBinsWithZerosAndInactiveCodes() {
        assertSameModel(analysisGbt(42, 8), rows(700, 6, 13, false));
    }

    @Test
    void otherSettingsToo() {
        GBTRegressor gbt = new GBTRegressor().setMaxIter(6).setMaxDepth(6).setStepSize(0.3).setSubsamplingRate(1.0)
                .setMinInstancesPerNode(1).setMaxBins(16).setSeed(3);
        assertSameModel(gbt, rows(400, 3, 14, true));
        GBTRegressor shallow = new GBTRegressor().setMaxIter(5).setMaxDepth(0).setSeed(4);
        assertSameModel(shallow, rows(40, 2, 15, false));
    }

    @Test
    void settingsTheReplicaDoesNotCoverAreLeftToMllib() {
        List<Row> rows = data(rows(30, 2, 16, false)).collectAsList();
        assertNull(DriverGbtFit.fit(analysisGbt(1).setLossType("absolute"), rows));
        assertNull(DriverGbtFit.fit(analysisGbt(1).setFeatureSubsetStrategy("sqrt"), rows));
        assertNull(DriverGbtFit.fit(analysisGbt(1).setMinInfoGain(0.01), rows));
        assertNull(DriverGbtFit.fit(analysisGbt(1), List.of()));
        StructField nominal = new AttributeGroup("features", new Attribute[] {
            NominalAttribute.defaultAttr().withNumValues(2), NumericAttribute.defaultAttr()}).toStructField();
        List<Row> categorical = SharedSpark.get().createDataFrame(List.of(RowFactory.create(Vectors.dense(0, 0.5), 1.0),
                RowFactory.create(Vectors.dense(1, 0.2), 2.0)), new StructType(new StructField[] {nominal,
                    new StructField("label", DataTypes.DoubleType, false, Metadata.empty())})).collectAsList();
        assertNull(DriverGbtFit.fit(analysisGbt(1), categorical));
    }
}
