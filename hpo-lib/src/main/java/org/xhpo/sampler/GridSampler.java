package org.xhpo.sampler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.xhpo.space.CategoricalParameter;
import org.xhpo.space.FloatParameter;
import org.xhpo.space.IntParameter;
import org.xhpo.space.Parameter;
import org.xhpo.space.SearchSpace;
import org.xhpo.space.Configuration;
import org.xhpo.study.TrialResult;

/**
 * Grid search: the cartesian product of each parameter's grid values, in declaration order with the
 * first parameter varying slowest. Categoricals contribute all choices; integers all values, or
 * {@code gridPoints} evenly spaced ones when there are more; floats {@code gridPoints} points evenly
 * spaced in unit space (so log parameters are spaced geometrically). Configurations that differ only
 * in inactive parameters are one grid point. The grid ends when every point was proposed.
 */
public final class GridSampler implements Sampler {
    /** The largest grid accepted. */
    public static final long MAX_POINTS = 10_000_000L;

    private final List<Configuration> grid;
    private final Set<Configuration> done = new HashSet<>();
    private final Set<Long> told = new HashSet<>();
    private int cursor;

    /**
     * @param space the search space
     * @param gridPoints values per continuous parameter (≥ 2)
     * @throws IllegalArgumentException when the grid would exceed {@link #MAX_POINTS}
     */
    public GridSampler(SearchSpace space, int gridPoints) {
        List<List<Object>> values = new ArrayList<>();
        long product = 1;
        for (Parameter p : space.parameters()) {
            List<Object> v = values(p, gridPoints);
            values.add(v);
            product = Math.multiplyExact(product, (long) v.size());
            if (product > MAX_POINTS) {
                throw new IllegalArgumentException("sampler.settings.grid_points: the grid would have more than "
                        + MAX_POINTS + " points; lower grid_points (now " + gridPoints + ") or narrow the space");
            }
        }
        LinkedHashSet<Configuration> points = new LinkedHashSet<>();
        enumerate(space, values, 0, new HashMap<>(), points);
        this.grid = List.copyOf(points);
    }

    /** The grid values of one parameter. */
    static List<Object> values(Parameter p, int gridPoints) {
        List<Object> out = new ArrayList<>();
        if (p instanceof CategoricalParameter c) {
            out.addAll(c.choices());
        } else if (p instanceof IntParameter ip && ip.count() <= gridPoints) {
            for (long k = ip.low(); k <= ip.high(); k += ip.step()) {
                out.add(k);
            }
        } else if (p instanceof IntParameter ip) {
            LinkedHashSet<Object> ks = new LinkedHashSet<>();
            for (int i = 0; i < gridPoints; i++) {
                double x = ip.log() ? Math.exp(Math.log(ip.low()) + i * (Math.log(ip.high()) - Math.log(ip.low())) / (gridPoints - 1))
                        : ip.low() + i * (double) (ip.high() - ip.low()) / (gridPoints - 1);
                long k = ip.low() + Math.round((x - ip.low()) / ip.step()) * ip.step();
                ks.add(Math.min(ip.high(), Math.max(ip.low(), k)));
            }
            out.addAll(ks);
        } else {
            FloatParameter f = (FloatParameter) p;
            for (int i = 0; i < gridPoints; i++) {
                out.add(f.fromUnit(i / (double) (gridPoints - 1)));
            }
        }
        return out;
    }

    private static void enumerate(SearchSpace space, List<List<Object>> values, int d, Map<String, Object> partial,
                                  Set<Configuration> out) {
        if (d == values.size()) {
            out.add(space.configuration(partial));
            return;
        }
        String name = space.parameters().get(d).name();
        for (Object v : values.get(d)) {
            partial.put(name, v);
            enumerate(space, values, d + 1, partial, out);
        }
        partial.remove(name);
    }

    /** Number of distinct grid points. */
    public int size() {
        return grid.size();
    }

    @Override
    public List<Configuration> ask(int n, SplittableRandom rng) {
        List<Configuration> out = new ArrayList<>(n);
        while (out.size() < n && cursor < grid.size()) {
            Configuration c = grid.get(cursor++);
            if (!done.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    @Override
    public void tell(List<TrialResult> finished) {
        for (TrialResult r : finished) {
            if (told.add(r.trial().id())) {
                done.add(r.trial().config());
            }
        }
    }
}
