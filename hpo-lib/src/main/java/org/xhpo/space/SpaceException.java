package org.xhpo.space;

/** A search space that cannot be built; names the parameter and field at fault. */
public final class SpaceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * @param path dotted path below the space, e.g. {@code lr.low} or {@code momentum.when.optimizer}
     * @param message what was expected and what was found
     */
    public SpaceException(String path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    /** The dotted path below the space. */
    public String path() {
        return path;
    }

    /** The message without the path. */
    public String detail() {
        return getMessage().substring(path.length() + 2);
    }
}
