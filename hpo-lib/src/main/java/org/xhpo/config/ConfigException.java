package org.xhpo.config;

/**
 * A config or space that cannot be used: names the field path, the rule, and what was found, e.g.
 * {@code space.lr.low: must be > 0 for log scale, got -1}. The CLI prints it and exits with 2.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * @param path dotted path of the field at fault (or the file name for a file-level error)
     * @param message the rule and what was found
     */
    public ConfigException(String path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    /** The dotted path of the field at fault. */
    public String path() {
        return path;
    }
}
