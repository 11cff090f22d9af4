package org.parley.ingest;

/** One-line descriptions of exceptions for the problems of {@link SourceItem.Failed}. */
final class Problems {
    private static final int MAX = 160;

    private Problems() {
    }

    /** The exception's message on one line (at most 160 characters), or its class name when it has none. */
    static String oneLine(Throwable e) {
        Throwable t = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName()
                : t.getMessage().replaceAll("\\s+", " ").strip();
        return message.length() > MAX ? message.substring(0, MAX) + "..." : message;
    }
}
