package org.parley.app.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The scores of one eval run, as {@code shared/eval/FORMAT.md} defines them.
 *
 * @param cases     number of gold cases scored
 * @param events    event matching scores
 * @param quotes    quotation scores
 * @param actors    actor resolution scores
 * @param issues    issue scores, micro-averaged over cases
 * @param confusion gold root against predicted root for false alarms on a gold dyad, ordered by gold then predicted root
 * @param details   per case with any miss or false alarm, in case order
 */
public record EvalReport(int cases, EventScores events, QuoteScores quotes, ActorScores actors, IssueScores issues,
                         List<ConfusionCell> confusion, List<CaseReport> details) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public EvalReport {
        if (cases < 0) {
            throw new IllegalArgumentException("negative case count: " + cases);
        }
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(quotes, "quotes");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(issues, "issues");
        confusion = List.copyOf(confusion);
        details = List.copyOf(details);
    }

    /**
     * Event scores. Predictions = tp + fp + optionalMatched.
     *
     * @param tp              predictions matched to a required gold event
     * @param fp              predictions matched to nothing
     * @param fn              required gold events matched to nothing
     * @param optionalMatched predictions matched to an optional gold event (outside precision's denominator)
     * @param exactCode       matched events whose predicted code is one of the gold codes, over matched events
     * @param fullActors      matched events whose source and target codes equal the gold's, over matched events
     * @param date            matched events with a gold date whose predicted date agrees, over those events
     */
    public record EventScores(int tp, int fp, int fn, int optionalMatched, Ratio exactCode, Ratio fullActors,
                              Ratio date) {
        public EventScores {
            if (tp < 0 || fp < 0 || fn < 0 || optionalMatched < 0) {
                throw new IllegalArgumentException("negative event count: tp " + tp + ", fp " + fp + ", fn " + fn
                        + ", optional " + optionalMatched);
            }
            Objects.requireNonNull(exactCode, "exactCode");
            Objects.requireNonNull(fullActors, "fullActors");
            Objects.requireNonNull(date, "date");
        }

        public Ratio precision() {
            return new Ratio(tp, tp + fp);
        }

        public Ratio recall() {
            return new Ratio(tp, tp + fn);
        }

        public Optional<Double> f1() {
            return Ratio.f1(precision(), recall());
        }
    }

    /**
     * Quotation scores.
     *
     * @param predicted      quotations the product found
     * @param total          gold quotations
     * @param matched        gold quotations matched one to one by a predicted quotation containing their fragment
     * @param speakerCorrect matched quotations whose speaker is right
     */
    public record QuoteScores(int predicted, int total, int matched, int speakerCorrect) {
        public QuoteScores {
            if (matched < 0 || matched > predicted || matched > total || speakerCorrect < 0 || speakerCorrect > matched) {
                throw new IllegalArgumentException("inconsistent quote counts: predicted " + predicted + ", total "
                        + total + ", matched " + matched + ", speaker " + speakerCorrect);
            }
        }

        public Ratio precision() {
            return new Ratio(matched, predicted);
        }

        public Ratio recall() {
            return new Ratio(matched, total);
        }

        public Ratio speakerAccuracy() {
            return new Ratio(speakerCorrect, total);
        }
    }

    /** Gold actors resolved right, over gold actors. */
    public record ActorScores(int correct, int total) {
        public ActorScores {
            new Ratio(correct, total);
        }

        public Ratio accuracy() {
            return new Ratio(correct, total);
        }
    }

    /** Issue codes (those of ISSUES.md only) summed over cases. */
    public record IssueScores(int tp, int fp, int fn) {
        public IssueScores {
            if (tp < 0 || fp < 0 || fn < 0) {
                throw new IllegalArgumentException("negative issue count: tp " + tp + ", fp " + fp + ", fn " + fn);
            }
        }

        public Ratio precision() {
            return new Ratio(tp, tp + fp);
        }

        public Ratio recall() {
            return new Ratio(tp, tp + fn);
        }

        public Optional<Double> f1() {
            return Ratio.f1(precision(), recall());
        }
    }

    /** How many false alarms on a gold dyad had {@code predictedRoot} where the gold's first code has {@code goldRoot}. */
    public record ConfusionCell(String goldRoot, String predictedRoot, int count) {
        public ConfusionCell {
            Objects.requireNonNull(goldRoot, "goldRoot");
            Objects.requireNonNull(predictedRoot, "predictedRoot");
            if (count < 1) {
                throw new IllegalArgumentException("confusion count must be positive: " + count);
            }
        }
    }

    /** One case's errors, as readable lines: misses (and wrong answers) and false alarms. */
    public record CaseReport(String id, List<String> misses, List<String> falseAlarms) {
        public CaseReport {
            Objects.requireNonNull(id, "id");
            misses = List.copyOf(misses);
            falseAlarms = List.copyOf(falseAlarms);
        }
    }

    /** The report without per-case details. */
    public String toText() {
        return toText(false);
    }

    /** Human-readable report, every figure with its counts; with {@code verbose} each case's errors follow. */
    public String toText(boolean verbose) {
        StringBuilder out = new StringBuilder();
        out.append("cases ").append(cases).append('\n');
        out.append("event precision ").append(events.precision())
                .append("  recall ").append(events.recall())
                .append("  F1 ").append(Ratio.format(events.f1()))
                .append(String.format(Locale.ROOT, " (tp %d, fp %d, fn %d; %d optional matched)%n",
                        events.tp(), events.fp(), events.fn(), events.optionalMatched()));
        out.append("event exact code ").append(events.exactCode())
                .append("  full actors ").append(events.fullActors())
                .append("  date ").append(events.date()).append('\n');
        out.append("quote precision ").append(quotes.precision())
                .append("  recall ").append(quotes.recall())
                .append("  speaker ").append(quotes.speakerAccuracy()).append('\n');
        out.append("actor accuracy ").append(actors.accuracy()).append('\n');
        out.append("issue precision ").append(issues.precision())
                .append("  recall ").append(issues.recall())
                .append("  F1 ").append(Ratio.format(issues.f1()))
                .append(String.format(Locale.ROOT, " (tp %d, fp %d, fn %d)%n", issues.tp(), issues.fp(), issues.fn()));
        appendConfusion(out);
        if (verbose) {
            for (CaseReport c : details) {
                out.append(c.id()).append('\n');
                c.misses().forEach(m -> out.append("  miss        ").append(m).append('\n'));
                c.falseAlarms().forEach(f -> out.append("  false alarm ").append(f).append('\n'));
            }
        }
        return out.toString();
    }

    private void appendConfusion(StringBuilder out) {
        if (confusion.isEmpty()) {
            out.append("root confusion: none\n");
            return;
        }
        TreeSet<String> rows = new TreeSet<>();
        TreeSet<String> columns = new TreeSet<>();
        confusion.forEach(c -> {
            rows.add(c.goldRoot());
            columns.add(c.predictedRoot());
        });
        out.append("root confusion (rows gold root, columns predicted root)\n     ");
        columns.forEach(c -> out.append(String.format(Locale.ROOT, "%4s", c)));
        out.append('\n');
        for (String r : rows) {
            out.append(String.format(Locale.ROOT, "  %2s ", r));
            for (String c : columns) {
                int n = confusion.stream().filter(x -> x.goldRoot().equals(r) && x.predictedRoot().equals(c))
                        .mapToInt(ConfusionCell::count).sum();
                out.append(String.format(Locale.ROOT, "%4s", n == 0 ? "." : Integer.toString(n)));
            }
            out.append('\n');
        }
    }

    /** The report as one JSON object on one line, with FORMAT.md's keys; a ratio without denominator is null. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("cases", cases);
        ObjectNode e = root.putObject("events");
        ratio(e, "precision", events.precision().value());
        ratio(e, "recall", events.recall().value());
        ratio(e, "f1", events.f1());
        e.put("tp", events.tp()).put("fp", events.fp()).put("fn", events.fn())
                .put("optional_matched", events.optionalMatched());
        ratio(e, "exact_code_accuracy", events.exactCode().value());
        ratio(e, "actor_accuracy", events.fullActors().value());
        ratio(e, "date_accuracy", events.date().value());
        e.put("matched", events.exactCode().total()).put("exact_code_correct", events.exactCode().hits())
                .put("actor_correct", events.fullActors().hits())
                .put("date_correct", events.date().hits()).put("date_total", events.date().total());
        ObjectNode q = root.putObject("quotes");
        q.put("predicted", quotes.predicted()).put("total", quotes.total()).put("matched", quotes.matched());
        ratio(q, "precision", quotes.precision().value());
        ratio(q, "recall", quotes.recall().value());
        q.put("speaker_correct", quotes.speakerCorrect());
        ratio(q, "speaker_accuracy", quotes.speakerAccuracy().value());
        ObjectNode a = root.putObject("actors");
        a.put("correct", actors.correct()).put("total", actors.total());
        ratio(a, "accuracy", actors.accuracy().value());
        ObjectNode i = root.putObject("issues");
        ratio(i, "precision", issues.precision().value());
        ratio(i, "recall", issues.recall().value());
        ratio(i, "f1", issues.f1());
        i.put("tp", issues.tp()).put("fp", issues.fp()).put("fn", issues.fn());
        ArrayNode cells = root.putArray("confusion");
        confusion.forEach(c -> cells.addObject().put("gold", c.goldRoot()).put("predicted", c.predictedRoot())
                .put("count", c.count()));
        return root.toString();
    }

    private static void ratio(ObjectNode node, String key, Optional<Double> value) {
        if (value.isPresent()) {
            node.put(key, Math.round(value.get() * 10_000) / 10_000.0);
        } else {
            node.putNull(key);
        }
    }
}
