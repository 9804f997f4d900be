package org.xhpo.study;

import java.io.Serializable;
import java.util.Objects;
import org.xhpo.space.Configuration;

/**
 * A trial to evaluate: its id (0-based, unique in the study), the round that proposed it, the seed
 * its objective must use, and the configuration.
 *
 * @param id trial id
 * @param round round number (0-based)
 * @param seed the trial's seed, {@code Seeds.derive(studySeed, TRIAL, id)}
 * @param config the parameter values
 */
public record Trial(long id, int round, long seed, Configuration config) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Validates the fields. */
    public Trial {
        if (id < 0 || round < 0) {
            throw new IllegalArgumentException("trial id and round must be >= 0, got id=" + id + ", round=" + round);
        }
        Objects.requireNonNull(config, "config");
    }
}
