package org.xhpo.analysis.hsic;

import java.util.Locale;

/**
 * How the bandwidth h of the Gaussian kernel k(d) = exp(−d²/(2h²)) is chosen for one unit-space
 * variable (docs/methods/hsic.md, 'Bandwidth rules').
 *
 * <ul>
 *   <li>{@code std} (default): the empirical standard deviation of the sample (n−1 denominator), the
 *       rule OpenTURNS documents ({@code sensitivity_hsic.rst}: θ_i = σ_i);</li>
 *   <li>{@code median}: the authors' default, median |x_i − x_j| over all n² ordered pairs including
 *       the n zero diagonal terms ({@code hsic.py});</li>
 *   <li>{@code max}: the h in [1e-4, 5] maximizing the index S(h) ({@code paper_experiments.py});
 *       note the V-statistic keeps S(h→0) = p̂²(1/m − 1/n) &gt; 0, so for an uninformative variable
 *       the maximum may sit at the smallest bandwidth;</li>
 *   <li>a fixed number h &gt; 0.</li>
 * </ul>
 *
 * <p>Constant columns: when a data-driven rule yields 0 or a non-finite value (all x equal), the
 * bandwidth falls back to {@link #CONSTANT_FALLBACK} = 1/√12, the standard deviation of U(0,1); the
 * kernel is then constant on the sample and every HSIC value is 0 whatever h is.
 */
public sealed interface Bandwidth permits Bandwidth.Std, Bandwidth.Median, Bandwidth.Max, Bandwidth.Fixed {

    /** Fallback bandwidth for a constant column: 1/√12, the std of U(0,1). */
    double CONSTANT_FALLBACK = 1.0 / Math.sqrt(12.0);
    /** Lower end of the {@code max} search (authors' bounds). */
    double MAX_SEARCH_LOW = 1e-4;
    /** Upper end of the {@code max} search (authors' bounds). */
    double MAX_SEARCH_HIGH = 5.0;

    /** The name as written in configs ("std", "median", "max") or the number. */
    String label();

    /** The empirical standard deviation rule (OpenTURNS); the default. */
    static Bandwidth std() {
        return new Std();
    }

    /** The authors' median rule (median |x_i − x_j| over all n² pairs, diagonal included). */
    static Bandwidth median() {
        return new Median();
    }

    /** The MMD-maximizing rule over [1e-4, 5]. */
    static Bandwidth max() {
        return new Max();
    }

    /** A fixed bandwidth h &gt; 0. */
    static Bandwidth fixed(double h) {
        return new Fixed(h);
    }

    /**
     * Parses a config value: "std", "median", "max" (case-insensitive) or a positive number.
     *
     * @throws IllegalArgumentException naming the accepted values and what was found
     */
    static Bandwidth parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException(
                    "bandwidth: expected \"std\", \"median\", \"max\" or a positive number, got null");
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "std":
                return std();
            case "median":
                return median();
            case "max":
                return max();
            default:
                break;
        }
        double h;
        try {
            h = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bandwidth: expected \"std\", \"median\", \"max\" or a positive"
                    + " number, got \"" + text + "\"");
        }
        if (!(h > 0) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("bandwidth: a fixed bandwidth must be a finite number > 0, got "
                    + text);
        }
        return fixed(h);
    }

    /** Empirical standard deviation rule. */
    record Std() implements Bandwidth {
        @Override
        public String label() {
            return "std";
        }
    }

    /** Median pairwise distance rule (diagonal included). */
    record Median() implements Bandwidth {
        @Override
        public String label() {
            return "median";
        }
    }

    /** MMD-maximizing rule. */
    record Max() implements Bandwidth {
        @Override
        public String label() {
            return "max";
        }
    }

    /** A fixed bandwidth. */
    record Fixed(double h) implements Bandwidth {
        /** Validates h. */
        public Fixed {
            if (!(h > 0) || Double.isInfinite(h)) {
                throw new IllegalArgumentException("bandwidth: a fixed bandwidth must be a finite number > 0, got "
                        + h);
            }
        }

        @Override
        public String label() {
            return Double.toString(h);
        }
    }
}
