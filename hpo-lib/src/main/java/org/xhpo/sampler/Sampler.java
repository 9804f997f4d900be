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
     * Proposes up to n distinct configurations; fewer (possibly none) only when the space is
     * exhausted (a finished grid). A pure function of the told trials and rng.
     */
    List<Configuration> ask(int n, SplittableRandom rng);

    /** Records finished trials of any status; order-independent and idempotent per trial id. */
    void tell(List<TrialResult> finished);
}
