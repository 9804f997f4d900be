package org.xhpo.objective.diagnostic;

import java.util.Map;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.Objective;
import org.xhpo.objective.Settings;
import org.xhpo.objective.TrialContext;
import org.xhpo.space.Configuration;

/**
 * Sleeps a fixed time, then returns the sum of the numeric parameter values. Used to measure
 * parallel efficiency and to exercise trial timeouts. Setting {@code millis} (default 200).
 */
public final class SleepObjective implements Objective {
    private final long millis;

    /** @param settings {@code millis}: how long each evaluation sleeps */
    public SleepObjective(Map<String, Object> settings) {
        Settings s = new Settings(settings, "objective.settings").allowOnly("millis");
        this.millis = s.getInt("millis", 200, 0);
    }

    @Override
    public Evaluation evaluate(Configuration config, TrialContext context) throws InterruptedException {
        Thread.sleep(millis);
        double s = 0;
        for (Object v : config.values().values()) {
            if (v instanceof Number n) {
                s += n.doubleValue();
            }
        }
        return new Evaluation(s, Map.of("sleep_ms", (double) millis));
    }
}
