package org.parley.app;

import java.io.PrintWriter;
import java.util.function.Function;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.parley.store.EventStore;
import org.parley.store.StoreException;

/** Opens the database of a reading command, or says in one line why it cannot. */
final class Databases {
    private Databases() {
    }

    /**
     * The open store at {@code db}; empty, after one line on {@code err} naming the command and the file, when the
     * file is missing (it is not created) or cannot be opened.
     */
    static Optional<EventStore> open(Path db, String command, PrintWriter err) {
        if (!Files.isRegularFile(db)) {
            err.println("parley " + command + ": no database at " + db + " (run parley ingest first)");
            err.flush();
            return Optional.empty();
        }
        try {
            return Optional.of(EventStore.open(db, Version.current()));
        } catch (StoreException e) {
            err.println("parley " + command + ": " + e.getMessage());
            err.flush();
            return Optional.empty();
        }
    }

    /**
     * Runs one reading command: opens {@code db}, prints what {@code query} makes of the store on {@code out}, and
     * reports a user error ({@link IllegalArgumentException}) or a database failure as one line on {@code err}.
     *
     * @return the exit code: 0 after output, 1 after an error
     */
    static int read(Path db, String command, PrintWriter out, PrintWriter err, Function<EventStore, String> query) {
        Optional<EventStore> opened = open(db, command, err);
        if (opened.isEmpty()) {
            return 1;
        }
        try (EventStore store = opened.get()) {
            out.print(query.apply(store));
            out.flush();
            return 0;
        } catch (IllegalArgumentException | StoreException e) {
            err.println("parley " + command + ": " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
