package org.xhpo.hypergrad;

/** The few dense-vector operations the hypergradient solvers need. */
final class Vectors {
    private Vectors() {
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** y ← y + a x. */
    static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
