package org.xhpo.sampler.fi;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.xhpo.space.Configuration;
import org.xhpo.space.SearchSpace;

/**
 * The configurations the adaptive mode has already proposed, so that a probe never repeats one.
 * Two configurations are the same when their unit coordinates ({@link SearchSpace#toUnit} of the
 * decoded configuration) fall into the same cells of width {@value #RESOLUTION} in every
 * coordinate, and the same parameters are active. Integers and categoricals decode to the centre of
 * their unit cell, so for them this is plain equality of values after rounding; two float values
 * closer than a millionth of their (possibly log-scaled) range usually share a cell and count as one
 * experiment.
 */
final class EvaluatedConfigurations {
    /** Width of a cell in unit space. */
    static final double RESOLUTION = 1e-6;

    private final SearchSpace space;
    private final Set<Key> keys = new HashSet<>();

    /** @param space the space whose unit encoding decides equality */
    EvaluatedConfigurations(SearchSpace space) {
        this.space = space;
    }

    /** Records c; false when an equal configuration was already recorded. */
    boolean add(Configuration c) {
        return keys.add(key(c));
    }

    /** Whether an equal configuration was recorded. */
    boolean contains(Configuration c) {
        return keys.contains(key(c));
    }

    /** Number of distinct configurations recorded. */
    int size() {
        return keys.size();
    }

    private Key key(Configuration c) {
        double[] u = space.toUnit(c);
        long[] cells = new long[u.length];
        for (int j = 0; j < u.length; j++) {
            cells[j] = Double.isNaN(u[j]) ? Long.MIN_VALUE : Math.round(u[j] / RESOLUTION);
        }
        return new Key(cells);
    }

    /** Cell indices, Long.MIN_VALUE for an inactive parameter. */
    private record Key(long[] cells) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(cells, k.cells);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(cells);
        }

        @Override
        public String toString() {
            return Arrays.toString(cells);
        }
    }
}
