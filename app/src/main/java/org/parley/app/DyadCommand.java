package org.parley.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.analytics.Period;
import org.parley.store.DyadAnalysis;
import org.parley.store.DyadReport;
import org.parley.store.EventStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley dyad A B [--by day|week|month] [--from D] [--to D] [--both-directions] [--format table|json|csv]
 * [--plot FILE.png|svg]}: the series of events from A to B per period (see {@link DyadView} for the columns and
 * {@code org.parley.analytics.DyadSeries} for the formulas) with its turning points and their reasons. A and B are
 * countries (USA), full actor codes (USAGOV) or IGO codes (IGONATO). Exit 1 with one line on a missing database, a
 * malformed code, a bad date or --from after --to; exit 0 with "no events" when the dyad has none.
 */
@Command(name = "dyad", mixinStandardHelpOptions = true,
        description = "How relations between A and B move: counts by QuadClass, mean Goldstein, "
                + "cooperation-conflict index per period, turning points and why.")
public final class DyadCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { table, json, csv }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "Source actor: country (USA), code (USAGOV) or IGO.")
    private String a;

    @Parameters(index = "1", paramLabel = "B", description = "Target actor, the same forms.")
    private String b;

    @Mixin
    private DatabaseOption db = new DatabaseOption();

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "month",
            description = "day, week or month (default: ${DEFAULT-VALUE}).")
    private String by;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = CodeCommand.DayConverter.class,
            description = "First day (default: the dyad's first event).")
    private Optional<LocalDate> from = Optional.empty();

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = CodeCommand.DayConverter.class,
            description = "Last day (default: the dyad's last event).")
    private Optional<LocalDate> to = Optional.empty();

    @Option(names = "--both-directions", description = "Count events from B to A too.")
    private boolean bothDirections;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--plot", paramLabel = "FILE", description = "Also draw the series to FILE.png or FILE.svg.")
    private Optional<Path> plot = Optional.empty();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (plot.isPresent()) {
            try {
                SeriesChart.checkFile(plot.get());
            } catch (IllegalArgumentException e) {
                return fail(err, e.getMessage());
            }
        }
        Optional<EventStore> opened = Databases.open(db.file, "dyad", err);
        if (opened.isEmpty()) {
            return 1;
        }
        Optional<DyadReport> report;
        try (EventStore store = opened.get()) {
            report = new DyadAnalysis(store).report(a, b, bothDirections, Period.parse(by), from, to);
        } catch (IllegalArgumentException | StoreException e) {
            return fail(err, e.getMessage());
        }
        if (report.isEmpty()) {
            out.println("no events from " + a.toUpperCase(Locale.ROOT) + " to " + b.toUpperCase(Locale.ROOT)
                    + (bothDirections ? " or back" : "") + " in " + db.file);
            out.flush();
            return 0;
        }
        switch (format) {
            case table -> out.print(DyadView.table(report.get()));
            case csv -> out.print(DyadView.csv(report.get()));
            case json -> out.println(DyadView.json(report.get()).toPrettyString());
        }
        out.flush();
        if (plot.isPresent()) {
            try {
                SeriesChart.write(report.get(), plot.get());
            } catch (IOException e) {
                return fail(err, "cannot write " + plot.get() + ": " + e.getMessage());
            }
        }
        return 0;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("parley dyad: " + message);
        err.flush();
        return 1;
    }
}
