package org.xhpo.analysis.gbt;

/**
 * One node of a fitted regression tree, with the fields MLlib's {@code InternalNode} and {@code LeafNode}
 * carry: the prediction (mean label), the impurity (label variance; −1 for a leaf whose every split was
 * invalid, as MLlib writes it), the gain of its split, its statistics and, for an internal node, the split
 * "feature ≤ threshold goes left".
 *
 * @param prediction the node's mean label
 * @param impurity the node's impurity
 * @param gain the split's impurity decrease (NaN or unused for a leaf)
 * @param stats the node's statistics
 * @param feature the split feature, −1 for a leaf
 * @param threshold the split threshold (NaN for a leaf)
 * @param left the subtree of points with feature ≤ threshold (null for a leaf)
 * @param right the other subtree (null for a leaf)
 */
public record RegressionTreeNode(double prediction, double impurity, double gain, VarianceStats stats, int feature,
        double threshold, RegressionTreeNode left, RegressionTreeNode right) {

    /** Whether this node is a leaf. */
    public boolean isLeaf() {
        return left == null;
    }

    /** The leaf a raw feature vector falls into ({@code ContinuousSplit.shouldGoLeft}: value ≤ threshold). */
    public RegressionTreeNode leafFor(double[] x) {
        RegressionTreeNode n = this;
        while (!n.isLeaf()) {
            n = x[n.feature] <= n.threshold ? n.left : n.right;
        }
        return n;
    }
}
