package org.parley.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.parley.store.Listings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley issues [filters] [--limit N]}: issues by the number of stored articles about them, with their events
 * and their most frequent evidence; with filters, only the issues of the events kept.
 */
@Command(name = "issues", mixinStandardHelpOptions = true, description = "List the issues of stored articles and events.")
public final class IssuesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption db = new DatabaseOption();

    @Mixin
    private FilterOptions filters = new FilterOptions();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "30", description = "At most N (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Override
    public Integer call() {
        return Databases.read(db.file, "issues", spec.commandLine().getOut(), spec.commandLine().getErr(), store ->
                TextTable.render(List.of("ISSUE", "ARTICLES", "EVENTS", "EVIDENCE"),
                        new Listings(store).issues(filters.filter(), limit).stream()
                                .map(i -> List.of(i.code(), Long.toString(i.articles()), Long.toString(i.events()),
                                        i.evidence())).toList()));
    }
}
