package org.xhpo.analysis.gbt;

/**
 * Sufficient statistics of a regression node — weighted count, sum and sum of squares of the labels, and the
 * raw count of sampled points — with MLlib's arithmetic, operation for operation (Spark 3.5
 * {@code VarianceAggregator.update}, {@code ImpurityCalculator.add/subtract}, {@code Variance.calculate}), so
 * sums, impurities and predictions come out bit-identical to MLlib's. Mutable, like MLlib's calculators.
 */
public final class VarianceStats {
    double count;
    double sum;
    double sumSquares;
    /** MLlib keeps the raw count as a double in its bin array and converts it to a long when it reads it. */
    double rawCount;

    VarianceStats() {
    }

    private VarianceStats(double count, double sum, double sumSquares, double rawCount) {
        this.count = count;
        this.sum = sum;
        this.sumSquares = sumSquares;
        this.rawCount = rawCount;
    }

    /** {@code VarianceAggregator.update}: a point counted {@code numSamples} times with weight {@code w}. */
    void update(double label, int numSamples, double sampleWeight) {
        double instanceWeight = numSamples * sampleWeight;
        count += instanceWeight;
        sum += instanceWeight * label;
        sumSquares += instanceWeight * label * label;
        rawCount += numSamples;
    }

    /** {@code ImpurityAggregator.merge}: adds another bin's statistics into this one. */
    void merge(VarianceStats other) {
        count += other.count;
        sum += other.sum;
        sumSquares += other.sumSquares;
        rawCount += other.rawCount;
    }

    /** {@code ImpurityCalculator.subtract}, in place. */
    VarianceStats subtract(VarianceStats other) {
        count -= other.count;
        sum -= other.sum;
        sumSquares -= other.sumSquares;
        rawCount = (long) rawCount - (long) other.rawCount;
        return this;
    }

    /** {@code ImpurityCalculator.add}, in place. */
    VarianceStats add(VarianceStats other) {
        count += other.count;
        sum += other.sum;
        sumSquares += other.sumSquares;
        rawCount = (long) rawCount + (long) other.rawCount;
        return this;
    }

    /** A calculator read from a bin: MLlib copies the three sums and truncates the raw count to a long. */
    VarianceStats calculatorCopy() {
        return new VarianceStats(count, sum, sumSquares, (long) rawCount);
    }

    /** {@code Variance.calculate}: the biased variance of the labels, 0 for an empty node. */
    public double impurity() {
        if (count == 0) {
            return 0;
        }
        double squaredLoss = sumSquares - (sum * sum) / count;
        return squaredLoss / count;
    }

    /** {@code VarianceCalculator.predict}: the weighted mean label, 0 for an empty node. */
    public double predict() {
        return count == 0 ? 0 : sum / count;
    }

    /** The weighted count. */
    public double count() {
        return count;
    }

    /** The raw number of sampled points. */
    public long rawCount() {
        return (long) rawCount;
    }

    /** The three sums in MLlib's order (count, sum, sum of squares), a copy. */
    public double[] sums() {
        return new double[] {count, sum, sumSquares};
    }
}
