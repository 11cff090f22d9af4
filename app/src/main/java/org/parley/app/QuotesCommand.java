package org.parley.app;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.store.Listings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley quotes [--speaker X] [--about Y] [--limit N]}: stored quotations, newest first, with speaker, code,
 * date and headline. X is a name fragment or an actor code prefix; Y words of the quote or an actor code prefix of
 * an actor named inside it.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true, description = "List stored quotations by speaker or subject.")
public final class QuotesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption db = new DatabaseOption();

    @Option(names = "--speaker", paramLabel = "X", description = "Speaker name fragment or actor code (Blinken, USAGOV).")
    private Optional<String> speaker = Optional.empty();

    @Option(names = "--about", paramLabel = "Y", description = "Words in the quote, or an actor code named in it.")
    private Optional<String> about = Optional.empty();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Override
    public Integer call() {
        return Databases.read(db.file, "quotes", spec.commandLine().getOut(), spec.commandLine().getErr(), store ->
                TextTable.render(List.of("DATE", "SPEAKER", "CODE", "QUOTE"),
                        new Listings(store).quotes(speaker, about, limit).stream()
                                .map(q -> List.of(q.published().map(Object::toString).orElse("-"),
                                        q.speakerName().isEmpty() ? "?" : q.speakerName(),
                                        q.speakerActor().isEmpty() ? "-" : q.speakerActor(),
                                        "\u201C" + q.text() + "\u201D")).toList()));
    }
}
