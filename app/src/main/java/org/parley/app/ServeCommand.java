package org.parley.app;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.pipeline.Pipeline;
import org.parley.store.EventStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley serve [--db FILE] [--host 127.0.0.1] [--port 8080] [--token-file FILE] [--max-upload-kb 256]}: serves
 * the dashboard's pages and the JSON API ({@link WebApi}) over a database opened read-only, prints its URL and runs
 * until the process is stopped. Text uploaded to {@code /api/code} is coded with parley's pipeline, loaded on the
 * first upload (10-25 s, about 1.5 GB of heap) and kept for the next ones; nothing uploaded is stored.
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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Javalin app;
        try {
            if (maxUploadKb < 1 || maxUploadKb > 64 * 1024) {
                throw new IllegalArgumentException("--max-upload-kb must be 1-65536: " + maxUploadKb);
            }
            app = start(db.file, host, port, tokenFile, new WebUpload(new LazyCoder(
                    () -> Pipeline.standard(tables -> dictionaries.apply(tables, err))::code), maxUploadKb * 1024));
        } catch (IllegalArgumentException | StoreException e) {
            err.println("parley serve: " + e.getMessage());
            err.flush();
            return 1;
        }
        out.println("parley serve: " + url(host, app.port()) + " (database " + db.file + ", read-only; Ctrl-C stops)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            app.stop();
        }
        return 0;
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
        EventStore store = EventStore.openReadOnly(db);
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
