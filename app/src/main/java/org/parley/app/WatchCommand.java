package org.parley.app;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.store.Coding;
import org.parley.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code parley watch --feeds FILE [--every 15m] [--db FILE] [--cycles N]}: polls a list of feeds (one URL or
 * file per line; blank lines and {@code #} comments skipped; the file is read again at every poll) on a schedule,
 * like GDELT's 15-minute cycle, and ingests what is new (articles already stored are skipped; with
 * {@code --fetch}, entries whose page URL is stored are not fetched again). A feed that fails is reported and
 * retried with back-off: after k failures in a row it is skipped for the next 2^(k-1) - 1 polls (at most 15),
 * while the other feeds go on. The coding pipeline is loaded once; the database is opened for each poll only, so
 * other processes ({@code parley stats}) can read it between polls. Stdout has one line per poll:
 * {@code poll N: stored N, skipped N duplicate(s), failed N; events N, quotes N}. Exit 0 after {@code --cycles}
 * polls (or when interrupted), 1 when the feeds file cannot be read at the start.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll feeds on a schedule and ingest what is new; a failing feed is retried with back-off.")
public final class WatchCommand implements Callable<Integer> {
    /** Polls a failing feed may be skipped in a row, at most. */
    static final int MAX_BACKOFF = 16;

    /** Waits between polls; tests pass one that does not sleep. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private DictionaryOptions dictionaries = new DictionaryOptions();

    @Mixin
    private ReadingOptions reading = new ReadingOptions();

    @Option(names = "--feeds", paramLabel = "FILE", required = true,
            description = "A file with one feed URL or feed file per line (# starts a comment).")
    private Path feedsFile;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m", converter = DurationConverter.class,
            description = "Time between polls: 90s, 15m, 1h (default: ${DEFAULT-VALUE}).")
    private Duration every;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = IngestCommand.DEFAULT_DB,
            description = "DuckDB file to store into, created if missing (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Option(names = "--cycles", paramLabel = "N", defaultValue = "0",
            description = "Stop after N polls (default: ${DEFAULT-VALUE}, run until interrupted).")
    private int cycles;

    private final Supplier<Coder> coders;
    private final Sleeper sleeper;

    /** The command with the standard pipeline, loaded on the first article to code, and real sleeping. */
    public WatchCommand() {
        this.coders = () -> dictionaries.pipeline(spec.commandLine().getErr());
        this.sleeper = d -> Thread.sleep(d.toMillis());
    }

    /** The command with given coders and sleeper (tests). */
    WatchCommand(Supplier<Coder> coders, Sleeper sleeper) {
        this.coders = coders;
        this.sleeper = sleeper;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> problem = reading.problem();
        if (problem.isPresent()) {
            return fail(err, problem.get());
        }
        if (cycles < 0) {
            return fail(err, "--cycles must be 0 (forever) or more: " + cycles);
        }
        Coding coding;
        try {
            coding = new Coding(Version.current(), TablesVersion.of(dictionaries));
        } catch (UncheckedIOException | IllegalStateException e) {
            return fail(err, e.getMessage());
        }
        FeedWatcher watcher = new FeedWatcher("parley watch", feedsFile, every,
                reading.toReadOptions(InputStream.nullInputStream()), coders, sleeper, poll -> {
                    try (EventStore store = EventStore.open(db, coding)) {
                        poll.accept(store);
                    }
                }, out, err);
        List<String> feeds;
        try {
            feeds = watcher.feeds();
        } catch (UncheckedIOException e) {
            return fail(err, e.getMessage());
        }
        watcher.run(feeds, cycles);
        return 0;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("parley watch: " + message);
        err.flush();
        return 1;
    }

    /** Parses {@code --every}: a number with s, m or h ("90s", "15m", "1h"), or ISO-8601 ("PT15M"); at least 1 s. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*([smh])");

        @Override
        public Duration convert(String value) {
            String s = value.strip().toLowerCase(Locale.ROOT);
            Matcher m = SHORT.matcher(s);
            Duration d;
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                d = switch (m.group(2)) {
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofHours(n);
                };
            } else {
                try {
                    d = Duration.parse(value.strip().toUpperCase(Locale.ROOT));
                } catch (DateTimeParseException e) {
                    throw new TypeConversionException("not a duration (90s, 15m, 1h): " + value);
                }
            }
            if (d.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new TypeConversionException("a poll interval must be at least 1s: " + value);
            }
            return d;
        }
    }
}
