package org.xhpo.objective.mlp;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the training pool of an objective is split for model selection: one hold-out split (the last
 * {@code validation} fraction of the pool validates, the rest trains) or k-fold cross-validation
 * (the pool in k contiguous blocks of near-equal size; fold f validates on block f and trains on
 * the others). The split depends only on the pool's order, never on the trial, so every trial of a
 * study is validated on the same rows and their values compare. The test rows are never part of the
 * pool: selection by validation, the test error only as a reported metric.
 *
 * @param folds 1 for a hold-out split, k ≥ 2 for k-fold cross-validation
 * @param validation the hold-out fraction in (0, 1) (ignored when folds ≥ 2)
 */
public record ValidationSplit(int folds, double validation) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Checks the fold count and the hold-out fraction. */
    public ValidationSplit {
        if (folds < 1) {
            throw new IllegalArgumentException("objective.settings.cv_folds: must be >= 2 (or absent for a hold-out split), got "
                    + folds);
        }
        if (folds == 1 && !(validation > 0 && validation < 1)) {
            throw new IllegalArgumentException("objective.settings.validation: must be in (0, 1) (the value is the "
                    + "validation error), got " + validation);
        }
    }

    /** One training/validation split: the rows of each, as indices into the data. */
    public record Fold(int[] train, int[] validate) {
        /** Refuses empty sides. */
        public Fold {
            if (train.length == 0 || validate.length == 0) {
                throw new IllegalArgumentException("objective.settings: a fold needs training and validation rows, got "
                        + train.length + " and " + validate.length);
            }
        }
    }

    /**
     * The folds over a pool of row indices.
     *
     * @param pool the rows available for training and validation, in the split's order
     * @throws IllegalArgumentException naming the setting when the pool is too small
     */
    public List<Fold> split(int[] pool) {
        int n = pool.length;
        List<Fold> result = new ArrayList<>();
        if (folds == 1) {
            int nVal = (int) Math.round(n * validation);
            if (nVal < 1 || n - nVal < 2) {
                throw new IllegalArgumentException("objective.settings.validation: " + validation + " of " + n
                        + " rows leaves " + nVal + " validation and " + (n - nVal) + " training rows; need >= 1 and >= 2");
            }
            result.add(new Fold(Arrays.copyOfRange(pool, 0, n - nVal), Arrays.copyOfRange(pool, n - nVal, n)));
            return result;
        }
        if (n < 2 * folds) {
            throw new IllegalArgumentException("objective.settings.cv_folds: " + folds + " folds need >= " + 2 * folds
                    + " training rows, got " + n);
        }
        for (int f = 0; f < folds; f++) {
            int from = (int) ((long) n * f / folds);
            int to = (int) ((long) n * (f + 1) / folds);
            int[] train = new int[n - (to - from)];
            System.arraycopy(pool, 0, train, 0, from);
            System.arraycopy(pool, to, train, from, n - to);
            result.add(new Fold(train, Arrays.copyOfRange(pool, from, to)));
        }
        return result;
    }

    /** Mean of the values (the fold average). */
    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Sample standard deviation (n − 1); 0 for a single value. */
    static double sd(double[] v) {
        if (v.length < 2) {
            return 0.0;
        }
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1));
    }
}
