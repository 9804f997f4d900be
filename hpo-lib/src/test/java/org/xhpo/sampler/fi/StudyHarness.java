package org.xhpo.sampler.fi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongPredicate;
import java.util.function.ToDoubleFunction;
import org.xhpo.sampler.Sampler;
import org.xhpo.space.Configuration;
import org.xhpo.study.Trial;
import org.xhpo.study.TrialResult;
import org.xhpo.study.TrialStatus;

/** Runs a sampler the way the sweep driver does: ask a round, evaluate, tell, until it stops. */
final class StudyHarness {
    private StudyHarness() {
    }

    /** An ok result for trial id. */
    static TrialResult ok(long id, Configuration c, double value) {
        return new TrialResult(new Trial(id, 0, id, c), TrialStatus.OK, value, Map.of(), null, null, null, "local");
    }

    /** A non-ok result for trial id. */
    static TrialResult notOk(long id, Configuration c, TrialStatus status) {
        return new TrialResult(new Trial(id, 0, id, c), status, Double.NaN, Map.of(), "boom", null, null, "local");
    }

    /**
     * Asks rounds of at most batch configurations until the sampler returns none, giving trial ids
     * from firstId on; trials whose id matches failing are told as FAILED.
     */
    static List<TrialResult> run(Sampler sampler, int batch, long firstId, ToDoubleFunction<Configuration> f,
                                 LongPredicate failing) {
        List<TrialResult> all = new ArrayList<>();
        long id = firstId;
        for (int round = 0; round < 100_000; round++) {
            List<Configuration> configs = sampler.ask(batch, new SplittableRandom(round));
            if (configs.isEmpty()) {
                return all;
            }
            if (configs.size() > batch) {
                throw new AssertionError("asked for " + batch + ", got " + configs.size());
            }
            List<TrialResult> results = new ArrayList<>();
            for (Configuration c : configs) {
                results.add(failing.test(id) ? notOk(id, c, TrialStatus.FAILED) : ok(id, c, f.applyAsDouble(c)));
                id++;
            }
            sampler.tell(results);
            all.addAll(results);
        }
        throw new AssertionError("the sampler never stopped");
    }
}
