package org.parley.ingest;

/** Byte counts as users read them in messages. */
final class Sizes {
    private Sizes() {
    }

    /** "5 MB" for 5 MiB; whole mebibytes, rounded down, at least "0 MB". */
    static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }
}
