package org.parley.app.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.parley.app.eval.EvalReport.ActorScores;
import org.parley.app.eval.EvalReport.CaseReport;
import org.parley.app.eval.EvalReport.ConfusionCell;
import org.parley.app.eval.EvalReport.EventScores;
import org.parley.app.eval.EvalReport.IssueScores;
import org.parley.app.eval.EvalReport.QuoteScores;
import org.parley.app.eval.GoldCase.GoldActor;
import org.parley.app.eval.GoldCase.GoldEvent;
import org.parley.app.eval.GoldCase.GoldQuote;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.Quote;

/**
 * Scores coded gold cases by the rules of {@code shared/eval/FORMAT.md}. Pure: no I/O after construction.
 */
public final class Scorer {
    private static final String ISSUE_CODES = "issue-codes.txt";
    private static final Pattern HONORIFIC = Pattern.compile("(?i)\\b(?:mr|mrs|ms|miss|dr|prof)\\b\\.?");

    private final Set<String> issueCodes;

    /** A scorer that counts only the given issue codes (others, gold or predicted, are ignored). */
    public Scorer(Set<String> issueCodes) {
        this.issueCodes = Set.copyOf(issueCodes);
    }

    /** A scorer over the issue codes of ISSUES.md, read from the resource {@code issue-codes.txt}. */
    public static Scorer standard() {
        return new Scorer(loadIssueCodes());
    }

    /** The issue codes of ISSUES.md: one a line in {@code issue-codes.txt}, '#' comments and blank lines skipped. */
    static Set<String> loadIssueCodes() {
        InputStream in = Scorer.class.getResourceAsStream(ISSUE_CODES);
        if (in == null) {
            throw new IllegalStateException("missing resource " + ISSUE_CODES);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return Set.copyOf(r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ISSUE_CODES, e);
        }
    }

    /** Scores every case; matching is case by case, the counts are summed. */
    public EvalReport score(List<CodedCase> cases) {
        Tally t = new Tally();
        for (CodedCase c : cases) {
            t.add(c);
        }
        List<ConfusionCell> confusion = t.confusion.entrySet().stream()
                .map(e -> new ConfusionCell(e.getKey().substring(0, 2), e.getKey().substring(3), e.getValue()))
                .toList();
        return new EvalReport(cases.size(),
                new EventScores(t.tp, t.fp, t.fn, t.optionalMatched, new Ratio(t.exactCode, t.matched),
                        new Ratio(t.fullActors, t.matched), new Ratio(t.dateRight, t.dated)),
                new QuoteScores(t.quotesPredicted, t.quotesGold, t.quotesMatched, t.speakersRight),
                new ActorScores(t.actorsRight, t.actorsGold),
                new IssueScores(t.issueTp, t.issueFp, t.issueFn),
                confusion, t.details);
    }

    /** Mutable running sums of one {@link #score} call. */
    private final class Tally {
        int tp;
        int fp;
        int fn;
        int optionalMatched;
        int matched;
        int exactCode;
        int fullActors;
        int dated;
        int dateRight;
        int quotesPredicted;
        int quotesGold;
        int quotesMatched;
        int speakersRight;
        int actorsGold;
        int actorsRight;
        int issueTp;
        int issueFp;
        int issueFn;
        final Map<String, Integer> confusion = new TreeMap<>();
        final List<CaseReport> details = new ArrayList<>();

        void add(CodedCase c) {
            List<String> misses = new ArrayList<>();
            List<String> falseAlarms = new ArrayList<>();
            events(c, misses, falseAlarms);
            quotes(c, misses, falseAlarms);
            actors(c, misses);
            issues(c, misses, falseAlarms);
            if (!misses.isEmpty() || !falseAlarms.isEmpty()) {
                details.add(new CaseReport(c.gold().id(), misses, falseAlarms));
            }
        }

        private void events(CodedCase c, List<String> misses, List<String> falseAlarms) {
            List<GoldEvent> gold = c.gold().events();
            List<Event> predictions = c.coded().events().stream().filter(Scorer::isPrediction).toList();
            EventMatcher.Result r = EventMatcher.match(gold, predictions);
            for (EventMatcher.Pair p : r.matched()) {
                if (p.gold().optional()) {
                    optionalMatched++;
                } else {
                    tp++;
                }
                matched++;
                exactCode += p.exactCode() ? 1 : 0;
                fullActors += p.exactActors() ? 1 : 0;
                if (p.gold().date().isPresent()) {
                    dated++;
                    boolean right = EventMatcher.dateAgrees(p.gold().date().get(), p.predicted().date());
                    dateRight += right ? 1 : 0;
                    if (!right) {
                        misses.add("date of " + p.gold().describe() + ": got "
                                + p.predicted().date().map(Object::toString).orElse("none"));
                    }
                }
            }
            fn += r.missed().size();
            fp += r.falseAlarms().size();
            r.missed().forEach(g -> misses.add(g.describe()));
            for (Event e : r.falseAlarms()) {
                falseAlarms.add(describe(e));
                EventMatcher.confusedWith(gold, e).ifPresent(g ->
                        confusion.merge(g.preferred().root() + ">" + e.code().root(), 1, Integer::sum));
            }
        }

        private void quotes(CodedCase c, List<String> misses, List<String> falseAlarms) {
            List<Quote> predicted = c.coded().quotes();
            boolean[] taken = new boolean[predicted.size()];
            quotesPredicted += predicted.size();
            quotesGold += c.gold().quotes().size();
            for (GoldQuote g : c.gold().quotes()) {
                Optional<Integer> hit = Optional.empty();
                for (int i = 0; i < predicted.size() && hit.isEmpty(); i++) {
                    if (!taken[i] && predicted.get(i).text().contains(g.contains())) {
                        hit = Optional.of(i);
                    }
                }
                if (hit.isEmpty()) {
                    misses.add("quote \"" + g.contains() + "\" (" + g.speaker() + ")");
                    continue;
                }
                taken[hit.get()] = true;
                quotesMatched++;
                Quote q = predicted.get(hit.get());
                if (speakerRight(g, q)) {
                    speakersRight++;
                } else {
                    misses.add("speaker of \"" + g.contains() + "\": " + g.speaker() + " " + g.speakerActor()
                            + ", got " + q.speakerName() + " " + q.speaker().map(a -> a.code()).orElse("-"));
                }
            }
            for (int i = 0; i < predicted.size(); i++) {
                if (!taken[i]) {
                    falseAlarms.add("quote \"" + predicted.get(i).text() + "\"");
                }
            }
        }

        private void actors(CodedCase c, List<String> misses) {
            for (GoldActor g : c.gold().actors()) {
                actorsGold++;
                Optional<Mention> first = c.coded().mentions().stream()
                        .filter(m -> m.text().equalsIgnoreCase(g.text()))
                        .min(Comparator.comparingInt(Mention::begin));
                if (first.isPresent() && g.accepts(first.get().actor().code())) {
                    actorsRight++;
                } else {
                    misses.add("actor \"" + g.text() + "\" " + g.code() + (g.prefix() ? "*" : "") + ": got "
                            + first.map(m -> m.actor().code()).orElse("no mention"));
                }
            }
        }

        private void issues(CodedCase c, List<String> misses, List<String> falseAlarms) {
            Set<String> gold = known(c.gold().issues());
            Set<String> predicted = known(c.predictedIssues());
            for (String p : predicted) {
                if (gold.contains(p)) {
                    issueTp++;
                } else {
                    issueFp++;
                    falseAlarms.add("issue " + p);
                }
            }
            for (String g : gold) {
                if (!predicted.contains(g)) {
                    issueFn++;
                    misses.add("issue " + g);
                }
            }
        }
    }

    private Set<String> known(java.util.Collection<String> codes) {
        Set<String> kept = new HashSet<>(codes);
        kept.retainAll(issueCodes);
        return kept;
    }

    /** Right when the actor code equals the gold's, or the names (honorifics dropped) contain one another. */
    /**
     * An event the product reports as having happened, as FORMAT.md counts predictions: asserted (or an
     * announced intent, itself an act), or past with a date; undated past background is not a prediction.
     */
    static boolean isPrediction(Event e) {
        return e.modality().happened() && !(e.modality() == org.parley.model.Modality.PAST && e.date().isEmpty());
    }

    static boolean speakerRight(GoldQuote gold, Quote predicted) {
        if (predicted.speaker().map(a -> a.code().equals(gold.speakerActor())).orElse(false)) {
            return true;
        }
        String name = bareName(predicted.speakerName());
        String goldName = bareName(gold.speaker());
        return !name.isEmpty() && !goldName.isEmpty() && (name.contains(goldName) || goldName.contains(name));
    }

    /** Lower case, honorifics (Mr., Mrs., Ms., Miss, Dr., Prof.) dropped, spaces collapsed. */
    static String bareName(String name) {
        return HONORIFIC.matcher(name).replaceAll(" ").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String describe(Event e) {
        return e.source().code() + "->" + e.target().code() + " " + e.code()
                + e.date().map(d -> " @" + d).orElse("") + " \"" + e.trigger() + "\" (sentence " + e.sentence() + ")";
    }
}
