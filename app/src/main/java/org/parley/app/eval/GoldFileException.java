package org.parley.app.eval;

/** A gold file that cannot be read or does not follow {@code shared/eval/FORMAT.md}; the message names file and line. */
public final class GoldFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public GoldFileException(String message, Throwable cause) {
        super(message, cause);
    }

    public GoldFileException(String message) {
        super(message);
    }
}
