package org.xhpo.analysis.shap;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.xhpo.analysis.SampleMoments;
import org.xhpo.nn.Minibatches;
import org.xhpo.nn.Optimizer;
import java.util.function.ToDoubleFunction;

/**
 * The meta-model of metamodel-shap-hp-analysis.md §3 (Fig. 2): an ensemble of MLP regressors from
 * unit-space hyperparameters to one metric (docs/methods/shap.md, 'The meta-model': two tanh hidden
 * layers of {@link ShapAnalysis#HIDDEN} units, linear output, MSE). Each member is a
 * {@link TanhMlp} trained with mini-batch Adam on its own seeded 80/20 train/validation split of
 * the trials outside a common test set (a seeded 20%), keeping the epoch with the lowest validation
 * MSE (early stopping). The target is standardized inside (sample mean and sd,
 * {@link org.xhpo.analysis.SampleMoments}). {@link #heldOutR2()} is the R² of the ensemble mean on
 * the test set: rows that neither trained a member nor chose its early-stopping epoch. Members
 * train in parallel (each on one thread, from its own seed drawn in member order), so the ensemble
 * does not depend on the number of cores or the threads' order.
 */
public final class MlpEnsemble implements Serializable {
    private static final long serialVersionUID = 1L;
    private final List<TanhMlp> members;
    private final double mean;
    private final double sd;
    private final double heldOutR2;

    private MlpEnsemble(List<TanhMlp> members, double mean, double sd, double heldOutR2) {
        this.members = members;
        this.mean = mean;
        this.sd = sd;
        this.heldOutR2 = heldOutR2;
    }

    /**
     * Fits the ensemble.
     *
     * @param x n × d inputs (unit space; inactive values filled)
     * @param y n targets
     * @param size members
     * @param hidden units per hidden layer (two layers)
     * @param epochs most epochs per member
     * @param seed seeds splits and initialization
     */
    public static MlpEnsemble fit(double[][] x, double[] y, int size, int hidden, int epochs, long seed) {
        int n = y.length;
        if (n < 10) {
            throw new IllegalArgumentException("meta-model: needs at least 10 trials, got " + n);
        }
        double mean = SampleMoments.mean(y);
        double sd = SampleMoments.sd(y);
        sd = sd > 0 ? sd : 1;
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            ys[i] = (y[i] - mean) / sd;
        }
        List<TanhMlp> members = new ArrayList<>();
        SplittableRandom root = new SplittableRandom(seed);
        // a test set no member trains on or stops on: the honest R² (vote threshold) is measured there
        int[] all = permutation(n, new SplittableRandom(root.nextLong()));
        int nTest = Math.max(2, n / 5);
        int[] test = java.util.Arrays.copyOfRange(all, 0, nTest);
        int[] pool = java.util.Arrays.copyOfRange(all, nTest, n);
        long[] memberSeeds = new long[size];
        for (int k = 0; k < size; k++) {
            memberSeeds[k] = root.nextLong(); // drawn in order, before any training: the same seeds on any thread
        }
        // members are independent given their seeds: trained in parallel, collected in member order, so the
        // ensemble is the same whatever the threads' order
        members.addAll(java.util.stream.IntStream.range(0, size).parallel().mapToObj(k -> {
            int[] perm = pool.clone();
            Minibatches.shuffle(perm, new SplittableRandom(memberSeeds[k]));
            int nVal = Math.max(2, perm.length / 5);
            int[] val = java.util.Arrays.copyOfRange(perm, 0, nVal);
            int[] train = java.util.Arrays.copyOfRange(perm, nVal, perm.length);
            return train(x, ys, train, val, hidden, epochs, memberSeeds[k]);
        }).toList());
        double testMean = 0;
        for (int i : test) {
            testMean += ys[i] / nTest;
        }
        double sse = 0;
        double sst = 0;
        for (int i : test) {
            double f = 0;
            for (TanhMlp m : members) {
                f += m.predict(x[i]) / size;
            }
            sse += (f - ys[i]) * (f - ys[i]);
            sst += (ys[i] - testMean) * (ys[i] - testMean);
        }
        return new MlpEnsemble(members, mean, sd, sst > 0 ? 1 - sse / sst : Double.NaN);
    }

    private static TanhMlp train(double[][] x, double[] ys, int[] train, int[] val, int hidden, int epochs, long seed) {
        TanhMlp net = new TanhMlp(x[0].length, hidden, seed);
        Optimizer adam = new Optimizer(Optimizer.Kind.ADAM, net.w.length, 0.005, 0.0, 0.0, 0.0);
        SplittableRandom rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int batch = 32;
        double bestLoss = Double.POSITIVE_INFINITY;
        double[] bestWeights = net.w.clone();
        int sinceBest = 0;
        double[] g = new double[net.w.length];
        for (int epoch = 0; epoch < epochs && sinceBest < 40; epoch++) {
            int[] order = train.clone();
            Minibatches.shuffle(order, rng);
            for (int s = 0; s < order.length; s += batch) {
                int e = Math.min(order.length, s + batch);
                java.util.Arrays.fill(g, 0);
                for (int i = s; i < e; i++) {
                    net.accumulateGradient(x[order[i]], ys[order[i]], g);
                }
                for (int k = 0; k < g.length; k++) {
                    g[k] /= e - s;
                }
                adam.step(net.w, g);
            }
            double loss = 0;
            for (int i : val) {
                double dv = net.predict(x[i]) - ys[i];
                loss += dv * dv;
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                System.arraycopy(net.w, 0, bestWeights, 0, bestWeights.length);
                sinceBest = 0;
            } else {
                sinceBest++;
            }
        }
        System.arraycopy(bestWeights, 0, net.w, 0, bestWeights.length);
        return net;
    }

    /** The ensemble-mean prediction, in the metric's units. */
    public double predict(double[] x) {
        double s = 0;
        for (TanhMlp m : members) {
            s += m.predict(x);
        }
        return mean + sd * s / members.size();
    }

    /** One member's prediction, in the metric's units. */
    public double predict(int member, double[] x) {
        return mean + sd * members.get(member).predict(x);
    }

    /** Member k as a function (for SHAP). */
    public ToDoubleFunction<double[]> member(int k) {
        TanhMlp m = members.get(k);
        return v -> mean + sd * m.predict(v);
    }

    /** Number of members. */
    public int size() {
        return members.size();
    }

    /** R² of the ensemble mean on the test rows (NaN when they are constant). */
    public double heldOutR2() {
        return heldOutR2;
    }

    private static int[] permutation(int n, SplittableRandom rng) {
        int[] p = Minibatches.identity(n);
        Minibatches.shuffle(p, rng);
        return p;
    }

}
