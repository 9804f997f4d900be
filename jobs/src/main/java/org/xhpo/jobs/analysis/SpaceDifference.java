package org.xhpo.jobs.analysis;

import java.util.List;
import org.xhpo.space.FixedParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;

/**
 * The first parameter at which two search spaces differ, in words, for the message that refuses to
 * pool studies of different spaces ({@link TrialsSource#loadPooled}): sampled parameters are compared
 * in declaration order (name, type, range, scale, step, choices, condition), then fixed ones.
 */
final class SpaceDifference {
    private SpaceDifference() {
    }

    /** @return null when the spaces are equal, else e.g. {@code parameter 'lr' (float [1e-4, 0.1] vs …)} */
    static String first(SearchSpace a, SearchSpace b) {
        String d = first(a.parameters(), b.parameters());
        if (d != null) {
            return d;
        }
        List<FixedParameter> fa = a.fixed();
        List<FixedParameter> fb = b.fixed();
        for (int i = 0; i < Math.max(fa.size(), fb.size()); i++) {
            FixedParameter x = i < fa.size() ? fa.get(i) : null;
            FixedParameter y = i < fb.size() ? fb.get(i) : null;
            if (x == null || !x.equals(y)) {
                String name = x != null ? x.name() : y.name();
                return "fixed parameter '" + name + "' (" + (x == null ? "absent" : x.value()) + " vs "
                        + (y == null ? "absent" : y.value()) + ")";
            }
        }
        return null;
    }

    private static String first(List<Parameter> pa, List<Parameter> pb) {
        for (int i = 0; i < Math.max(pa.size(), pb.size()); i++) {
            Parameter x = i < pa.size() ? pa.get(i) : null;
            Parameter y = i < pb.size() ? pb.get(i) : null;
            if (x == null || !x.equals(y)) {
                String name = x != null ? x.name() : y.name();
                return "parameter '" + name + "' (" + (x == null ? "absent" : x) + " vs " + (y == null ? "absent" : y)
                        + ")";
            }
        }
        return null;
    }
}
