package org.parley.store;

/** A database operation failed; the message names the database file and what was being done. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure with its cause, usually an {@link java.sql.SQLException}. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A failure without an underlying exception. */
    public StoreException(String message) {
        super(message);
    }
}
