package org.xhpo.space;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves conditions on fixed parents: a fixed parent fixes its children's activity. A requirement
 * on a fixed parent that its value meets is dropped (a child whose requirements were all on fixed
 * parents becomes unconditional); a child whose fixed parent never activates it is never active —
 * refused in a declared space, dropped (with its own descendants) when a sampler narrows a space.
 */
final class FixedParents {
    private FixedParents() {
    }

    /**
     * The sampled parameters with their conditions on fixed parents resolved.
     *
     * @param dropNeverActive drop children that can never be active instead of refusing them
     * @throws SpaceException naming the child and the parent when a child can never be active
     */
    static List<Parameter> resolve(List<Parameter> parameters, Map<String, Object> fixed, boolean dropNeverActive) {
        List<Parameter> out = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        boolean changed = true;
        List<Parameter> current = parameters;
        while (changed) { // a dropped child drops its own children in the next pass
            changed = false;
            out = new ArrayList<>();
            for (Parameter p : current) {
                if (p.when().isEmpty()) {
                    out.add(p);
                    continue;
                }
                Map<String, List<Object>> kept = new LinkedHashMap<>();
                String never = null;
                for (Map.Entry<String, List<Object>> e : p.when().get().requirements().entrySet()) {
                    if (dropped.contains(e.getKey())) {
                        never = e.getKey();
                    } else if (fixed.containsKey(e.getKey())) {
                        if (!new Condition(Map.of(e.getKey(), e.getValue())).holds(fixed)) {
                            never = e.getKey();
                        }
                    } else {
                        kept.put(e.getKey(), e.getValue());
                    }
                }
                if (never != null) {
                    if (!dropNeverActive) {
                        throw new SpaceException(p.name() + ".when." + never, "the fixed parameter '" + never + "' is "
                                + Values.describe(fixed.get(never)) + ", so '" + p.name()
                                + "' is never active; remove it or change the condition");
                    }
                    dropped.add(p.name());
                    changed = true;
                    continue;
                }
                out.add(kept.size() == p.when().get().requirements().size() ? p
                        : p.withCondition(kept.isEmpty() ? null : new Condition(kept)));
            }
            current = out;
        }
        return out;
    }
}
