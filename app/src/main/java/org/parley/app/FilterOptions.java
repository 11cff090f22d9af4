package org.parley.app;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.parley.store.EventFilter;
import picocli.CommandLine.Option;

/**
 * The event filters shared by {@code events}, {@code export} and {@code issues}: a picocli mixin turned into an
 * {@link EventFilter} by {@link #filter}.
 */
final class FilterOptions {
    @Option(names = "--actor", paramLabel = "CODE", description = "Either side starts with CODE (USA, USAGOV, IGONATO).")
    Optional<String> actor = Optional.empty();

    @Option(names = "--dyad", paramLabel = "A-B", description = "Source starts with A and target with B (USA-CHN).")
    Optional<String> dyad = Optional.empty();

    @Option(names = "--both-directions", description = "With --dyad: also events from B to A.")
    boolean bothDirections;

    @Option(names = {"--code", "--root"}, paramLabel = "CAMEO", description = "CAMEO code or root prefix (19, 042).")
    Optional<String> code = Optional.empty();

    @Option(names = "--quad", paramLabel = "1-4", description = "GDELT QuadClass.")
    Optional<Integer> quadClass = Optional.empty();

    @Option(names = "--plover", paramLabel = "TYPE", description = "PLOVER event type (CONSULT, ASSAULT, ...).")
    Optional<String> plover = Optional.empty();

    @Option(names = "--issue", paramLabel = "CODE", description = "Events about this issue (TAIWAN, TRADE_DISPUTE, ...).")
    Optional<String> issue = Optional.empty();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = CodeCommand.DayConverter.class,
            description = "First day of the event (inclusive).")
    Optional<LocalDate> from = Optional.empty();

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = CodeCommand.DayConverter.class,
            description = "Last day of the event (inclusive).")
    Optional<LocalDate> to = Optional.empty();

    @Option(names = "--text", paramLabel = "TEXT", description = "The evidence contains TEXT (any case).")
    Optional<String> text = Optional.empty();

    @Option(names = "--happened", description = "Only events that happened (asserted or past).")
    boolean happened;

    @Option(names = "--min-confidence", paramLabel = "C",
            description = "Only events whose confidence (0..1, the best of their reports) is at least C; events "
                    + "stored before schema v4 have none.")
    Optional<Double> minConfidence = Optional.empty();

    /**
     * The filter these options describe.
     *
     * @throws IllegalArgumentException naming the bad value (malformed dyad or code, QuadClass, confidence outside
     *                                  0..1, --from after --to)
     */
    EventFilter filter() {
        Optional<String> source = Optional.empty();
        Optional<String> target = Optional.empty();
        if (dyad.isPresent()) {
            String[] parts = dyad.get().split("-");
            if (parts.length != 2) {
                throw new IllegalArgumentException("malformed dyad '" + dyad.get() + "' (want A-B, e.g. USA-CHN)");
            }
            source = Optional.of(parts[0]);
            target = Optional.of(parts[1]);
        }
        return new EventFilter(actor, source, target, bothDirections, code.map(String::strip), quadClass,
                plover.map(p -> p.toUpperCase(Locale.ROOT)), issue.map(i -> i.toUpperCase(Locale.ROOT)), from, to,
                text, happened, minConfidence);
    }
}
