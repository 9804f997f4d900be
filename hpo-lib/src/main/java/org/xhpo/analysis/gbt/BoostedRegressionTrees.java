package org.xhpo.analysis.gbt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Gradient boosting of regression trees with squared error, as Spark 3.5 MLlib's
 * {@code GradientBoostedTrees.boost} runs it without validation (Friedman 2001, Algorithm 2 with MLlib's
 * choices): thresholds found once from all training points, the first tree fitted to the labels with weight 1,
 * tree m ≥ 1 fitted to the pseudo-residuals −∂(y − F)²/∂F = 2 (y − F) with weight {@code stepSize}, each tree on
 * the points its subsample mask keeps, F updated tree by tree in training order. With Spark's masks the trees
 * equal MLlib's bit for bit ({@code MllibGbtReplicaTest} in {@code jobs}), for at most {@link #MAX_POINTS}
 * points (beyond that MLlib samples the points it takes thresholds from).
 */
public final class BoostedRegressionTrees {
    /** MLlib finds thresholds from every point up to max(maxBins², 10,000) points. */
    public static final int MAX_POINTS = 10_000;

    private final List<RegressionTreeNode> trees;
    private final double[] weights;

    private BoostedRegressionTrees(List<RegressionTreeNode> trees, double[] weights) {
        this.trees = Collections.unmodifiableList(trees);
        this.weights = weights;
    }

    /**
     * MLlib's tree parameters that matter here.
     *
     * @param maxIter the number of trees
     * @param maxDepth the depth of each tree (root = 0)
     * @param stepSize the weight of every tree after the first
     * @param minInstancesPerNode the fewest sampled points in a child
     * @param maxBins the most bins per feature
     */
    public record Settings(int maxIter, int maxDepth, double stepSize, int minInstancesPerNode, int maxBins) {
        /** Validates the ranges MLlib accepts. */
        public Settings {
            if (maxIter < 1 || maxDepth < 0 || maxDepth > 30 || !(stepSize > 0 && stepSize <= 1)
                    || minInstancesPerNode < 1 || maxBins < 2) {
                throw new IllegalArgumentException("GBT settings out of range: " + maxIter + ", " + maxDepth + ", "
                        + stepSize + ", " + minInstancesPerNode + ", " + maxBins);
            }
        }
    }

    /**
     * @param x training points (rows, in training order), continuous features
     * @param y their labels
     * @param settings the tree parameters
     * @param masks each tree's subsample
     * @return the fitted ensemble
     */
    public static BoostedRegressionTrees fit(double[][] x, double[] y, Settings settings, SubsampleMasks masks) {
        int n = y.length;
        if (n == 0 || x.length != n || n > MAX_POINTS) {
            throw new IllegalArgumentException("GBT: needs 1.." + MAX_POINTS + " points with labels, got " + x.length
                    + " points and " + n + " labels");
        }
        int d = x[0].length;
        int numSplits = Math.min(settings.maxBins(), n) - 1;
        double[][] thresholds = new double[d][];
        double[] column = new double[n];
        for (int f = 0; f < d; f++) {
            for (int i = 0; i < n; i++) {
                column[i] = x[i][f];
            }
            thresholds[f] = QuantileThresholds.of(column, numSplits);
        }
        int[][] binned = new int[n][d];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < d; f++) {
                int idx = java.util.Arrays.binarySearch(thresholds[f], x[i][f]);
                binned[i][f] = idx >= 0 ? idx : -idx - 1;
            }
        }
        BinnedTreeLearner learner = new BinnedTreeLearner(binned, thresholds, settings.maxDepth(),
                settings.minInstancesPerNode());
        List<RegressionTreeNode> trees = new ArrayList<>();
        double[] weights = new double[settings.maxIter()];
        double[] prediction = new double[n];
        double[] labels = y.clone();
        for (int m = 0; m < settings.maxIter(); m++) {
            if (m > 0) {
                for (int i = 0; i < n; i++) {
                    // SquaredError.gradient is −2 (y − F); the tree fits its negative
                    labels[i] = -(-2.0 * (y[i] - prediction[i]));
                }
            }
            RegressionTreeNode tree = learner.fit(labels, masks.counts(m, n));
            double w = m == 0 ? 1.0 : settings.stepSize();
            for (int i = 0; i < n; i++) {
                prediction[i] = prediction[i] + learner.leafForBinned(tree, i).prediction() * w;
            }
            trees.add(tree);
            weights[m] = w;
        }
        return new BoostedRegressionTrees(trees, weights);
    }

    /** The trees, in boosting order. */
    public List<RegressionTreeNode> trees() {
        return trees;
    }

    /** Each tree's weight (1 for the first, the step size after). */
    public double[] weights() {
        return weights.clone();
    }

    /**
     * The ensemble's prediction Σ w_m tree_m(x), summed in tree order (MLlib's own prediction uses BLAS
     * {@code ddot}, which may sum in another order: compare predictions with a tolerance).
     */
    public double predict(double[] x) {
        double s = 0;
        for (int m = 0; m < trees.size(); m++) {
            s += weights[m] * trees.get(m).leafFor(x).prediction();
        }
        return s;
    }
}
