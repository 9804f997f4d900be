package org.xhpo.objective;

import java.util.Map;
import java.util.function.Function;
import org.xhpo.objective.functions.Ackley;
import org.xhpo.objective.functions.Branin;
import org.xhpo.objective.functions.ExplainBenchmark;
import org.xhpo.objective.functions.Hartmann6;
import org.xhpo.objective.functions.Levy;
import org.xhpo.objective.functions.MixedConditional;
import org.xhpo.objective.functions.Rastrigin;
import org.xhpo.objective.functions.Rosenbrock;
import org.xhpo.objective.functions.StyblinskiTang;

/** Registers the built-in test functions under their config names. */
final class BuiltInFunctions {
    private BuiltInFunctions() {
    }

    static void register(Map<String, Function<Map<String, Object>, Objective>> m) {
        m.put("branin", Branin::new);
        m.put("hartmann6", Hartmann6::new);
        m.put("rosenbrock", Rosenbrock::new);
        m.put("levy", Levy::new);
        m.put("styblinski_tang", StyblinskiTang::new);
        m.put("mixed", MixedConditional::new);
        m.put("ackley", Ackley::new);
        m.put("rastrigin", Rastrigin::new);
        m.put("explain_bench", ExplainBenchmark::new);
    }
}
