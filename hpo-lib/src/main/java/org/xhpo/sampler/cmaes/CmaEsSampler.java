package org.xhpo.sampler.cmaes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.xhpo.sampler.Sampler;
import org.xhpo.space.Configuration;
import org.xhpo.space.SearchSpace;
import org.xhpo.study.Direction;
import org.xhpo.study.TrialResult;

/**
 * CMA-ES as a batch sampler (Hansen, "The CMA Evolution Strategy: A Tutorial", arXiv:1604.00772),
 * with IPOP restarts (Auger &amp; Hansen 2005) and the margin for discrete parameters (Hamano et al.
 * 2022), in the unit cube of the space: every parameter is one coordinate decoded by
 * {@link SearchSpace#fromUnit}.
 *
 * <p><b>Generations and rounds.</b> The population is λ = b ⌈max(4 + ⌊3 ln n⌋, population)/b⌉ for
 * batch size b: one generation per round when b ≥ the default population (λ = b), otherwise a
 * generation spans ⌈λ/b⌉ whole rounds (b = 8, n = 10: λ = 16, two rounds). A round asks the next
 * members of the current generation; the distribution is updated when all of them are told. b is the
 * size of the first round (read from the told trials, or the first ask), so a resumed study finds the
 * same λ. After a restart λ grows by {@code population_factor} and stays a multiple of b only if the
 * factor is an integer (2 by default).
 *
 * <p><b>Parameters.</b> Integers use the margin; categoricals are ordinal cells of their choices with
 * the same margin (exact for two choices; an arbitrary order beyond); conditional parameters keep a
 * coordinate that is ignored while inactive (selection does not see it, so it drifts freely).
 *
 * <p><b>Determinism and resume.</b> Generation g draws from
 * {@code Seeds.derive(studySeed, SAMPLER_GENERATION, g)}, not from the round's generator, and the
 * state is replayed from the told trials in id order ({@link CmaEsReplay}); so re-telling the finished
 * trials gives the same next batch, also in the middle of a generation. Trials CMA-ES did not propose
 * (earlier trials of a study) are injected as solutions: a warm start. Failed trials take their place
 * in the generation but no weight.
 */
public final class CmaEsSampler implements Sampler {
    private final SearchSpace space;
    private final Direction direction;
    private final CmaEsSettings settings;
    private final long studySeed;
    private final TreeMap<Long, CmaEsReplay.Told> told = new TreeMap<>();
    private CmaEsReplay replay;

    /**
     * @param space the search space
     * @param direction minimize or maximize
     * @param settings the {@code sampler.settings} map (see {@link CmaEsSettings#parse})
     * @param studySeed the study seed every generation's draws derive from
     */
    public CmaEsSampler(SearchSpace space, Direction direction, Map<String, Object> settings, long studySeed) {
        this.space = space;
        this.direction = direction;
        this.settings = CmaEsSettings.parse(settings);
        this.studySeed = studySeed;
    }

    @Override
    public void tell(List<TrialResult> finished) {
        List<CmaEsReplay.Told> fresh = new ArrayList<>();
        for (TrialResult r : finished) {
            long id = r.trial().id();
            if (!told.containsKey(id)) {
                double loss = r.ok() ? direction.asLoss(r.value()) : Double.NaN;
                CmaEsReplay.Told t = new CmaEsReplay.Told(id, r.trial().round(), r.trial().config(), loss);
                told.put(id, t);
                fresh.add(t);
            }
        }
        if (replay == null || fresh.isEmpty()) {
            return;
        }
        fresh.sort((a, b) -> Long.compare(a.id(), b.id()));
        if (fresh.get(0).id() < replay.lastId()) {
            replay = null; // an older trial arrived late: replay everything at the next ask
            return;
        }
        for (CmaEsReplay.Told t : fresh) {
            replay.add(t);
        }
    }

    @Override
    public List<Configuration> ask(int n, SplittableRandom rng) {
        CmaEsReplay r = replay(n);
        Generation g = r.current();
        int from = r.told();
        int to = Math.min(g.size(), from + n);
        List<Configuration> out = new ArrayList<>(Math.max(0, to - from));
        for (int k = from; k < to; k++) {
            out.add(g.candidate(k).config());
        }
        return out;
    }

    /** The replayed state (built from every told trial at the first ask after a reset). */
    CmaEsReplay replay(int askSize) {
        if (replay == null) {
            replay = new CmaEsReplay(space, settings, studySeed, told.isEmpty() ? askSize : firstRoundSize());
            for (CmaEsReplay.Told t : told.values()) {
                replay.add(t);
            }
        }
        return replay;
    }

    private int firstRoundSize() {
        int first = Integer.MAX_VALUE;
        for (CmaEsReplay.Told t : told.values()) {
            first = Math.min(first, t.round());
        }
        int count = 0;
        for (CmaEsReplay.Told t : told.values()) {
            count += t.round() == first ? 1 : 0;
        }
        return count;
    }
}
