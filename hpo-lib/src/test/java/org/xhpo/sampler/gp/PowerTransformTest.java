package org.xhpo.sampler.gp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * HEBO's output warping against scikit-learn 1.2.1's {@code PowerTransformer(standardize=True)} applied, as
 * {@code hebo.py} does, to y / np.std(y) (reference values printed by /usr/bin/python3 on Debian's
 * python3-sklearn; the script is in this class's comment below).
 *
 * <pre>
 * rng = np.random.default_rng(3); a = np.exp(rng.normal(0, 2, 25))
 * b = np.concatenate([-np.abs(rng.normal(0, 1, 10)), rng.gamma(0.5, 3, 15)])
 * for y in (a, b): s = y / y.std(); m = 'box-cox' if s.min() &gt; 0 else 'yeo-johnson'
 *     PowerTransformer(method=m).fit_transform(s.reshape(-1, 1))
 * </pre>
 */
class PowerTransformTest {
    static final double[] POSITIVE = {59.254293573801334, 0.006028059892031184, 2.307576162732715,
        0.32124885330558395, 0.40442111331061026, 0.649732638444791, 0.01759796060629225, 0.628848597163358,
        0.177208875862184, 769.6986181969256, 1.5707814375484441, 0.4939793379489634, 0.5697401858864644,
        0.2628707816107353, 0.12120146688480245, 0.45767225362676867, 2.6218777958120394, 0.6205759918217848,
        6.790451307926967, 0.6705853722389185, 1.0497154528458128, 22.013187430363818, 2.9749018455928895,
        0.36405239797371397, 0.6937261803126085};
    static final double[] POSITIVE_SKLEARN = {1.6941689567278169, -2.5742734717029876, 0.48046711199869846,
        -0.3988537399568897, -0.28999196213867473, -0.07112463007981219, -1.9290403399155311, -0.0859814120892749,
        -0.6881463657881075, 2.480553579520294, 0.31806703363168687, -0.19678486565286438, -0.13107057618312914,
        -0.49507785758683176, -0.8790964788341848, -0.23220608107974927, 0.5334505972123598, -0.09201278821170888,
        0.9141448455166031, -0.056790492719452114, 0.14326552420985655, 1.3518517247260913, 0.5854137216849121,
        -0.339501503753849, -0.041430529535272764};
    static final double[] MIXED = {-0.5405251317548021, -1.9350880340988528, -0.2696203273419135,
        -0.24355867907910456, -1.0023136012756912, -0.8864599431605871, -0.291720232439864, -0.8825389674564839,
        -0.5803500161908991, -0.09151670328235219, 0.26670368589116306, 1.890307681753673, 3.239013226515419,
        1.5879262553371107, 0.5510242028964559, 4.372469092415842, 3.6380220372422665, 1.7001095557181904,
        4.162610109148411, 0.9609913372751123, 1.1830569761185123, 0.09751079214975214, 2.1728088757722333,
        6.0755098832013505, 3.6630697596923656};
    static final double[] MIXED_SKLEARN = {-0.8505215813828978, -2.204476128525232, -0.6382080930775438,
        -0.6187028569256265, -1.251561334421949, -1.146410163883991, -0.6548759727710367, -1.1429040013676188,
        -0.8831852893840779, -0.5081865799243694, -0.26971007558004007, 0.5570067715981631, 1.067725599287359,
        0.42522484354356516, -0.09919364568077758, 1.42722910220925, 1.2002032817518136, 0.47502389235299014,
        1.3643879673824029, 0.12391050623831586, 0.23551153869612598, -0.37867196699209216, 0.6735670705746952,
        1.8885276183669477, 1.2082894979156231};

    @Test
    void positiveLossesAreBoxCoxedAsScikitLearnDoes() {
        assertArrayEquals(POSITIVE_SKLEARN, PowerTransform.warp(POSITIVE), 1e-6);
    }

    @Test
    void lossesOfBothSignsAreYeoJohnsonedAsScikitLearnDoes() {
        assertArrayEquals(MIXED_SKLEARN, PowerTransform.warp(MIXED), 1e-6);
    }

    @Test
    void theLambdasAreScikitLearns() {
        double[] s = POSITIVE.clone();
        double sd = Math.sqrt(java.util.Arrays.stream(s).map(v -> v * v).average().orElse(0)
                - Math.pow(java.util.Arrays.stream(s).average().orElse(0), 2));
        for (int i = 0; i < s.length; i++) {
            s[i] /= sd;
        }
        assertEquals(-0.06800249027929746, PowerTransform.boxCoxLambda(s), 1e-6);
    }

    @Test
    void theLogJacobianIsTheSumOfTheWarpsLogSlopesByFiniteDifferences() {
        for (double[] y : new double[][] {POSITIVE, MIXED}) {
            double sd = populationSd(y);
            double[] s = new double[y.length];
            boolean positive = true;
            for (int i = 0; i < y.length; i++) {
                s[i] = y[i] / sd;
                positive &= s[i] > 0;
            }
            double lambda = positive ? PowerTransform.boxCoxLambda(s) : PowerTransform.yeoJohnsonLambda(s);
            double[] t = positive ? PowerTransform.boxCox(s, lambda) : PowerTransform.yeoJohnson(s, lambda);
            double tSd = populationSd(t);
            double sum = 0;
            for (double v : y) {
                double h = 1e-6 * Math.max(1e-3, Math.abs(v));
                double[] ends = {(v + h) / sd, (v - h) / sd};
                double[] te = positive ? PowerTransform.boxCox(ends, lambda) : PowerTransform.yeoJohnson(ends, lambda);
                sum += Math.log((te[0] - te[1]) / (2 * h) / tSd);
            }
            assertEquals(sum, PowerTransform.warpWithLogJacobian(y).logJacobian(), 1e-5 * Math.abs(sum));
        }
        assertEquals(0, PowerTransform.warpWithLogJacobian(new double[] {4, 4, 4}).logJacobian());
    }

    private static double populationSd(double[] v) {
        double m = java.util.Arrays.stream(v).average().orElse(0);
        return Math.sqrt(java.util.Arrays.stream(v).map(x -> (x - m) * (x - m)).average().orElse(0));
    }

    @Test
    void theWarpIsMonotoneAndConstantLossesStayFlat() {
        double[] y = {3, -1, 1e6, 0, 7, 2.5};
        double[] w = PowerTransform.warp(y);
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y.length; j++) {
                assertEquals(Double.compare(y[i], y[j]), Double.compare(w[i], w[j]));
            }
        }
        assertArrayEquals(new double[] {0, 0, 0}, PowerTransform.warp(new double[] {4, 4, 4}));
        assertTrue(Math.abs(java.util.Arrays.stream(w).average().orElse(1)) < 1e-12);
    }
}
