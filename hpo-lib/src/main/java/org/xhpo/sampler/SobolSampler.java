package org.xhpo.sampler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.xhpo.space.Configuration;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.TrialResult;

/**
 * Quasi-random search with scrambled Sobol points (the seeds' QMC prior), one point per trial in
 * sequence order. The position in the sequence is a function of the told trials alone — replayed
 * round by round — so a resumed study continues exactly where the uninterrupted one would. A point
 * that maps to a configuration already in the batch (possible in small discrete spaces) is skipped.
 */
public final class SobolSampler implements Sampler {
    private final SearchSpace space;
    private final ScrambledSobolSequence sequence;
    private final Set<Long> told = new HashSet<>();
    private final TreeMap<Integer, Integer> trialsPerRound = new TreeMap<>();
    private long nextIndex;
    private long handedOut;

    /**
     * @param space the search space
     * @param scrambleSeed seed of the scramble, derived from the study seed
     */
    public SobolSampler(SearchSpace space, long scrambleSeed) {
        this.space = space;
        this.sequence = new ScrambledSobolSequence(space.dimension(), scrambleSeed);
    }

    @Override
    public List<Configuration> ask(int n, SplittableRandom rng) {
        List<Configuration> out = new ArrayList<>(n);
        nextIndex = take(nextIndex, n, out);
        handedOut += out.size();
        return out;
    }

    /** Collects up to n distinct configurations from index {@code from}; returns the next index. */
    private long take(long from, int n, List<Configuration> out) {
        Set<Configuration> batch = new HashSet<>();
        long idx = from;
        long limit = from + 100L * n + 100;
        while (out.size() < n && idx < limit && idx < Integer.MAX_VALUE) {
            Configuration c = space.fromUnit(sequence.point(idx++));
            if (batch.add(c)) {
                out.add(c);
            }
        }
        return idx;
    }

    @Override
    public void tell(List<TrialResult> finished) {
        for (TrialResult r : finished) {
            if (told.add(r.trial().id())) {
                trialsPerRound.merge(r.trial().round(), 1, Integer::sum);
            }
        }
        if (told.size() > handedOut) {
            // a new sampler told an earlier run's trials: replay its rounds to find the position
            long idx = 0;
            for (int count : trialsPerRound.values()) {
                idx = take(idx, count, new ArrayList<>());
            }
            nextIndex = idx;
            handedOut = told.size();
        }
    }
}
