package org.parley.app;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.store.Listings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley actors [filters] [--limit N]}: the most active actor codes among the stored events the filters keep:
 * events as source and as target, and the mean Goldstein value of what they did.
 */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "List the most active actors.")
public final class ActorsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption db = new DatabaseOption();

    @Mixin
    private FilterOptions filters = new FilterOptions();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Override
    public Integer call() {
        return Databases.read(db.file, "actors", spec.commandLine().getOut(), spec.commandLine().getErr(), store ->
                TextTable.render(List.of("ACTOR", "EVENTS", "AS_SOURCE", "AS_TARGET", "GOLDSTEIN_AS_SOURCE"),
                        new Listings(store).actors(filters.filter(), limit).stream()
                                .map(a -> List.of(a.code(), Long.toString(a.events()), Long.toString(a.asSource()),
                                        Long.toString(a.asTarget()),
                                        String.format(Locale.ROOT, "%+.2f", a.meanGoldstein()))).toList()));
    }
}
