package org.parley.app.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.parley.model.CodedArticle;
import org.parley.model.Event;

/**
 * Sentence classification accuracy, for gold data that labels each sentence with one class instead of listing
 * events (ConfliBERT's penta classes, PLOVER categories). The product's class for a sentence is the class of its
 * first predicted event (asserted, or past with a date: {@code modality().happened()}), in text order; a sentence
 * with no predicted event is class {@code none}, which is always wrong (every gold sentence has a class).
 * "any event" accuracy counts a sentence right when any of its predicted events has the gold class (the
 * best-match rule for sentences where the product finds several events).
 */
public final class ClassAccuracy {
    /** The class of no predicted event. */
    public static final String NONE = "none";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final Function<Event, Set<String>> classes;

    /**
     * @param name    what the class is ("penta class", "plover category"), for reports
     * @param classes the classes of a predicted event (usually one; empty when it has none)
     */
    public ClassAccuracy(String name, Function<Event, Set<String>> classes) {
        this.name = Objects.requireNonNull(name, "name");
        this.classes = Objects.requireNonNull(classes, "classes");
    }

    /**
     * A gold sentence with its class.
     *
     * @param id       unique within its file
     * @param date     publication day, when known
     * @param text     the sentence
     * @param label    the gold class as the file gives it
     * @param accepted the product classes that count as right for it (usually {label})
     */
    public record LabelledCase(String id, Optional<LocalDate> date, String text, String label, Set<String> accepted) {
        public LabelledCase {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(label, "label");
            accepted = Set.copyOf(accepted);
            if (text.isBlank()) {
                throw new IllegalArgumentException("blank text in case " + id);
            }
        }
    }

    /** A labelled case with what the product made of its text. */
    public record Coded(LabelledCase gold, CodedArticle coded) {
        public Coded {
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(coded, "coded");
        }
    }

    /**
     * The scores.
     *
     * @param name      what the class is
     * @param first     sentences whose first predicted event has an accepted class, over all sentences
     * @param any       sentences with any predicted event of an accepted class, over all sentences
     * @param noEvent   sentences with no predicted event
     * @param perLabel  per gold label: right (first event) over sentences with that label
     * @param confusion "gold>predicted" (first event's class, or none) to count, wrong sentences only
     * @param misses    "id: gold X, got Y: text" for each wrong sentence (first event)
     */
    public record Result(String name, Ratio first, Ratio any, int noEvent, Map<String, Ratio> perLabel,
                         Map<String, Integer> confusion, List<String> misses) {
        public Result {
            perLabel = Map.copyOf(perLabel);
            confusion = Map.copyOf(confusion);
            misses = List.copyOf(misses);
        }

        /** One line with counts, then per-label lines (and the misses when verbose). */
        public String toText(boolean verbose) {
            String nl = System.lineSeparator();
            StringBuilder sb = new StringBuilder();
            sb.append(name).append(" accuracy ").append(first).append(" (first predicted event; ")
                    .append(noEvent).append(" sentences with no event), any event ").append(any).append(nl);
            new TreeMap<>(perLabel).forEach((label, r) -> sb.append("  ").append(label).append(": ").append(r)
                    .append(nl));
            if (!confusion.isEmpty()) {
                sb.append("  wrong (gold>got count):");
                confusion.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .forEach(e -> sb.append(' ').append(e.getKey()).append(' ').append(e.getValue()));
                sb.append(nl);
            }
            if (verbose) {
                misses.forEach(m -> sb.append("  ").append(m).append(nl));
            }
            return sb.toString();
        }

        /** The same as a JSON object (ratios as value, hits and total; a zero denominator gives null). */
        public ObjectNode toJson() {
            ObjectNode o = JSON.createObjectNode();
            o.put("name", name).put("cases", first.total());
            ratio(o, "accuracy", "correct", first);
            ratio(o, "any_event_accuracy", "any_event_correct", any);
            o.put("no_event", noEvent);
            ObjectNode labels = o.putObject("per_label");
            new TreeMap<>(perLabel).forEach((label, r) -> ratio(labels.putObject(label), "accuracy", "correct", r));
            ObjectNode c = o.putObject("confusion");
            new TreeMap<>(confusion).forEach(c::put);
            return o;
        }

        private static void ratio(ObjectNode o, String key, String hitsKey, Ratio r) {
            r.value().ifPresentOrElse(v -> o.put(key, v), () -> o.putNull(key));
            o.put(hitsKey, r.hits()).put("total", r.total());
        }
    }

    /** Scores the sentences. */
    public Result score(List<Coded> cases) {
        int first = 0;
        int any = 0;
        int noEvent = 0;
        Map<String, int[]> perLabel = new TreeMap<>();
        Map<String, Integer> confusion = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Coded c : cases) {
            List<Event> predicted = c.coded().events().stream().filter(e -> e.modality().happened())
                    .sorted(Comparator.comparingInt(Event::sentence).thenComparingInt(Event::start)).toList();
            int[] counts = perLabel.computeIfAbsent(c.gold().label(), k -> new int[2]);
            counts[1]++;
            Set<String> got = predicted.isEmpty() ? Set.of(NONE) : classes.apply(predicted.get(0));
            boolean right = got.stream().anyMatch(c.gold().accepted()::contains);
            if (predicted.isEmpty()) {
                noEvent++;
            }
            if (right) {
                first++;
                counts[0]++;
            } else {
                String shown = got.isEmpty() ? "?" : String.join("|", new TreeSet<>(got));
                confusion.merge(c.gold().label() + ">" + shown, 1, Integer::sum);
                misses.add(c.gold().id() + ": gold " + c.gold().label() + ", got " + shown
                        + (predicted.isEmpty() ? "" : " (" + predicted.get(0).source().code() + "->"
                        + predicted.get(0).target().code() + " " + predicted.get(0).code() + " \""
                        + predicted.get(0).trigger() + "\")") + ": " + c.gold().text());
            }
            if (predicted.stream().anyMatch(e -> classes.apply(e).stream().anyMatch(c.gold().accepted()::contains))) {
                any++;
            }
        }
        Map<String, Ratio> labels = new TreeMap<>();
        perLabel.forEach((label, n) -> labels.put(label, new Ratio(n[0], n[1])));
        return new Result(name, new Ratio(first, cases.size()), new Ratio(any, cases.size()), noEvent, labels,
                confusion, misses);
    }

    /**
     * The penta class of a CAMEO root as ConfliBERT labels it (shared/data/conflibert-cameo/SOURCE.md):
     * 0 statements/appeals (01-02), 1 verbal cooperation (03-05), 2 material cooperation (06-08),
     * 3 verbal conflict (09-13 and 16), 4 material conflict (14-15 and 17-20).
     */
    public static String penta(int root) {
        if (root < 1 || root > 20) {
            throw new IllegalArgumentException("CAMEO root out of 1..20: " + root);
        }
        if (root <= 2) {
            return "0";
        }
        if (root <= 5) {
            return "1";
        }
        if (root <= 8) {
            return "2";
        }
        if (root <= 13 || root == 16) {
            return "3";
        }
        return "4";
    }

    /** Penta-class accuracy (ConfliBERT). */
    public static ClassAccuracy penta() {
        return new ClassAccuracy("penta class", e -> Set.of(penta(e.code().rootNumber())));
    }
}
