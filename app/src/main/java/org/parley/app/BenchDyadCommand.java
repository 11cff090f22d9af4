package org.parley.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.analytics.Period;
import org.parley.store.DyadAnalysis;
import org.parley.store.DyadReport;
import org.parley.store.EventStore;
import org.parley.store.StoreException;
import org.parley.store.SyntheticEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley bench-dyad [--events N] [--db FILE] [--runs N]}: builds a synthetic database of N events (default
 * 1,000,000) over 2014-2023 ({@link SyntheticEvents}), unless FILE already holds one, then times {@code parley dyad USA
 * CHN --by week --both-directions} over the ten years in process: three warm-up runs, then N timed runs; prints the
 * median, minimum and maximum in milliseconds with the series' size, and the time of a fresh analysis's first
 * series (which also counts the volume of every period, then kept while the data do not change). The figures are
 * printed, never asserted.
 */
@Command(name = "bench-dyad", mixinStandardHelpOptions = true,
        description = "Time a 10-year weekly dyad series over a synthetic database of a million events.")
public final class BenchDyadCommand implements Callable<Integer> {
    private static final LocalDate FROM = LocalDate.of(2014, 1, 1);
    private static final LocalDate TO = LocalDate.of(2023, 12, 31);

    @Spec
    private CommandSpec spec;

    @Option(names = "--events", paramLabel = "N", defaultValue = "1000000",
            description = "Synthetic events to generate (default: ${DEFAULT-VALUE}).")
    private int events;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Database to build and reuse (default: a temporary file, deleted afterwards).")
    private Optional<Path> db = Optional.empty();

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10", description = "Timed runs (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (events < 1 || runs < 1) {
            err.println("parley bench-dyad: --events and --runs must be at least 1");
            err.flush();
            return 1;
        }
        Path file = db.orElse(Files.createTempDirectory("parley-bench").resolve("bench.duckdb"));
        boolean existed = Files.exists(file);
        try (EventStore store = EventStore.open(file, Version.current())) {
            if (!existed) {
                long t0 = System.nanoTime();
                new SyntheticEvents(store).generate(events, 42, FROM, TO);
                out.printf(Locale.ROOT, "generated %,d synthetic events in %.1f s (%s)%n", events,
                        (System.nanoTime() - t0) / 1e9, file);
                out.flush();
            }
            long cold = System.nanoTime();
            run(new DyadAnalysis(store));
            double coldMs = (System.nanoTime() - cold) / 1e6;
            DyadAnalysis analysis = new DyadAnalysis(store);
            DyadReport report = null;
            for (int i = 0; i < 3; i++) {
                report = run(analysis);
            }
            double[] ms = new double[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                report = run(analysis);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            long inDyad = report.series().points().stream().mapToLong(p -> p.counts().total()).sum();
            out.printf(Locale.ROOT, "dyad USA<->CHN by week %s..%s: %d periods, %,d of the dyad's events, "
                    + "%d turning points%n", FROM, TO, report.series().points().size(), inDyad,
                    report.turningPoints().size());
            out.printf(Locale.ROOT, "time per series (in process, after 3 warm-up runs, %d runs): median %.1f ms, "
                    + "min %.1f ms, max %.1f ms%n", runs, ms[runs / 2], ms[0], ms[runs - 1]);
            out.printf(Locale.ROOT, "first series of a fresh analysis (counting every period's volume too): %.1f ms%n",
                    coldMs);
        } catch (StoreException | IllegalArgumentException e) {
            err.println("parley bench-dyad: " + e.getMessage());
            err.flush();
            return 1;
        } finally {
            if (db.isEmpty()) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(file.resolveSibling("bench.duckdb.wal"));
                Files.deleteIfExists(file.getParent());
            }
        }
        out.flush();
        return 0;
    }

    private static DyadReport run(DyadAnalysis analysis) {
        return analysis.report("USA", "CHN", true, Period.WEEK, Optional.of(FROM), Optional.of(TO)).orElseThrow();
    }
}
