package org.parley.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@code parley bench} measured, with the ratios the issue sets targets for, as text or one JSON object.
 *
 * @param corpus              where the corpus came from, one line
 * @param machine             the machine
 * @param loadAtStart         one-minute load average when the bench began (-1 when unknown)
 * @param loadAtEnd           one-minute load average when it ended
 * @param floor               (a) CoreNLP tokenize, ssplit, pos, lemma, depparse
 * @param parley              (b) parley end to end, one thread, without the database
 * @param reference           (c) CoreNLP's default English pipeline with ner, depparse, coref and quote
 * @param threaded            (d) parley end to end on N threads
 * @param firstArticleSeconds seconds from the JVM's start to the first coded article (models loaded cold)
 * @param accuracy            event scores on a gold file with parley's NER and with CoreNLP's default NER; may be empty
 * @param gold                the gold file scored, or "" when none
 */
public record BenchReport(String corpus, Machine machine, double loadAtStart, double loadAtEnd, Measurement floor,
                          Measurement parley, Measurement reference, Measurement threaded, double firstArticleSeconds,
                          List<Accuracy> accuracy, String gold) {
    /** Targets of issue 8. */
    static final double RATIO_TARGET = 0.8;
    static final double SPEEDUP_TARGET = 15;
    static final double SCALING_TARGET = 1.7;
    static final long HEAP_TARGET_MB = 3 * 1024;
    static final double FIRST_ARTICLE_TARGET_S = 20;

    public BenchReport {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(parley, "parley");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(threaded, "threaded");
        accuracy = List.copyOf(accuracy);
        Objects.requireNonNull(gold, "gold");
    }

    /** (b) / (a) in tokens per second: how close parley runs to the parse alone (1 = no cost on top). */
    public double ratioToFloor() {
        return parley.tokensPerSecond() / floor.tokensPerSecond();
    }

    /** (b) / (c) in tokens per second. */
    public double speedupOverDefault() {
        return parley.tokensPerSecond() / reference.tokensPerSecond();
    }

    /** (d) / (b) in tokens per second. */
    public double threadScaling() {
        return threaded.tokensPerSecond() / parley.tokensPerSecond();
    }

    /** The larger peak heap of parley's two runs, (b) and (d), in MiB. */
    public long peakHeapMb() {
        return Math.max(parley.peakHeapMb(), threaded.peakHeapMb());
    }

    private List<Measurement> all() {
        return List.of(floor, parley, reference, threaded);
    }

    /** The report for people: each configuration's properties, a table, the accuracy rows and, last, the ratios. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "corpus: %s: %d articles, %d tokens%n", corpus, parley.articles(),
                parley.tokens()));
        sb.append("machine: ").append(machine).append(String.format(Locale.ROOT,
                "; load average %.2f at start, %.2f at end%n%n", loadAtStart, loadAtEnd));
        String[] letters = {"(a)", "(b)", "(c)", "(d)"};
        List<Measurement> all = all();
        for (int i = 0; i < all.size(); i++) {
            Measurement m = all.get(i);
            sb.append(letters[i]).append(' ').append(m.name()).append(": ").append(m.description()).append('\n');
            m.properties().forEach(p -> sb.append("    ").append(p).append('\n'));
        }
        sb.append(String.format(Locale.ROOT, "%n%-22s %7s %10s %10s %15s %13s %8s%n", "configuration", "threads",
                "articles/s", "tokens/s", "runs (tokens/s)", "peak heap MB", "load s"));
        for (int i = 0; i < all.size(); i++) {
            Measurement m = all.get(i);
            String runs = m.runSeconds().size() == 1 ? "1" : String.format(Locale.ROOT, "%d: %.0f-%.0f",
                    m.runSeconds().size(), m.slowestTokensPerSecond(), m.fastestTokensPerSecond());
            sb.append(String.format(Locale.ROOT, "%-22s %7d %10.2f %10.0f %15s %13d %8.1f%n", letters[i] + " " + m.name(),
                    m.threads(), m.articlesPerSecond(), m.tokensPerSecond(), runs, m.peakHeapMb(), m.loadSeconds()));
        }
        sb.append("tokens/s of the median run; (a), (b) and (d) alternate round by round\n");
        if (floor.cpuTokensPerSecond().isPresent() && parley.cpuTokensPerSecond().isPresent()
                && reference.cpuTokensPerSecond().isPresent()) {
            sb.append(String.format(Locale.ROOT, "per CPU second of the timing thread (other processes' load hardly"
                    + " counts; GC and JIT threads left out): (a) %.0f, (b) %.0f, (c) %.0f tokens/s;"
                    + " (b)/(a) %.2f, (b)/(c) %.1f%n", floor.cpuTokensPerSecond().getAsDouble(),
                    parley.cpuTokensPerSecond().getAsDouble(), reference.cpuTokensPerSecond().getAsDouble(),
                    parley.cpuTokensPerSecond().getAsDouble() / floor.cpuTokensPerSecond().getAsDouble(),
                    parley.cpuTokensPerSecond().getAsDouble() / reference.cpuTokensPerSecond().getAsDouble()));
        }
        if (!accuracy.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%nevent scores on %s (%d cases; tokens/s on their texts, one thread):%n",
                    gold, accuracy.get(0).cases()));
            sb.append(String.format(Locale.ROOT, "%-22s %10s %9s %16s %16s%n", "parley with", "tokens/s", "event F1",
                    "precision", "recall"));
            for (Accuracy a : accuracy) {
                sb.append(String.format(Locale.ROOT, "%-22s %10.0f %9s %16s %16s%n", a.name(), a.tokensPerSecond(),
                        a.f1().map(f -> String.format(Locale.ROOT, "%.2f", f)).orElse("n/a"), a.precision(),
                        a.recall()));
            }
            accuracy.forEach(a -> sb.append("    ").append(a.name()).append(": ").append(a.properties()).append('\n'));
        }
        sb.append('\n');
        sb.append(ratio("ratio_to_floor", ratioToFloor(), "%.2f", "(b)/(a)", ">= " + RATIO_TARGET,
                ratioToFloor() >= RATIO_TARGET));
        sb.append(ratio("speedup_over_default", speedupOverDefault(), "%.1f", "(b)/(c)", ">= " + SPEEDUP_TARGET,
                speedupOverDefault() >= SPEEDUP_TARGET));
        sb.append(ratio("thread_scaling", threadScaling(), "%.2f", "(d)/(b), " + threaded.threads() + " threads",
                ">= " + SCALING_TARGET, threadScaling() >= SCALING_TARGET));
        sb.append(ratio("peak_heap_mb", peakHeapMb(), "%.0f", "max of (b), (d)", "<= " + HEAP_TARGET_MB,
                peakHeapMb() <= HEAP_TARGET_MB));
        sb.append(ratio("first_article_s", firstArticleSeconds, "%.1f", "from JVM start", "<= "
                + FIRST_ARTICLE_TARGET_S, firstArticleSeconds <= FIRST_ARTICLE_TARGET_S));
        return sb.toString();
    }

    private static String ratio(String name, double value, String format, String how, String target, boolean met) {
        return String.format(Locale.ROOT, "%-21s %8s  %-28s target %-8s %s%n", name,
                String.format(Locale.ROOT, format, value), how, target, met ? "met" : "NOT met");
    }

    /**
     * One JSON object: {@code floor_tokens_per_s}, {@code parley_tokens_per_s}, {@code default_tokens_per_s},
     * {@code parley_threads_tokens_per_s}, {@code threads}, {@code ratio_to_floor}, {@code speedup_over_default},
     * {@code thread_scaling}, {@code peak_heap_mb}, {@code first_article_s}, the articles per second of each
     * configuration, the corpus, the machine and load, every configuration's properties and the accuracy rows.
     */
    public String toJson() {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("floor_tokens_per_s", round(floor.tokensPerSecond()));
        root.put("parley_tokens_per_s", round(parley.tokensPerSecond()));
        root.put("default_tokens_per_s", round(reference.tokensPerSecond()));
        root.put("parley_threads_tokens_per_s", round(threaded.tokensPerSecond()));
        root.put("threads", threaded.threads());
        root.put("ratio_to_floor", round(ratioToFloor()));
        root.put("speedup_over_default", round(speedupOverDefault()));
        root.put("thread_scaling", round(threadScaling()));
        root.put("peak_heap_mb", peakHeapMb());
        root.put("first_article_s", round(firstArticleSeconds));
        root.put("floor_articles_per_s", round(floor.articlesPerSecond()));
        root.put("parley_articles_per_s", round(parley.articlesPerSecond()));
        root.put("default_articles_per_s", round(reference.articlesPerSecond()));
        root.put("parley_threads_articles_per_s", round(threaded.articlesPerSecond()));
        root.put("corpus", corpus);
        root.put("articles", parley.articles());
        root.put("tokens", parley.tokens());
        root.put("machine", machine.toString());
        root.put("cores", machine.cores());
        root.put("load_average_start", round(loadAtStart));
        root.put("load_average_end", round(loadAtEnd));
        ObjectNode configurations = root.putObject("configurations");
        for (Measurement m : all()) {
            ObjectNode c = configurations.putObject(m.name());
            c.put("description", m.description());
            c.put("threads", m.threads());
            c.put("tokens_per_s", round(m.tokensPerSecond()));
            c.put("articles_per_s", round(m.articlesPerSecond()));
            c.put("seconds", round(m.seconds()));
            ArrayNode runs = c.putArray("run_seconds");
            m.runSeconds().forEach(r -> runs.add(round(r)));
            c.put("load_s", round(m.loadSeconds()));
            c.put("peak_heap_mb", m.peakHeapMb());
            m.cpuTokensPerSecond().ifPresent(v -> c.put("cpu_tokens_per_s", round(v)));
            ArrayNode props = c.putArray("properties");
            m.properties().forEach(props::add);
        }
        ArrayNode rows = root.putArray("accuracy");
        for (Accuracy a : accuracy) {
            ObjectNode row = rows.addObject();
            row.put("name", a.name());
            row.put("gold", gold);
            row.put("cases", a.cases());
            row.put("tokens_per_s", round(a.tokensPerSecond()));
            a.f1().ifPresentOrElse(f -> row.put("event_f1", round(f)), () -> row.putNull("event_f1"));
            row.put("event_precision", a.precision().toString());
            row.put("event_recall", a.recall().toString());
            row.put("properties", a.properties());
        }
        return root.toString();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
