package org.xhpo.objective.mlp;

/**
 * Per-column centring and scaling, fitted on training rows only (so no test information leaks
 * into the inputs or targets of a regression).
 *
 * @param mean column means
 * @param sd column standard deviations (1 for a constant column)
 */
record Standardizer(double[] mean, double[] sd) {

    static Standardizer fit(double[][] x, int[] rows) {
        int d = x[rows[0]].length;
        double[] m = new double[d];
        double[] s = new double[d];
        for (int r : rows) {
            for (int j = 0; j < d; j++) {
                m[j] += x[r][j] / rows.length;
            }
        }
        for (int r : rows) {
            for (int j = 0; j < d; j++) {
                s[j] += (x[r][j] - m[j]) * (x[r][j] - m[j]) / rows.length;
            }
        }
        for (int j = 0; j < d; j++) {
            s[j] = s[j] > 0 ? Math.sqrt(s[j]) : 1.0;
        }
        return new Standardizer(m, s);
    }

    double[][] apply(double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = new double[x[i].length];
            for (int j = 0; j < x[i].length; j++) {
                out[i][j] = (x[i][j] - mean[j]) / sd[j];
            }
        }
        return out;
    }

    float[][] applyFloat(double[][] x) {
        float[][] out = new float[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = new float[x[i].length];
            for (int j = 0; j < x[i].length; j++) {
                out[i][j] = (float) ((x[i][j] - mean[j]) / sd[j]);
            }
        }
        return out;
    }

    double invert(double z, int column) {
        return mean[column] + sd[column] * z;
    }
}
