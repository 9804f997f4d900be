package org.xhpo.sampler.fi;

import java.util.ArrayList;
import java.util.List;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.TrialResult;

/**
 * The (configuration, loss) pairs W learns from — sampleParams and sampleJS of
 * fi-random-search-sdcmi.md, Algorithm 1 line 4 — as a growing set: the adaptive mode adds every
 * probe that finishes ok. x is the unit encoding of the told configuration, 0.5 for an inactive
 * conditional parameter; the loss is {@code direction.asLoss(value)}. Failed trials are not pairs.
 */
final class TrainingPairs {
    private final SearchSpace space;
    private final Direction direction;
    private final List<double[]> x = new ArrayList<>();
    private final List<Double> losses = new ArrayList<>();

    TrainingPairs(SearchSpace space, Direction direction) {
        this.space = space;
        this.direction = direction;
    }

    /** Adds the trial if it finished ok; returns whether it did. */
    boolean add(TrialResult r) {
        if (!r.ok()) {
            return false;
        }
        x.add(encode(space, r));
        losses.add(direction.asLoss(r.value()));
        return true;
    }

    /** The unit encoding of a told trial's configuration, 0.5 where a parameter is inactive. */
    static double[] encode(SearchSpace space, TrialResult r) {
        double[] u = space.toUnit(r.trial().config());
        for (int j = 0; j < u.length; j++) {
            u[j] = Double.isNaN(u[j]) ? 0.5 : u[j];
        }
        return u;
    }

    /** The loss of the last pair added. */
    double lastLoss() {
        return losses.get(losses.size() - 1);
    }

    /** Number of pairs. */
    int size() {
        return x.size();
    }

    /** The rows (shared, not copies; callers must not modify them). */
    double[][] rows() {
        return x.toArray(new double[0][]);
    }

    /** W's regression targets: the losses transformed over the current pairs. */
    double[] targets(LossTransform transform) {
        return transform.apply(losses.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
