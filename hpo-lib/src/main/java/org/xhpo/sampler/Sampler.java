package org.xhpo.sampler;

import java.util.List;
import java.util.SplittableRandom;
import org.xhpo.space.Configuration;
import org.xhpo.study.TrialResult;

/**
 * Proposes configurations in batches (ask) and learns from finished trials (tell). Determinism
 * comes from the generator the caller hands in: a resumed study that re-tells every finished
 * trial and then asks with the same generator proposes exactly what the uninterrupted run would.
 */
public interface Sampler {

    /**
     * Proposes up to n distinct configurations; fewer when the space or a phase of the sampler is
     * exhausted, and none only when it has nothing more to propose (a finished grid, the last probe
     * of Algorithm 1), which ends the sweep. A pure function of the told trials and rng. The one
     * exception to "distinct": deliberate re-evaluations of a noisy objective (fi-random's adaptive
     * mode with {@code intensify}), each a trial of its own with its own seed.
     */
    List<Configuration> ask(int n, SplittableRandom rng);

    /** Records finished trials of any status; order-independent and idempotent per trial id. */
    void tell(List<TrialResult> finished);

    /**
     * The stage that proposed the configurations of the last {@link #ask}, for the trials table's
     * {@code sampler} column ({@code <name>/<stage>}); empty for a single-stage sampler.
     */
    default java.util.Optional<String> stage() {
        return java.util.Optional.empty();
    }
}
