package org.parley.ingest;

/** Byte counts as users read them in messages. */
final class Sizes {
    private Sizes() {
    }

    /** "5 MB" for 5 MiB (whole mebibytes, rounded down); under 1 MiB, "1000 bytes". */
    static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? bytes + " bytes" : (bytes / (1024 * 1024)) + " MB";
    }

    /** "20 s" for whole seconds, else "300 ms". */
    static String duration(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
