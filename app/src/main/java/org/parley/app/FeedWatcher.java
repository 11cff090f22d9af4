package org.parley.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.InputFormat;
import org.parley.ingest.ReadOptions;
import org.parley.ingest.SourceItem;
import org.parley.store.EventStore;
import org.parley.store.StoreException;

/**
 * The polling loop of {@code parley watch}, also run by {@code parley serve --watch} on a thread of its own: reads
 * the feeds file (one URL or file per line; blank lines and {@code #} comments skipped) at every poll, ingests what
 * is new and sleeps {@code every} between polls. A feed that fails is reported and retried with back-off: after k
 * failures in a row it is skipped for the next 2^(k-1) - 1 polls (at most {@link WatchCommand#MAX_BACKOFF} - 1),
 * while the other feeds go on. The coder is obtained once, on the first article to code.
 *
 * <p>Each poll gets its store from {@link Stores}: {@code parley watch} opens the database for the poll only,
 * {@code parley serve --watch} shares the server's read-write store (whose writes are synchronized with its reads).
 * Stdout has one line per poll: {@code poll N: stored N, skipped N duplicate(s), failed N; events N, quotes N}.
 */
final class FeedWatcher {
    /** How a poll gets its store: {@code poll} runs with an open store and must not close it. */
    @FunctionalInterface
    interface Stores {
        /**
         * Runs {@code poll} with a store.
         *
         * @throws StoreException when the store cannot be opened
         */
        void with(Consumer<EventStore> poll);
    }

    private final Path feedsFile;
    private final Duration every;
    private final ReadOptions options;
    private final Supplier<Coder> coders;
    private final WatchCommand.Sleeper sleeper;
    private final Stores stores;
    private final PrintWriter out;
    private final PrintWriter err;
    private final String name;
    private final Map<String, Backoff> backoffs = new HashMap<>();

    /**
     * A watcher; nothing runs until {@link #run}.
     *
     * @param name    the command name that prefixes error lines ("parley watch", "parley serve")
     * @param options the reader's options (the format is forced to feeds, and stored links are skipped)
     */
    FeedWatcher(String name, Path feedsFile, Duration every, ReadOptions options, Supplier<Coder> coders,
                WatchCommand.Sleeper sleeper, Stores stores, PrintWriter out, PrintWriter err) {
        this.name = Objects.requireNonNull(name, "name");
        this.feedsFile = Objects.requireNonNull(feedsFile, "feedsFile");
        this.every = Objects.requireNonNull(every, "every");
        this.options = Objects.requireNonNull(options, "options").withFormat(Optional.of(InputFormat.FEED));
        this.coders = memoized(Objects.requireNonNull(coders, "coders"));
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    /** A failing feed's state: failures in a row, and the first poll it is tried again at. */
    private record Backoff(int failures, int nextPoll) {
    }

    /**
     * The feeds of the file, read now.
     *
     * @throws UncheckedIOException when the file cannot be read (the message names it)
     */
    List<String> feeds() {
        try {
            return Files.readAllLines(feedsFile).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the feeds file " + feedsFile + ": "
                    + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()), e);
        }
    }

    /**
     * Polls {@code cycles} times (0: until the thread is interrupted), sleeping between polls; {@code feeds} is the
     * list for the first poll (the file is read again before each later one, keeping the previous list when it
     * cannot be read).
     */
    void run(List<String> feeds, int cycles) {
        List<String> current = feeds;
        for (int poll = 1; cycles == 0 || poll <= cycles; poll++) {
            if (poll > 1) {
                try {
                    sleeper.sleep(every);
                    current = feeds();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (UncheckedIOException e) {
                    err.println(name + ": " + e.getMessage() + "; polling the previous list");
                }
            }
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            poll(poll, current);
        }
    }

    private void poll(int poll, List<String> feeds) {
        try {
            stores.with(store -> {
                Ingestion ingestion = new Ingestion(store, coders, err);
                ArticleReader reader = new ArticleReader(options.withSkipLink(store::containsUrl));
                for (String feed : feeds) {
                    Backoff backoff = backoffs.get(feed);
                    if (backoff != null && poll < backoff.nextPoll()) {
                        continue;
                    }
                    boolean[] feedFailed = {false};
                    reader.read(List.of(feed), item -> {
                        if (item instanceof SourceItem.Failed f && f.origin().equals(feed)) {
                            feedFailed[0] = true;
                            failed(feed, f.problem(), poll);
                        } else {
                            ingestion.accept(item);
                        }
                    });
                    if (!feedFailed[0]) {
                        backoffs.remove(feed);
                    }
                }
                out.println("poll " + poll + ": " + ingestion.summary());
            });
        } catch (StoreException e) {
            err.println(name + ": poll " + poll + ": " + e.getMessage() + "; trying again at the next poll");
        }
        out.flush();
        err.flush();
    }

    private void failed(String feed, String problem, int poll) {
        int failures = backoffs.containsKey(feed) ? backoffs.get(feed).failures() + 1 : 1;
        int wait = Math.min(1 << Math.min(failures - 1, 30), WatchCommand.MAX_BACKOFF);
        backoffs.put(feed, new Backoff(failures, poll + wait));
        err.println(name + ": " + feed + ": " + problem + " (" + failures + " failure(s) in a row; next try at poll "
                + (poll + wait) + ")");
    }

    private static Supplier<Coder> memoized(Supplier<Coder> coders) {
        Coder[] coder = {null};
        return () -> {
            if (coder[0] == null) {
                coder[0] = coders.get();
            }
            return coder[0];
        };
    }
}
