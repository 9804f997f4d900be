package org.xhpo.sampler.gp;

import java.util.List;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.Configuration;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;

/**
 * Encodes configurations as GP inputs. Numeric parameters: their unit value (integers at their
 * cell centre). Categoricals: one-hot. Conditional parameters get an explicit embedding instead of
 * a misleading zero: an extra "inactive" coordinate, 0 when active and 1 when inactive, and their
 * value coordinates fixed at ½ (numeric) or all-zero (one-hot) when inactive, so two inactive
 * values coincide and an active and an inactive value are at least one unit apart. A kernel on
 * this embedding is positive definite (any kernel on a feature map is).
 */
final class GpEncoder {
    private final SearchSpace space;
    private final int[] offset;
    private final int width;

    GpEncoder(SearchSpace space) {
        this.space = space;
        List<Parameter> ps = space.parameters();
        this.offset = new int[ps.size()];
        int w = 0;
        for (int i = 0; i < ps.size(); i++) {
            offset[i] = w;
            Parameter p = ps.get(i);
            w += p instanceof CategoricalParameter c ? c.choices().size() : 1;
            if (p.when().isPresent()) {
                w += 1;
            }
        }
        this.width = w;
    }

    /** Number of GP input coordinates. */
    int width() {
        return width;
    }

    /**
     * The input coordinate that holds parameter {@code index}'s unit value, or −1 when the parameter is
     * categorical (one-hot) or conditional (its value is not always that coordinate).
     */
    int plainCoordinate(int index) {
        Parameter p = space.parameters().get(index);
        return p instanceof CategoricalParameter || p.when().isPresent() ? -1 : offset[index];
    }

    /** The GP input of a configuration. */
    double[] encode(Configuration c) {
        double[] f = new double[width];
        List<Parameter> ps = space.parameters();
        for (int i = 0; i < ps.size(); i++) {
            Parameter p = ps.get(i);
            Object v = c.get(p.name());
            int o = offset[i];
            int size = p instanceof CategoricalParameter cp ? cp.choices().size() : 1;
            if (v == null) {
                if (!(p instanceof CategoricalParameter)) {
                    f[o] = 0.5;
                }
                f[o + size] = 1.0; // the inactive flag
            } else if (p instanceof CategoricalParameter cp) {
                f[o + cp.indexOf(v)] = 1.0;
            } else {
                f[o] = p.toUnit(v);
            }
        }
        return f;
    }
}
