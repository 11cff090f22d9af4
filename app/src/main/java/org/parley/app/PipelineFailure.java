package org.parley.app;

/**
 * The one line a command prints when the coding pipeline cannot be built. A knowledge table that does not load
 * throws {@link IllegalStateException} or {@link IllegalArgumentException} (the table loaders' contract);
 * anything else (e.g. missing CoreNLP models) is reported with its exception class.
 */
final class PipelineFailure {
    private PipelineFailure() {
    }

    /** {@code parley: cannot load parley's knowledge tables: <message>}, or {@code parley: cannot build ...}. */
    static String line(RuntimeException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ").strip();
        if (e instanceof IllegalStateException || e instanceof IllegalArgumentException) {
            return "parley: cannot load parley's knowledge tables: "
                    + (message.isEmpty() ? e.getClass().getSimpleName() : message);
        }
        return "parley: cannot build the coding pipeline: " + e.getClass().getSimpleName()
                + (message.isEmpty() ? "" : ": " + message);
    }
}
