package org.xhpo.objective;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.xhpo.objective.diagnostic.FlakyObjective;
import org.xhpo.objective.diagnostic.NoOpObjective;
import org.xhpo.objective.diagnostic.SleepObjective;

/**
 * Builds objectives from their {@link ObjectiveSpec}: a registered built-in name, or the fully
 * qualified name of a user class on the classpath. Only the class named in the config is ever
 * instantiated, after checking that it implements {@link Objective}; settings are passed as a plain
 * map (no polymorphic deserialization).
 */
public final class ObjectiveRegistry {
    private static final Map<String, Function<Map<String, Object>, Objective>> BUILT_INS;

    static {
        Map<String, Function<Map<String, Object>, Objective>> m = new TreeMap<>();
        m.put("noop", NoOpObjective::new);
        m.put("sleep", SleepObjective::new);
        m.put("flaky", FlakyObjective::new);
        BuiltInFunctions.register(m);
        m.put("sdcmi", org.xhpo.objective.sdcmi.SdcmiObjective::new);
        m.put("mlp", org.xhpo.objective.mlp.MlpObjective::new);
        m.put("ubal", org.xhpo.objective.ubal.UbalObjective::new);
        m.put("ridge_polynomial", org.xhpo.objective.ridge.RidgePolynomialObjective::new);
        m.put("logreg", org.xhpo.objective.logreg.LogisticRegressionObjective::new);
        BUILT_INS = Collections.unmodifiableMap(m);
    }

    private ObjectiveRegistry() {
    }

    /** The registered built-in names. */
    public static Set<String> names() {
        return BUILT_INS.keySet();
    }

    /**
     * Builds the objective named by the spec.
     *
     * @throws IllegalArgumentException naming {@code objective.name} or the bad setting
     */
    public static Objective create(ObjectiveSpec spec) {
        Function<Map<String, Object>, Objective> builtIn = BUILT_INS.get(spec.name());
        if (builtIn != null) {
            return builtIn.apply(spec.settings());
        }
        if (!spec.name().contains(".")) {
            throw new IllegalArgumentException("objective.name: unknown objective '" + spec.name() + "'"
                    + org.xhpo.config.NearMiss.hint(spec.name(), names())
                    + "; built-in: " + names() + ", or the fully qualified name of a class implementing "
                    + Objective.class.getName());
        }
        return instantiate(spec);
    }

    private static Objective instantiate(ObjectiveSpec spec) {
        Class<?> cls;
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            cls = Class.forName(spec.name(), false, loader == null ? ObjectiveRegistry.class.getClassLoader() : loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("objective.name: class '" + spec.name()
                    + "' is not on the classpath nor in --jars; add the jar that holds it:"
                    + " submit-scripts/xhpo run CONFIG.yaml --jars my-objective.jar"
                    + " (on a cluster: submit-scripts/spark-submit.sh CONFIG.yaml --jars my-objective.jar ...)");
        }
        if (!Objective.class.isAssignableFrom(cls)) {
            throw new IllegalArgumentException("objective.name: class '" + spec.name() + "' does not implement "
                    + Objective.class.getName());
        }
        try {
            try {
                Constructor<?> c = cls.getConstructor(Map.class);
                return (Objective) c.newInstance(spec.settings());
            } catch (NoSuchMethodException e) {
                Constructor<?> c = cls.getConstructor();
                if (!spec.settings().isEmpty()) {
                    throw new IllegalArgumentException("objective.settings: class '" + spec.name()
                            + "' takes no settings (it has no constructor taking a Map), got " + spec.settings().keySet());
                }
                return (Objective) c.newInstance();
            }
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("objective.name: class '" + spec.name()
                    + "' needs a public constructor taking Map<String, Object> settings, or a public no-argument one");
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException iae) {
                throw iae;
            }
            if (cause instanceof Error error) {
                throw error; // the JVM failed (e.g. out of memory), not the config: exit 1, not 2
            }
            throw new IllegalArgumentException("objective.name: constructing '" + spec.name() + "' failed: " + cause, cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("objective.name: cannot construct '" + spec.name() + "': " + e, e);
        }
    }
}
