package org.xhpo.objective.diagnostic;

import java.util.Map;
import org.xhpo.objective.Evaluation;
import org.xhpo.objective.Objective;
import org.xhpo.objective.Settings;
import org.xhpo.objective.TrialContext;
import org.xhpo.space.Configuration;

/**
 * Fails on purpose, deterministically by trial id, to test failure isolation: throws when
 * {@code trialId % throw_every == throw_offset}, returns NaN when {@code trialId % nan_every == 0},
 * hangs (until cancelled) when {@code trialId % hang_every == 0}; otherwise returns the sum of the
 * squared numeric parameter values. A setting of 0 disables that failure.
 */
public final class FlakyObjective implements Objective {
    private final int throwEvery;
    private final int throwOffset;
    private final int nanEvery;
    private final int hangEvery;

    /** @param settings {@code throw_every}, {@code throw_offset}, {@code nan_every}, {@code hang_every} */
    public FlakyObjective(Map<String, Object> settings) {
        Settings s = new Settings(settings, "objective.settings")
                .allowOnly("throw_every", "throw_offset", "nan_every", "hang_every");
        this.throwEvery = s.getInt("throw_every", 3, 0);
        this.throwOffset = s.getInt("throw_offset", 1, 0);
        this.nanEvery = s.getInt("nan_every", 0, 0);
        this.hangEvery = s.getInt("hang_every", 0, 0);
    }

    @Override
    public Evaluation evaluate(Configuration config, TrialContext context) throws InterruptedException {
        long id = context.trialId();
        if (throwEvery > 0 && id % throwEvery == throwOffset % throwEvery) {
            throw new IllegalStateException("flaky objective fails trial " + id + " on purpose");
        }
        if (nanEvery > 0 && id % nanEvery == 0) {
            return Evaluation.of(Double.NaN);
        }
        if (hangEvery > 0 && id % hangEvery == 0) {
            while (!context.cancelled().getAsBoolean()) {
                Thread.sleep(10);
            }
            throw new InterruptedException("cancelled");
        }
        double s = 0;
        for (Object v : config.values().values()) {
            if (v instanceof Number n) {
                s += n.doubleValue() * n.doubleValue();
            }
        }
        return Evaluation.of(s);
    }
}
