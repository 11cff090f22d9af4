package org.parley.app;

import io.javalin.Javalin;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.parley.pipeline.Pipeline;
import org.parley.store.Coding;
import org.parley.store.EventStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley serve [--db FILE] [--host 127.0.0.1] [--port 8080] [--token-file FILE] [--max-upload-kb 256]
 * [--watch FEEDS_FILE [--every 15m] [reading options]]}: serves the dashboard's pages and the JSON API
 * ({@link WebApi}) over a database opened read-only, prints its URL and runs until the process is stopped. Text
 * uploaded to {@code /api/code} is coded with parley's pipeline, loaded on the first upload (10-25 s, about 1.5 GB of
 * heap) and kept for the next ones; nothing uploaded is stored.
 *
 * <p>With {@code --watch}, the database is opened read-write (created if missing) and the feed watcher of
 * {@code parley watch} ({@link FeedWatcher}) polls the feeds on a thread of its own, storing into the same
 * connection: a save holds the store's monitor, which the API's queries also hold, so pages never see half an
 * article. Uploads and the watcher share one pipeline.
 *
 * <p>Bound to a loopback address it needs no token; bound to any other address it refuses to start without
 * {@code --token-file}, and then every request must carry {@code Authorization: Bearer TOKEN} (401 otherwise).
 * Exit 1 with one line on a missing or unreadable database, an unknown host, a port in use or a bad token file.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a dashboard and a JSON API over the database's events, dyads, articles, quotes, actors "
                + "and issues; code uploaded text on the fly.")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption db = new DatabaseOption();

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}); other than loopback needs --token-file.")
    private String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the bearer token every request must carry (at least 16 characters).")
    private Optional<Path> tokenFile = Optional.empty();

    @Mixin
    private DictionaryOptions dictionaries = new DictionaryOptions();

    @Option(names = "--max-upload-kb", paramLabel = "KIB", defaultValue = "256",
            description = "Largest text or file /api/code accepts, in KiB (default: ${DEFAULT-VALUE}).")
    private int maxUploadKb;

    @Option(names = "--watch", paramLabel = "FEEDS_FILE",
            description = "Also poll these feeds (as parley watch --feeds) and store what is new; opens the database "
                    + "read-write.")
    private Optional<Path> watch = Optional.empty();

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m",
            converter = WatchCommand.DurationConverter.class,
            description = "With --watch: time between polls, 90s, 15m, 1h (default: ${DEFAULT-VALUE}).")
    private Duration every;

    @Mixin
    private ReadingOptions reading = new ReadingOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LazyCoder coder = new LazyCoder(() -> Pipeline.standard(tables -> dictionaries.apply(tables, err))::code);
        Javalin app;
        Optional<Thread> watcher = Optional.empty();
        try {
            if (maxUploadKb < 1 || maxUploadKb > 64 * 1024) {
                throw new IllegalArgumentException("--max-upload-kb must be 1-65536: " + maxUploadKb);
            }
            WebUpload upload = new WebUpload(coder, maxUploadKb * 1024);
            if (watch.isEmpty()) {
                app = start(db.file, host, port, tokenFile, upload);
            } else {
                Optional<String> problem = reading.problem();
                if (problem.isPresent()) {
                    throw new IllegalArgumentException(problem.get());
                }
                Coding coding = new Coding(Version.current(), TablesVersion.of(dictionaries));
                Served served = startReadWrite(db.file, coding, host, port, tokenFile, upload);
                app = served.app();
                FeedWatcher feeds = new FeedWatcher("parley serve", watch.get(), every,
                        reading.toReadOptions(InputStream.nullInputStream()), () -> coder,
                        d -> Thread.sleep(d.toMillis()), poll -> poll.accept(served.store()), out, err);
                watcher = Optional.of(watcherThread(feeds, app));
            }
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException | StoreException e) {
            err.println("parley serve: " + e.getMessage());
            err.flush();
            return 1;
        }
        out.println("parley serve: " + url(host, app.port()) + " (database " + db.file
                + (watch.isPresent() ? ", read-write; watching the feeds of " + watch.get() + " every " + every
                        .toString().substring(2).toLowerCase(Locale.ROOT) : ", read-only") + "; Ctrl-C stops)");
        out.flush();
        watcher.ifPresent(Thread::start);
        CountDownLatch stopped = new CountDownLatch(1);
        Optional<Thread> polling = watcher;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop(polling, app);
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(polling, app);
        }
        return 0;
    }

    /**
     * Reads the feeds file once (failing now, like {@code parley watch}, when it cannot be read, and then stopping
     * the server) and returns the daemon thread, named "parley-watch" and not yet started, that runs the watcher until
     * interrupted.
     */
    private static Thread watcherThread(FeedWatcher feeds, Javalin app) {
        List<String> first;
        try {
            first = feeds.feeds();
        } catch (UncheckedIOException e) {
            app.stop();
            throw e;
        }
        Thread thread = new Thread(() -> feeds.run(first, 0), "parley-watch");
        thread.setDaemon(true);
        return thread;
    }

    /** Stops the watcher (waiting up to a minute for a poll in progress to finish), then the server. */
    private static void stop(Optional<Thread> watcher, Javalin app) {
        watcher.ifPresent(thread -> {
            thread.interrupt();
            try {
                thread.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        app.stop();
    }

    /** A started server and the read-write store it serves (closed when the server stops). */
    record Served(Javalin app, EventStore store) {
    }

    /**
     * As {@link #start(Path, String, int, Optional, WebUpload)}, over {@code db} opened read-write (created with the
     * current schema if missing) with {@code coding} recorded on what is saved: for a watcher storing into the served
     * database.
     *
     * @throws IllegalArgumentException as {@link #start(Path, String, int, Optional, WebUpload)}
     * @throws StoreException           when the database cannot be opened (another process writes it)
     */
    static Served startReadWrite(Path db, Coding coding, String host, int port, Optional<Path> tokenFile,
                                 WebUpload upload) {
        EventStore[] opened = {null};
        Javalin app = start(() -> opened[0] = EventStore.open(db, coding), host, port, tokenFile, upload);
        return new Served(app, opened[0]);
    }

    /**
     * Opens {@code db} read-only and starts the pages and API on {@code host:port} (port 0: a free one, see
     * {@link Javalin#port()}), coding uploads with the standard pipeline (loaded on the first upload) up to
     * {@link WebUpload#DEFAULT_MAX_BYTES}; stopping the server closes the store.
     *
     * @throws IllegalArgumentException on an unknown host, a non-loopback host without a token file, a bad token
     *                                  file or a port that cannot be bound
     * @throws StoreException           when the database cannot be opened
     */
    static Javalin start(Path db, String host, int port, Optional<Path> tokenFile) {
        return start(db, host, port, tokenFile, new WebUpload(new LazyCoder(() -> Pipeline.standard()::code),
                WebUpload.DEFAULT_MAX_BYTES));
    }

    /**
     * As {@link #start(Path, String, int, Optional)}, coding uploads with {@code upload} (tests hand in their own
     * coder and cap).
     */
    static Javalin start(Path db, String host, int port, Optional<Path> tokenFile, WebUpload upload) {
        return start(() -> EventStore.openReadOnly(db), host, port, tokenFile, upload);
    }

    private static Javalin start(Supplier<EventStore> open, String host, int port, Optional<Path> tokenFile,
                                 WebUpload upload) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0-65535: " + port);
        }
        boolean loopback;
        try {
            loopback = InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host '" + host + "'");
        }
        if (!loopback && tokenFile.isEmpty()) {
            throw new IllegalArgumentException("refusing to serve on non-loopback address " + host
                    + " without --token-file (every request would be unauthenticated)");
        }
        Optional<BearerToken> token = tokenFile.map(BearerToken::read);
        EventStore store = open.get();
        Javalin app = WebApi.create(store, token, upload);
        app.events(e -> e.serverStopped(store::close));
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            store.close();
            throw new IllegalArgumentException("cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
        return app;
    }

    /** "http://HOST:PORT/", with an IPv6 host in brackets. */
    static String url(String host, int port) {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/";
    }
}
