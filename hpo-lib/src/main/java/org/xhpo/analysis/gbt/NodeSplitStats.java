package org.xhpo.analysis.gbt;

/**
 * MLlib's {@code ImpurityStats} for one candidate split: its gain, the parent's impurity and statistics,
 * and the two children's statistics; an invalid split has gain {@code Double.MinValue} (Scala's, the most
 * negative double) and no children.
 */
record NodeSplitStats(double gain, double impurity, VarianceStats parent, VarianceStats left, VarianceStats right,
        boolean valid) {
    /** Scala's {@code Double.MinValue}. */
    static final double INVALID_GAIN = -Double.MAX_VALUE;

    /** {@code ImpurityStats.getInvalidImpurityStats}. */
    static NodeSplitStats invalid(VarianceStats parent) {
        return new NodeSplitStats(INVALID_GAIN, parent.impurity(), parent, null, null, false);
    }

    /** {@code ImpurityStats.getEmptyImpurityStats}: a child before it is split. */
    static NodeSplitStats empty(VarianceStats stats) {
        return new NodeSplitStats(Double.NaN, stats.impurity(), stats, null, null, true);
    }

    /**
     * {@code RandomForest.calculateImpurityStats}: the parent's statistics and impurity are taken from the
     * previous candidate when there is one (MLlib threads them through every candidate of a node), else
     * summed from the first candidate's two sides.
     */
    static NodeSplitStats of(NodeSplitStats previous, VarianceStats left, VarianceStats right,
            int minInstancesPerNode) {
        VarianceStats parent = previous == null ? left.calculatorCopy().add(right) : previous.parent;
        double impurity = previous == null ? parent.impurity() : previous.impurity;
        double leftCount = left.count();
        double rightCount = right.count();
        double totalCount = leftCount + rightCount;
        if (left.rawCount() < minInstancesPerNode || right.rawCount() < minInstancesPerNode || leftCount < 0.0
                || rightCount < 0.0) {
            return invalid(parent);
        }
        double leftImpurity = left.impurity();
        double rightImpurity = right.impurity();
        double leftWeight = leftCount / totalCount;
        double rightWeight = rightCount / totalCount;
        double gain = impurity - leftWeight * leftImpurity - rightWeight * rightImpurity;
        if (gain < 0.0) {
            return invalid(parent);
        }
        return new NodeSplitStats(gain, impurity, parent, left, right, true);
    }
}
