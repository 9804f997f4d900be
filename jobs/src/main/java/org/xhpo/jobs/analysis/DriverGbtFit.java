package org.xhpo.jobs.analysis;

import java.util.List;
import org.apache.spark.ml.attribute.Attribute;
import org.apache.spark.ml.attribute.AttributeGroup;
import org.apache.spark.ml.attribute.AttributeType;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.regression.DecisionTreeRegressionModel;
import org.apache.spark.ml.regression.GBTRegressionModel;
import org.apache.spark.ml.regression.GBTRegressor;
import org.apache.spark.ml.tree.ContinuousSplit;
import org.apache.spark.ml.tree.InternalNode;
import org.apache.spark.ml.tree.LeafNode;
import org.apache.spark.ml.tree.Node;
import org.apache.spark.mllib.tree.impurity.VarianceCalculator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.util.random.XORShiftRandom;
import org.xhpo.analysis.gbt.BoostedRegressionTrees;
import org.xhpo.analysis.gbt.RegressionTreeNode;

/**
 * Fits a {@code GBTRegressor} on the driver, for a training set small enough to collect, with
 * {@link BoostedRegressionTrees} (MLlib's algorithm, written out) and Spark's own subsample generator, and
 * returns an MLlib {@link GBTRegressionModel} holding the same trees MLlib's distributed fit would build on
 * the same rows in the same order as one partition — without MLlib's one Spark job per tree level (160 of the
 * quickstart analysis's 188 jobs). {@code MllibGbtReplicaTest} checks every node, bit for bit, against
 * {@code GBTRegressor.fit}. Settings this replica does not cover (weights, validation, feature subsets,
 * losses other than squared error, categorical metadata) leave the fit to MLlib.
 */
public final class DriverGbtFit {
    /** Most training rows fitted on the driver (MLlib takes thresholds from every row up to this many). */
    public static final int MAX_ROWS = BoostedRegressionTrees.MAX_POINTS;

    private DriverGbtFit() {
    }

    /**
     * @param gbt the configured regressor (its parameters are read, not copied)
     * @param rows the training rows in partition order, with the regressor's features and label columns
     * @return the fitted model, or null when the settings or the size are outside what the replica covers
     */
    public static GBTRegressionModel fit(GBTRegressor gbt, List<Row> rows) {
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            return null;
        }
        int n = rows.size();
        int fIdx = rows.get(0).fieldIndex(gbt.getFeaturesCol());
        int lIdx = rows.get(0).fieldIndex(gbt.getLabelCol());
        if (rows.get(0).schema() != null && hasCategoricalMetadata(rows.get(0).schema().apply(fIdx))) {
            return null;
        }
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            if (r.isNullAt(lIdx) || r.isNullAt(fIdx)) {
                return null;
            }
            x[i] = ((Vector) r.get(fIdx)).toArray();
            y[i] = ((Number) r.get(lIdx)).doubleValue();
        }
        return fit(gbt, x, y); // checks the settings, the feature lengths and the labels
    }

    /**
     * @param gbt the configured regressor (its parameters are read, not copied; no categorical features)
     * @param x the training rows' features in partition order
     * @param y their labels
     * @return the fitted model, or null when the settings, the size or a non-finite label are outside what the
     *     replica covers
     */
    public static GBTRegressionModel fit(GBTRegressor gbt, double[][] x, double[] y) {
        int n = x.length;
        if (!covered(gbt) || n == 0 || n > MAX_ROWS) {
            return null;
        }
        int d = x[0].length;
        for (int i = 0; i < n; i++) {
            if (x[i].length != d || !Double.isFinite(y[i])) {
                return null;
            }
        }
        long seed = gbt.getSeed();
        double rate = gbt.getSubsamplingRate();
        BoostedRegressionTrees trees = BoostedRegressionTrees.fit(x, y, new BoostedRegressionTrees.Settings(
                gbt.getMaxIter(), gbt.getMaxDepth(), gbt.getStepSize(), gbt.getMinInstancesPerNode(),
                gbt.getMaxBins()), (m, count) -> subsample(seed + m, rate, count));
        DecisionTreeRegressionModel[] models = new DecisionTreeRegressionModel[trees.trees().size()];
        for (int m = 0; m < models.length; m++) {
            models[m] = new DecisionTreeRegressionModel(gbt.uid() + "_tree" + m, toMllib(trees.trees().get(m)), d);
        }
        return new GBTRegressionModel(gbt.uid(), models, trees.weights(), d);
    }

    /**
     * MLlib's {@code BaggedPoint.convertToBaggedRDDSamplingWithoutReplacement} on partition 0: a generator
     * seeded {@code seed + 0 + 1}, one draw per row, kept when below the rate (no draw at rate 1).
     */
    static int[] subsample(long seed, double rate, int n) {
        int[] counts = new int[n];
        if (rate == 1.0) {
            java.util.Arrays.fill(counts, 1);
            return counts;
        }
        XORShiftRandom rng = new XORShiftRandom(seed + 1);
        for (int i = 0; i < n; i++) {
            counts[i] = rng.nextDouble() < rate ? 1 : 0;
        }
        return counts;
    }

    private static boolean covered(GBTRegressor gbt) {
        return "squared".equals(gbt.getLossType()) && gbt.getImpurity().equals("variance")
                && (gbt.getFeatureSubsetStrategy().equals("auto") || gbt.getFeatureSubsetStrategy().equals("all"))
                && gbt.getMinWeightFractionPerNode() == 0.0 && gbt.getMinInfoGain() == 0.0
                && (!gbt.isDefined(gbt.weightCol()) || gbt.getWeightCol().isEmpty())
                && (!gbt.isDefined(gbt.validationIndicatorCol()) || gbt.getValidationIndicatorCol().isEmpty());
    }

    /** MLlib treats features marked nominal or binary in the column's ML attributes as categorical. */
    private static boolean hasCategoricalMetadata(StructField field) {
        AttributeGroup group = AttributeGroup.fromStructField(field);
        if (group.attributes().isEmpty()) {
            return false;
        }
        for (Attribute a : group.attributes().get()) {
            if (a != null && (a.isNominal() || a.attrType() == AttributeType.Binary())) {
                return true;
            }
        }
        return false;
    }

    private static Node toMllib(RegressionTreeNode n) {
        VarianceCalculator stats = new VarianceCalculator(n.stats().sums(), n.stats().rawCount());
        if (n.isLeaf()) {
            return new LeafNode(n.prediction(), n.impurity(), stats);
        }
        return new InternalNode(n.prediction(), n.impurity(), n.gain(), toMllib(n.left()), toMllib(n.right()),
                new ContinuousSplit(n.feature(), n.threshold()), stats);
    }
}
