package org.xhpo.space;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * An ordered, validated set of parameters, possibly conditional (a tree-structured space). Column
 * order everywhere is declaration order. Conditions may refer to any other parameter, at any depth,
 * as long as they form no cycle and every required value is one the parent can take. Fixed
 * parameters ({@link FixedParameter}) are kept apart: {@link #parameters()} lists only the sampled
 * ones, {@link #fixed()} the fixed ones, and every configuration carries both.
 */
public final class SearchSpace implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Parameter> parameters;
    private final List<FixedParameter> fixed;
    private final Map<String, Object> fixedValues;
    private final Map<String, Integer> index;
    /** Declaration indices in an order where every parent comes before its children. */
    private final int[] evaluationOrder;

    /**
     * Builds and validates a space.
     *
     * @throws SpaceException naming the parameter (and field) at fault
     */
    public SearchSpace(List<Parameter> parameters) {
        this(parameters, List.of());
    }

    /**
     * Builds and validates a space with fixed parameters. Conditions on a fixed parent are resolved
     * here: met ones are dropped, and a child its fixed parent never activates is refused.
     *
     * @throws SpaceException naming the parameter (and field) at fault
     */
    public SearchSpace(List<Parameter> parameters, List<FixedParameter> fixed) {
        this(parameters, fixed, false);
    }

    private SearchSpace(List<Parameter> parameters, List<FixedParameter> fixed, boolean dropNeverActive) {
        if (parameters == null || parameters.isEmpty()) {
            throw new SpaceException("space", "must declare at least one parameter");
        }
        this.fixed = List.copyOf(fixed);
        Map<String, Object> fv = new LinkedHashMap<>();
        for (FixedParameter f : this.fixed) {
            if (fv.put(f.name(), f.value()) != null || parameters.stream().anyMatch(p -> p.name().equals(f.name()))) {
                throw new SpaceException(f.name(), "duplicate parameter name");
            }
        }
        this.fixedValues = Collections.unmodifiableMap(fv);
        List<Parameter> resolved = fv.isEmpty() ? parameters : FixedParents.resolve(parameters, fv, dropNeverActive);
        if (resolved.isEmpty()) {
            throw new SpaceException("space", "must declare at least one parameter that is not fixed");
        }
        this.parameters = List.copyOf(resolved);
        Map<String, Integer> idx = new LinkedHashMap<>();
        for (int i = 0; i < this.parameters.size(); i++) {
            Parameter p = this.parameters.get(i);
            if (idx.put(p.name(), i) != null) {
                throw new SpaceException(p.name(), "duplicate parameter name");
            }
        }
        this.index = Collections.unmodifiableMap(idx);
        checkConditions();
        this.evaluationOrder = topologicalOrder();
    }

    private void checkConditions() {
        for (Parameter p : parameters) {
            if (p.when().isEmpty()) {
                continue;
            }
            for (Map.Entry<String, List<Object>> e : p.when().get().requirements().entrySet()) {
                String path = p.name() + ".when." + e.getKey();
                Integer parent = index.get(e.getKey());
                if (parent == null) {
                    throw new SpaceException(path, "condition on unknown parameter '" + e.getKey()
                            + "'; known parameters: " + index.keySet());
                }
                if (e.getKey().equals(p.name())) {
                    throw new SpaceException(path, "a parameter cannot be conditional on itself");
                }
                Parameter pp = parameters.get(parent);
                if (pp instanceof FloatParameter) {
                    throw new SpaceException(path, "a condition on an exact value of the float parameter '"
                            + pp.name() + "' would (almost) never hold; condition on a categorical or int parameter");
                }
                if (e.getValue().isEmpty()) {
                    throw new SpaceException(path, "must list at least one value");
                }
                for (Object v : e.getValue()) {
                    if (!pp.contains(v)) {
                        throw new SpaceException(path, "value " + Values.describe(v)
                                + " can never be taken by '" + pp.name() + "'" + describeRange(pp));
                    }
                }
            }
        }
    }

    private static String describeRange(Parameter p) {
        if (p instanceof CategoricalParameter c) {
            return "; its choices are " + c.choices();
        }
        if (p instanceof IntParameter i) {
            return "; it ranges over " + i.low() + ".." + i.high() + (i.step() > 1 ? " step " + i.step() : "");
        }
        return "; conditions on a float parameter cannot match a value reliably";
    }

    private int[] topologicalOrder() {
        int n = parameters.size();
        int[] state = new int[n]; // 0 new, 1 visiting, 2 done
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            visit(i, state, order, new ArrayList<>());
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    private void visit(int i, int[] state, List<Integer> order, List<String> stack) {
        if (state[i] == 2) {
            return;
        }
        Parameter p = parameters.get(i);
        if (state[i] == 1) {
            stack.add(p.name());
            throw new SpaceException(p.name() + ".when", "cyclic condition: " + String.join(" -> ", stack));
        }
        state[i] = 1;
        stack.add(p.name());
        if (p.when().isPresent()) {
            for (String parent : p.when().get().requirements().keySet()) {
                visit(index.get(parent), state, order, stack);
            }
        }
        stack.remove(stack.size() - 1);
        state[i] = 2;
        order.add(i);
    }

    /** The sampled parameters in declaration order (fixed ones are not among them). */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** The fixed parameters in declaration order. */
    public List<FixedParameter> fixed() {
        return fixed;
    }

    /**
     * This space with the named parameters fixed at the given values (added to the fixed ones);
     * children those values never activate are dropped with their descendants.
     *
     * @param values parameter name → value (each must be a value the parameter can take)
     */
    public SearchSpace fixing(Map<String, Object> values) {
        List<FixedParameter> f = new ArrayList<>(fixed);
        List<Parameter> rest = new ArrayList<>();
        for (Parameter p : parameters) {
            if (values.containsKey(p.name())) {
                Object v = Values.canonical(values.get(p.name()));
                if (!p.contains(v)) {
                    throw new IllegalArgumentException(p.name() + ": cannot fix at " + Values.describe(v));
                }
                f.add(new FixedParameter(p.name(), v));
            } else {
                rest.add(p);
            }
        }
        return new SearchSpace(rest, f, true);
    }

    /** Number of parameters (active or not). */
    public int dimension() {
        return parameters.size();
    }

    /** The parameter names in declaration order. */
    public List<String> names() {
        return List.copyOf(index.keySet());
    }

    /** The parameter with the given name. */
    public Parameter get(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("unknown parameter '" + name + "'; known: " + index.keySet());
        }
        return parameters.get(i);
    }

    /** Declaration index of a parameter, or -1. */
    public int indexOf(String name) {
        return index.getOrDefault(name, -1);
    }

    /** Whether any parameter is conditional. */
    public boolean isConditional() {
        return parameters.stream().anyMatch(p -> p.when().isPresent());
    }

    /**
     * Maps a point of the unit cube (one coordinate per parameter, declaration order) to a
     * configuration; coordinates of parameters that end up inactive are ignored.
     */
    public Configuration fromUnit(double[] u) {
        if (u.length != parameters.size()) {
            throw new IllegalArgumentException("expected " + parameters.size() + " unit coordinates, got " + u.length);
        }
        Map<String, Object> values = new HashMap<>(fixedValues);
        for (int i : evaluationOrder) {
            Parameter p = parameters.get(i);
            if (p.when().isEmpty() || p.when().get().holds(values)) {
                values.put(p.name(), p.fromUnit(u[i]));
            }
        }
        return ordered(values);
    }

    /** Builds a configuration from values, keeping only parameters that are active; validates them. */
    public Configuration configuration(Map<String, Object> given) {
        Map<String, Object> values = new HashMap<>(fixedValues);
        for (FixedParameter f : fixed) {
            Object v = given.get(f.name());
            if (v != null && !new Condition(Map.of(f.name(), List.of(f.value()))).holds(Map.of(f.name(), Values.canonical(v)))) {
                throw new IllegalArgumentException(f.name() + ": fixed at " + Values.describe(f.value()) + ", got "
                        + Values.describe(v));
            }
        }
        for (int i : evaluationOrder) {
            Parameter p = parameters.get(i);
            if (p.when().isEmpty() || p.when().get().holds(values)) {
                Object v = given.get(p.name());
                if (v == null) {
                    throw new IllegalArgumentException(p.name() + ": active but no value given");
                }
                Object c = Values.canonical(v);
                if (p instanceof FloatParameter && c instanceof Long l) {
                    c = l.doubleValue();
                }
                if (!p.contains(c)) {
                    throw new IllegalArgumentException(p.name() + ": " + Values.describe(v) + " is not a valid value");
                }
                values.put(p.name(), p instanceof CategoricalParameter cp ? cp.choices().get(cp.indexOf(c)) : c);
            }
        }
        return ordered(values);
    }

    private Configuration ordered(Map<String, Object> values) {
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            Object v = values.get(p.name());
            if (v != null) {
                out.put(p.name(), v);
            }
        }
        out.putAll(fixedValues);
        return new Configuration(out);
    }

    /** Whether a parameter is active under the values of a configuration. */
    public boolean isActive(Parameter p, Configuration c) {
        return p.when().isEmpty() || p.when().get().holds(c.values());
    }

    /** Unit coordinates of a configuration (cell centres for discrete values), NaN where inactive. */
    public double[] toUnit(Configuration c) {
        double[] u = new double[parameters.size()];
        for (int i = 0; i < u.length; i++) {
            Object v = c.get(parameters.get(i).name());
            u[i] = v == null ? Double.NaN : parameters.get(i).toUnit(v);
        }
        return u;
    }

    /**
     * Unit coordinates with discrete values drawn uniformly inside their cell, as the HSIC authors
     * record them ({@code docs/methods/unit-transform.md}): continuous coordinates are exact.
     */
    public double[] toUnitJittered(Configuration c, SplittableRandom rng) {
        double[] u = new double[parameters.size()];
        for (int i = 0; i < u.length; i++) {
            Parameter p = parameters.get(i);
            Object v = c.get(p.name());
            if (v == null) {
                u[i] = Double.NaN;
            } else {
                double[] cell = p.unitCell(v);
                double r = rng.nextDouble();
                u[i] = cell[0] == cell[1] ? cell[0] : cell[0] + r * (cell[1] - cell[0]);
            }
        }
        return u;
    }

    /** Total number of distinct configurations when every parameter is discrete, else Long.MAX_VALUE. */
    public long cardinality() {
        long n = 1;
        for (Parameter p : parameters) {
            long c = p.cardinality();
            if (c == Long.MAX_VALUE || n > Long.MAX_VALUE / c) {
                return Long.MAX_VALUE;
            }
            n *= c;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SearchSpace s && s.parameters.equals(parameters) && s.fixed.equals(fixed);
    }

    @Override
    public int hashCode() {
        return parameters.hashCode() * 31 + fixed.hashCode();
    }

    @Override
    public String toString() {
        return "SearchSpace" + parameters + (fixed.isEmpty() ? "" : fixed.toString());
    }
}
