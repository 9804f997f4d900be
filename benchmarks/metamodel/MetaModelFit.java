import java.util.SplittableRandom;
import org.xhpo.analysis.shap.MlpEnsemble;
import smile.base.mlp.Layer;
import smile.math.TimeFunction;
import smile.regression.MLP;

/**
 * Side-by-side fit of the SHAP meta-model candidates (run by hand; see README.md here):
 * Smile 2.6 smile.regression.MLP (2 × 32 tanh; RMSProp, the best optimizer Smile 2.6 offers,
 * per-sample and mini-batch) vs XHPO's MlpEnsemble with one member (2 × 32 tanh, Adam), on
 * y = sin(2πx1) + 0.5·x2 with 2 noise inputs, 300 training rows, R² on 1,000 fresh rows.
 */
public class MetaModelFit {
    static double[][] x(int n, SplittableRandom r) {
        double[][] x = new double[n][4];
        for (double[] row : x) {
            for (int j = 0; j < 4; j++) {
                row[j] = r.nextDouble();
            }
        }
        return x;
    }

    static double f(double[] v) {
        return Math.sin(2 * Math.PI * v[0]) + 0.5 * v[1];
    }

    interface Model {
        double predict(double[] v);
    }

    static double r2(Model m, double[][] x) {
        double mean = 0;
        for (double[] v : x) {
            mean += f(v) / x.length;
        }
        double sse = 0;
        double sst = 0;
        for (double[] v : x) {
            sse += Math.pow(m.predict(v) - f(v), 2);
            sst += Math.pow(f(v) - mean, 2);
        }
        return 1 - sse / sst;
    }

    static Model smile(double[][] x, double[] y, boolean batch, double lr, long seed) {
        smile.math.MathEx.setSeed(seed);
        MLP net = new MLP(4, Layer.tanh(32), Layer.tanh(32));
        net.setLearningRate(TimeFunction.constant(lr));
        net.setRMSProp(0.9, 1e-7);
        for (int ep = 0; ep < 300; ep++) {
            if (batch) {
                for (int s = 0; s < x.length; s += 32) {
                    int e = Math.min(x.length, s + 32);
                    net.update(java.util.Arrays.copyOfRange(x, s, e), java.util.Arrays.copyOfRange(y, s, e));
                }
            } else {
                for (int i = 0; i < x.length; i++) {
                    net.update(x[i], y[i]);
                }
            }
        }
        return net::predict;
    }

    public static void main(String[] args) {
        System.out.println("| seed | Smile RMSProp per-sample lr 0.003 | Smile RMSProp batch 32 lr 0.01 | XHPO Adam (1 member) | seconds Smile / XHPO |");
        System.out.println("|---|---|---|---|---|");
        for (long seed = 1; seed <= 3; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            double[][] x = x(300, r);
            double[] y = new double[x.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = f(x[i]);
            }
            double[][] test = x(1000, r);
            long t0 = System.nanoTime();
            Model a = smile(x, y, false, 0.003, seed);
            double ta = (System.nanoTime() - t0) / 1e9;
            Model b = smile(x, y, true, 0.01, seed);
            t0 = System.nanoTime();
            MlpEnsemble e = MlpEnsemble.fit(x, y, 1, 32, 300, seed);
            double tc = (System.nanoTime() - t0) / 1e9;
            System.out.printf("| %d | %.3f | %.3f | %.3f | %.1f / %.1f |%n", seed, r2(a, test), r2(b, test), r2(e::predict, test), ta, tc);
        }
    }
}
