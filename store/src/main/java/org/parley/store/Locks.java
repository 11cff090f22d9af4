package org.parley.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains a failure to open a database file. DuckDB lets one process at a time open a file for writing; the
 * next one fails with "Could not set lock on file ... Conflicting lock is held in PROGRAM (PID N)", which this
 * turns into a sentence naming the process and what to do.
 */
final class Locks {
    private static final Pattern HOLDER = Pattern.compile("\\(PID (\\d+)\\)");

    private Locks() {
    }

    /** The one-line message for a failed open of {@code file}. */
    static String describe(Path file, SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("Could not set lock") || message.contains("Conflicting lock")) {
            Matcher pid = HOLDER.matcher(message);
            return "database " + file + " is in use by another process" + (pid.find() ? " (PID " + pid.group(1) + ")" : "")
                    + ": DuckDB lets one process write a file at a time; stop that process (a running parley ingest, "
                    + "recode or watch) or use another --db";
        }
        return "cannot open database " + file + ": " + message.replaceAll("\\s+", " ").strip();
    }
}
