package org.parley.app.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import org.parley.app.eval.CodedCase;
import org.parley.app.eval.EvalReport;
import org.parley.app.eval.GoldCase;
import org.parley.app.eval.Scorer;
import org.parley.knowledge.Knowledge;
import org.parley.model.Article;
import org.parley.model.CodedArticle;
import org.parley.model.ParsedArticle;
import org.parley.model.Sentence;
import org.parley.nlp.NlpConfigurations;
import org.parley.nlp.NlpParser;
import org.parley.pipeline.ParallelCoder;
import org.parley.pipeline.Pipeline;

/**
 * Runs {@code parley bench}'s configurations in this JVM, on the same corpus, and measures them.
 *
 * <p>Order: parley's pipeline is built first, cold, and codes the first article (the time from JVM start to that
 * article is {@link BenchReport#firstArticleSeconds}); a pass over the whole corpus counts its tokens. Then (a) the
 * floor is built beside it, and the two are warmed up in alternating passes over the whole corpus until each one's
 * speed is steady. (a), (b) and (d) are then timed in {@code rounds} rounds, the order of the three reversed from one
 * round to the next, so that neither the JIT's progress nor a neighbour's load favours one configuration; each speed
 * is that of its median run. The floor's models are in the heap while parley runs and the other way round, so the
 * peak heap of (b) and (d) is measured once more after the floor is dropped, in one run each. The gold file, if any,
 * is scored with parley's NER and with CoreNLP's default NER; last, (c) CoreNLP's default pipeline is built on its
 * own, warmed up on a tenth of the corpus and timed once (it runs at a few hundred tokens/s).
 */
public final class Bench {
    private final List<Article> corpus;
    private final int threads;
    private final int rounds;
    private final List<GoldCase> gold;
    private final PrintWriter progress;
    /** CoreNLP tokens of each corpus article, counted in the first pass. */
    private final int[] articleTokens;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** Warm-up ends when two passes' (or chunks') speeds differ by at most this share. */
    private static final double STEADY = 0.05;
    /** Warm-up passes over the whole corpus per configuration: at least, at most. */
    private static final int MIN_PASSES = 2;
    private static final int MAX_PASSES = 5;

    /**
     * A bench over {@code corpus} with {@code threads} threads for (d), {@code rounds} timed runs of (a), (b) and (d)
     * and, when {@code gold} is not empty, event scores on those cases; progress lines go to {@code progress}.
     *
     * @throws IllegalArgumentException when the corpus is empty, {@code threads < 1} or {@code rounds < 1}
     */
    public Bench(List<Article> corpus, int threads, int rounds, List<GoldCase> gold, PrintWriter progress) {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("the corpus has no article");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1: " + rounds);
        }
        this.corpus = List.copyOf(corpus);
        this.threads = threads;
        this.rounds = rounds;
        this.gold = List.copyOf(gold);
        this.progress = Objects.requireNonNull(progress, "progress");
        this.articleTokens = new int[corpus.size()];
    }

    /** Runs every configuration; takes minutes (CoreNLP's default pipeline runs at a few hundred tokens/s). */
    public BenchReport run(String corpusName, String goldName) {
        double loadAtStart = Machine.loadAverage();
        Knowledge knowledge = Knowledge.load();
        List<Accuracy> accuracy = new ArrayList<>();
        Timed timed = runAlternating(knowledge, accuracy);
        if (!gold.isEmpty()) {
            collect();
            say("building parley with CoreNLP's default NER and scoring the gold cases");
            NlpParser defaultNer = NlpParser.withProperties(NlpConfigurations.defaultNer());
            accuracy.add(score("default NER", new Pipeline(defaultNer, knowledge), defaultNer));
        }
        Measurement reference = reference(timed.tokens());
        return new BenchReport(corpusName, Machine.current(), loadAtStart, Machine.loadAverage(), timed.floor(),
                timed.single(), reference, timed.threaded(), timed.firstArticleSeconds(), accuracy, goldName);
    }

    /** The alternating runs: (a), (b), (d), the cold start and the corpus's token count. */
    private record Timed(Measurement floor, Measurement single, Measurement threaded, double firstArticleSeconds,
                         long tokens) {
    }

    /** One configuration in the alternating rounds: its work over the whole corpus and its timed runs so far. */
    private static final class Contender {
        private final String name;
        private final Runnable overCorpus;
        private final List<Double> seconds = new ArrayList<>();
        private final List<Double> cpuSeconds = new ArrayList<>();
        private long peakHeap;

        Contender(String name, Runnable overCorpus) {
            this.name = name;
            this.overCorpus = overCorpus;
        }
    }

    /**
     * Builds parley's pipeline cold and codes the first article, counts the corpus's tokens, builds the floor, warms
     * both up, times (a), (b) and (d) in alternating rounds, measures parley's heap without the floor and, with gold
     * cases, adds the lean configuration's scores to {@code accuracy}. The pipelines are unreachable once this
     * returns.
     */
    private Timed runAlternating(Knowledge knowledge, List<Accuracy> accuracy) {
        say("building parley's pipeline (cold start)");
        long start = System.nanoTime();
        NlpParser lean = NlpParser.lean();
        Pipeline pipeline = new Pipeline(lean, knowledge);
        double parleyLoad = seconds(start);
        pipeline.code(corpus.get(0));
        double firstArticle = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        say(String.format(Locale.ROOT, "first article coded %.1f s after JVM start; counting tokens", firstArticle));
        long tokens = 0;
        for (int i = 0; i < corpus.size(); i++) {
            ParsedArticle parsed = lean.parse(corpus.get(i));
            articleTokens[i] = parsed.sentences().stream().mapToInt(Sentence::size).sum();
            tokens += articleTokens[i];
            pipeline.codeParsed(parsed);
        }
        say(corpus.size() + " articles, " + tokens + " tokens");
        say("building (a) floor beside parley");
        start = System.nanoTime();
        NlpParser floorParser = NlpParser.asCoreNlp(NlpConfigurations.floor());
        double floorLoad = seconds(start);

        Contender floor = new Contender("floor", () -> corpus.forEach(floorParser::annotate));
        Contender single = new Contender("parley", () -> corpus.forEach(pipeline::code));
        Contender threaded = new Contender("parley-threads", () -> runThreads(pipeline, corpus));
        warmUp(List.of(floor, single), tokens);
        List<Contender> order = new ArrayList<>(List.of(floor, single, threaded));
        for (int r = 1; r <= rounds; r++) {
            for (Contender c : order) {
                collect();
                try (HeapSampler heap = new HeapSampler()) {
                    long cpu = CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : -1;
                    long t = System.nanoTime();
                    c.overCorpus.run();
                    c.seconds.add(seconds(t));
                    if (cpu >= 0) {
                        c.cpuSeconds.add((CPU.getCurrentThreadCpuTime() - cpu) / 1e9);
                    }
                    c.peakHeap = Math.max(c.peakHeap, heap.peakBytes());
                }
                say(String.format(Locale.ROOT, "round %d of %d: (%s) %.0f tokens/s", r, rounds, c.name,
                        tokens / c.seconds.get(c.seconds.size() - 1)));
            }
            Collections.reverse(order);
        }
        Measurement a = measurement(floor, "CoreNLP tokenize, ssplit, pos, lemma, depparse only",
                NlpConfigurations.floor(), 1, tokens, floorLoad, floor.peakHeap);

        say("measuring parley's heap without the floor's models");
        floor = null;
        long singleHeap = heapOf(single);
        long threadedHeap = heapOf(threaded);
        Measurement b = measurement(single, "parley end to end (parse, actors, events, quotes), no database;"
                        + " depparse run by parley, basic dependencies only",
                NlpConfigurations.lean(), 1, tokens, parleyLoad, singleHeap);
        Measurement d = measurement(threaded, "parley end to end on " + threads + " threads, one shared pipeline",
                NlpConfigurations.lean(), threads, tokens, parleyLoad, threadedHeap);
        if (!gold.isEmpty()) {
            say("scoring " + gold.size() + " gold cases with parley's NER");
            accuracy.add(score("lean NER", pipeline, lean));
        }
        return new Timed(a, b, d, firstArticle, tokens);
    }

    /** The peak heap in use during one more run of {@code c} over the corpus, after a full collection. */
    private static long heapOf(Contender c) {
        collect();
        try (HeapSampler heap = new HeapSampler()) {
            c.overCorpus.run();
            return heap.peakBytes();
        }
    }

    private Measurement measurement(Contender c, String description, Properties properties, int threadCount,
                                    long tokens, double load, long peakHeap) {
        return new Measurement(c.name, description, lines(properties), threadCount, corpus.size(), tokens, c.seconds,
                load, peakHeap, threadCount == 1 && c.cpuSeconds.size() == c.seconds.size() ? c.cpuSeconds : List.of());
    }

    /**
     * Runs the contenders' work over the whole corpus in turn, pass after pass, until each has run at least
     * {@value #MIN_PASSES} passes and its last two ran within {@value #STEADY} of each other in speed, or
     * {@value #MAX_PASSES} passes.
     */
    private void warmUp(List<Contender> contenders, long tokens) {
        List<Contender> left = new ArrayList<>(contenders);
        Map<Contender, Double> previous = new HashMap<>();
        for (int pass = 1; pass <= MAX_PASSES && !left.isEmpty(); pass++) {
            for (Contender c : List.copyOf(left)) {
                long t = System.nanoTime();
                c.overCorpus.run();
                double speed = tokens / seconds(t);
                say(String.format(Locale.ROOT, "warming up (%s): pass %d, %.0f tokens/s", c.name, pass, speed));
                Double before = previous.put(c, speed);
                if (pass >= MIN_PASSES && before != null && Math.abs(speed - before) <= STEADY * before) {
                    left.remove(c);
                }
            }
        }
    }

    /** Builds (c) CoreNLP's default pipeline alone, warms it up on a tenth of the corpus and times one run. */
    private Measurement reference(long tokens) {
        collect();
        say("building (c) default");
        long start = System.nanoTime();
        NlpParser parser = NlpParser.asCoreNlp(NlpConfigurations.defaultEnglish());
        double load = seconds(start);
        warmUpChunks("default", parser::annotate, Math.max(1, corpus.size() / 10));
        say("timing (c) default");
        collect();
        try (HeapSampler heap = new HeapSampler()) {
            long cpu = CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : -1;
            long t = System.nanoTime();
            corpus.forEach(parser::annotate);
            double wall = seconds(t);
            List<Double> cpuSeconds = cpu < 0 ? List.of() : List.of((CPU.getCurrentThreadCpuTime() - cpu) / 1e9);
            return new Measurement("default", "CoreNLP's default English pipeline with ner, depparse, coref, quote",
                    lines(NlpConfigurations.defaultEnglish()), 1, corpus.size(), tokens, List.of(wall), load,
                    heap.peakBytes(), cpuSeconds);
        }
    }

    /** Codes the articles on {@link #threads} threads; an article that fails is reported and left out. */
    private void runThreads(Pipeline pipeline, List<Article> articles) {
        new ParallelCoder<Article, CodedArticle>(threads, pipeline::code).run(articles, outcome -> {
            if (outcome instanceof ParallelCoder.Outcome.Failed<Article, CodedArticle> failed) {
                say("cannot code " + failed.input().source() + ": " + failed.error());
            }
        });
    }

    /**
     * Runs {@code work} over the corpus (from its start, round again if need be) in chunks of a tenth of it until two
     * chunks in a row run at speeds within {@value #STEADY} of each other (the JIT has compiled what matters), or
     * {@code maxArticles} articles have run.
     */
    private void warmUpChunks(String name, java.util.function.Consumer<Article> work, int maxArticles) {
        int chunk = Math.max(2, corpus.size() / 10);
        double previous = -1;
        int done = 0;
        while (done < maxArticles) {
            long tokens = 0;
            long start = System.nanoTime();
            for (int k = 0; k < chunk && done < maxArticles; k++, done++) {
                int i = done % corpus.size();
                work.accept(corpus.get(i));
                tokens += articleTokens[i];
            }
            double speed = tokens / seconds(start);
            say(String.format(Locale.ROOT, "warming up (%s): %d articles, %.0f tokens/s", name, done, speed));
            if (previous > 0 && Math.abs(speed - previous) <= STEADY * previous) {
                return;
            }
            previous = speed;
        }
    }

    private Accuracy score(String name, Pipeline pipeline, NlpParser parser) {
        List<Article> texts = gold.stream().map(c -> Article.of("", c.text(), "", "gold:" + c.id(), c.date())).toList();
        texts.forEach(pipeline::code);
        long tokens = texts.stream().mapToLong(parser::annotate).sum();
        long start = System.nanoTime();
        List<CodedCase> coded = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            coded.add(new CodedCase(gold.get(i), pipeline.code(texts.get(i))));
        }
        double seconds = seconds(start);
        EvalReport report = Scorer.standard().score(coded);
        return new Accuracy(name, String.join(" ", lines(parser.properties())), gold.size(), tokens / seconds,
                report.events().precision(), report.events().recall());
    }

    private static List<String> lines(Properties properties) {
        List<String> out = new ArrayList<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            out.add(key + "=" + properties.getProperty(key));
        }
        return out;
    }

    private static void collect() {
        System.gc();
        System.gc();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private void say(String line) {
        progress.println("parley bench: " + line);
        progress.flush();
    }
}
