package org.parley.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.analytics.DyadMove;
import org.parley.analytics.Trends;
import org.parley.store.Relations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley trends --from D --to D [--min-events N] [--limit N]}: the dyads whose cooperation–conflict index
 * moved most between the period and the equally long period before it (ranking: {@link Trends}).
 */
@Command(name = "trends", mixinStandardHelpOptions = true,
        description = "List the dyads that moved most in a period, against the period before.")
public final class TrendsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption db = new DatabaseOption();

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", converter = CodeCommand.DayConverter.class,
            description = "First day of the period.")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", converter = CodeCommand.DayConverter.class,
            description = "Last day of the period.")
    private LocalDate to;

    @Option(names = "--min-events", paramLabel = "N", defaultValue = "3",
            description = "Events a dyad needs in each period (default: ${DEFAULT-VALUE}).")
    private int minEvents;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Override
    public Integer call() {
        return Databases.read(db.file, "trends", spec.commandLine().getOut(), spec.commandLine().getErr(), store -> {
            List<DyadMove> moves = Trends.rank(new Relations(store).moves(from, to), minEvents, limit);
            long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
            return "dyads that moved most, " + from + ".." + to + " against " + from.minusDays(days) + ".."
                    + from.minusDays(1) + "\n" + TextTable.render(List.of("DYAD", "CHANGE", "INDEX", "GOLDSTEIN",
                    "EVENTS"), moves.stream().map(m -> List.of(m.dyad(),
                    String.format(Locale.ROOT, "%+.2f", m.change()),
                    String.format(Locale.ROOT, "%+.2f -> %+.2f", m.indexBefore(), m.indexAfter()),
                    String.format(Locale.ROOT, "%+.2f -> %+.2f", m.goldsteinBefore(), m.goldsteinAfter()),
                    m.eventsBefore() + " -> " + m.eventsAfter())).toList());
        });
    }
}
