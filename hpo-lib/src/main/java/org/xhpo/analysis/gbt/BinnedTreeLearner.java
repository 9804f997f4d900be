package org.xhpo.analysis.gbt;

/**
 * One regression tree grown as Spark 3.5 MLlib's {@code RandomForest.runBagged} grows it for a single tree
 * with every feature considered (variance impurity, continuous features binned by {@link QuantileThresholds}):
 * each node sums its points' labels per (feature, bin) in training order, accumulates the bins left to right,
 * scores every threshold with {@code calculateImpurityStats} and keeps the first best ({@code maxBy}); a node
 * is a leaf when its best gain is ≤ 0 or it is at {@code maxDepth}, a child is a leaf when it is at
 * {@code maxDepth} or its impurity is below machine epsilon, and sibling leaves with equal predictions are
 * merged ({@code LearningNode.toNode(prune = true)}). Nodes of one level are independent, so growing them
 * depth first gives MLlib's level-by-level result.
 */
final class BinnedTreeLearner {
    private final int[][] binned;
    private final double[][] thresholds;
    private final int maxDepth;
    private final int minInstancesPerNode;
    private double[] labels;
    private int[] counts;

    /**
     * @param binned each point's bin per feature (training order)
     * @param thresholds each feature's thresholds (bin b holds values in (t[b−1], t[b]])
     * @param maxDepth the deepest level (root = 0)
     * @param minInstancesPerNode the fewest sampled points a child may have
     */
    BinnedTreeLearner(int[][] binned, double[][] thresholds, int maxDepth, int minInstancesPerNode) {
        this.binned = binned;
        this.thresholds = thresholds;
        this.maxDepth = maxDepth;
        this.minInstancesPerNode = minInstancesPerNode;
    }

    /** A node while the tree grows ({@code LearningNode}). */
    private static final class Growing {
        NodeSplitStats stats;
        int feature = -1;
        double threshold = Double.NaN;
        Growing left;
        Growing right;
    }

    /**
     * @param labels the regression target per point
     * @param counts each point's subsample count (0 or 1)
     * @return the pruned tree
     */
    RegressionTreeNode fit(double[] labels, int[] counts) {
        this.labels = labels;
        this.counts = counts;
        int[] all = new int[labels.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        Growing root = new Growing();
        grow(root, all, 0);
        return toNode(root);
    }

    /** The leaf of a fitted tree a binned point falls into ({@code Node.predictBinned}). */
    RegressionTreeNode leafForBinned(RegressionTreeNode root, int i) {
        RegressionTreeNode n = root;
        while (!n.isLeaf()) {
            n = goesLeft(n.feature(), n.threshold(), binned[i][n.feature()]) ? n.left() : n.right();
        }
        return n;
    }

    /** {@code ContinuousSplit.shouldGoLeft(binnedFeature, splits)}. */
    private boolean goesLeft(int feature, double threshold, int bin) {
        double[] t = thresholds[feature];
        return bin != t.length && t[bin] <= threshold;
    }

    private void grow(Growing node, int[] points, int level) {
        int d = thresholds.length;
        VarianceStats[][] bins = new VarianceStats[d][];
        for (int f = 0; f < d; f++) {
            bins[f] = new VarianceStats[thresholds[f].length + 1];
            for (int b = 0; b < bins[f].length; b++) {
                bins[f][b] = new VarianceStats();
            }
        }
        VarianceStats parent = new VarianceStats();
        for (int i : points) {
            for (int f = 0; f < d; f++) {
                bins[f][binned[i][f]].update(labels[i], counts[i], 1.0);
            }
            parent.update(labels[i], counts[i], 1.0);
        }
        NodeSplitStats running = level == 0 ? null : node.stats;
        NodeSplitStats best = null;
        int bestFeature = -1;
        int bestSplit = -1;
        for (int f = 0; f < d; f++) {
            int numSplits = thresholds[f].length;
            if (numSplits == 0) {
                continue;
            }
            VarianceStats[] b = bins[f];
            for (int s = 0; s < numSplits; s++) {
                b[s + 1].merge(b[s]);
            }
            NodeSplitStats featureBest = null;
            int featureSplit = -1;
            for (int s = 0; s < numSplits; s++) {
                VarianceStats left = b[s].calculatorCopy();
                VarianceStats right = b[numSplits].calculatorCopy().subtract(left);
                running = NodeSplitStats.of(running, left, right, minInstancesPerNode);
                if (featureBest == null || running.gain() > featureBest.gain()) {
                    featureBest = running;
                    featureSplit = s;
                }
            }
            if (best == null || featureBest.gain() > best.gain()) {
                best = featureBest;
                bestFeature = f;
                bestSplit = featureSplit;
            }
        }
        if (best == null) {
            // no feature has a threshold: MLlib takes the node's own sums and a dummy split
            best = NodeSplitStats.invalid(parent.calculatorCopy());
        }
        node.stats = best;
        if (best.gain() <= 0 || level == maxDepth) {
            return;
        }
        node.feature = bestFeature;
        node.threshold = thresholds[bestFeature][bestSplit];
        boolean childIsLeaf = level + 1 == maxDepth;
        node.left = new Growing();
        node.left.stats = NodeSplitStats.empty(best.left());
        node.right = new Growing();
        node.right.stats = NodeSplitStats.empty(best.right());
        int nLeft = 0;
        for (int i : points) {
            if (goesLeft(bestFeature, node.threshold, binned[i][bestFeature])) {
                nLeft++;
            }
        }
        int[] leftPoints = new int[nLeft];
        int[] rightPoints = new int[points.length - nLeft];
        int l = 0;
        int r = 0;
        for (int i : points) {
            if (goesLeft(bestFeature, node.threshold, binned[i][bestFeature])) {
                leftPoints[l++] = i;
            } else {
                rightPoints[r++] = i;
            }
        }
        if (!(childIsLeaf || Math.abs(best.left().impurity()) < QuantileThresholds.EPSILON)) {
            grow(node.left, leftPoints, level + 1);
        }
        if (!(childIsLeaf || Math.abs(best.right().impurity()) < QuantileThresholds.EPSILON)) {
            grow(node.right, rightPoints, level + 1);
        }
    }

    private static RegressionTreeNode toNode(Growing g) {
        NodeSplitStats s = g.stats;
        if (g.left != null) {
            RegressionTreeNode l = toNode(g.left);
            RegressionTreeNode r = toNode(g.right);
            if (l.isLeaf() && r.isLeaf() && l.prediction() == r.prediction()) {
                return new RegressionTreeNode(l.prediction(), s.impurity(), Double.NaN, s.parent(), -1, Double.NaN,
                        null, null);
            }
            return new RegressionTreeNode(s.parent().predict(), s.impurity(), s.gain(), s.parent(), g.feature,
                    g.threshold, l, r);
        }
        return new RegressionTreeNode(s.parent().predict(), s.valid() ? s.impurity() : -1.0, s.gain(), s.parent(),
                -1, Double.NaN, null, null);
    }
}
