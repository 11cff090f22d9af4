package org.parley.app.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Runs {@code parley bench}'s configurations one after the other in this JVM, on the same corpus, and measures them.
 *
 * <p>Order: parley's pipeline is built first, cold, and codes the first article (the time from JVM start to that
 * article is {@link BenchReport#firstArticleSeconds}); a pass over the whole corpus counts its tokens; it is warmed
 * up until its speed is steady (at most three more passes) and (b) parley on one thread and (d) parley on N threads
 * are timed; the gold file, if any, is scored with parley's NER and with CoreNLP's default NER; then (a) the floor
 * and (c) CoreNLP's default pipeline are built, warmed up until steady (on at most the whole corpus, or its first
 * tenth for the slow default pipeline) and timed. Only one configuration's models
 * are held at a time (the previous ones are dropped and collected first), so each peak heap is its own.
 */
public final class Bench {
    private final List<Article> corpus;
    private final int threads;
    private final List<GoldCase> gold;
    private final PrintWriter progress;
    /** CoreNLP tokens of each corpus article, counted in the first pass. */
    private final int[] articleTokens;

    /** Warm-up ends when two chunks' speeds differ by at most this share. */
    private static final double STEADY = 0.05;

    /**
     * A bench over {@code corpus} with {@code threads} threads for (d) and, when {@code gold} is not empty, event
     * scores on those cases; progress lines go to {@code progress}.
     *
     * @throws IllegalArgumentException when the corpus is empty or {@code threads < 1}
     */
    public Bench(List<Article> corpus, int threads, List<GoldCase> gold, PrintWriter progress) {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("the corpus has no article");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.corpus = List.copyOf(corpus);
        this.threads = threads;
        this.gold = List.copyOf(gold);
        this.progress = Objects.requireNonNull(progress, "progress");
        this.articleTokens = new int[corpus.size()];
    }

    /** Runs every configuration; takes minutes (CoreNLP's default pipeline runs at a few hundred tokens/s). */
    public BenchReport run(String corpusName, String goldName) {
        double loadAtStart = Machine.loadAverage();
        Knowledge knowledge = Knowledge.load();
        List<Accuracy> accuracy = new ArrayList<>();
        ParleyRuns runs = runParley(knowledge, accuracy);
        if (!gold.isEmpty()) {
            collect();
            say("building parley with CoreNLP's default NER and scoring the gold cases");
            NlpParser defaultNer = NlpParser.withProperties(NlpConfigurations.defaultNer());
            accuracy.add(score("default NER", new Pipeline(defaultNer, knowledge), defaultNer));
        }
        Measurement floor = coreNlp("floor", "CoreNLP tokenize, ssplit, pos, lemma, depparse only",
                NlpConfigurations.floor(), 1, runs.tokens());
        Measurement reference = coreNlp("default", "CoreNLP's default English pipeline with ner, depparse, coref,"
                + " quote", NlpConfigurations.defaultEnglish(), 10, runs.tokens());
        return new BenchReport(corpusName, Machine.current(), loadAtStart, Machine.loadAverage(), floor,
                runs.single(), reference, runs.threaded(), runs.firstArticleSeconds(), accuracy, goldName);
    }

    /** parley's runs: (b), (d), the cold start and the corpus's token count. */
    private record ParleyRuns(Measurement single, Measurement threaded, double firstArticleSeconds, long tokens) {
    }

    /**
     * Builds parley's pipeline cold, codes the first article, warms up on the whole corpus (counting its tokens),
     * times (b) and (d) and, with gold cases, adds the lean configuration's scores to {@code accuracy}. The pipeline
     * is unreachable once this returns.
     */
    private ParleyRuns runParley(Knowledge knowledge, List<Accuracy> accuracy) {
        say("building parley's pipeline (cold start)");
        long start = System.nanoTime();
        NlpParser lean = NlpParser.withProperties(NlpConfigurations.lean());
        Pipeline pipeline = new Pipeline(lean, knowledge);
        double load = seconds(start);
        pipeline.code(corpus.get(0));
        double firstArticle = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        say(String.format(Locale.ROOT, "first article coded %.1f s after JVM start; warming up on the whole corpus",
                firstArticle));
        long tokens = 0;
        for (int i = 0; i < corpus.size(); i++) {
            ParsedArticle parsed = lean.parse(corpus.get(i));
            articleTokens[i] = parsed.sentences().stream().mapToInt(Sentence::size).sum();
            tokens += articleTokens[i];
            pipeline.codeParsed(parsed);
        }
        say(corpus.size() + " articles, " + tokens + " tokens");
        warmUp("parley", pipeline::code, 3 * corpus.size());
        say("timing (b) parley, one thread");
        Measurement single = time("parley", "parley end to end (parse, actors, events, quotes), no database",
                NlpConfigurations.lean(), 1, tokens, load, () -> corpus.forEach(pipeline::code));
        say("timing (d) parley, " + threads + " threads");
        runThreads(pipeline, corpus.subList(0, Math.min(corpus.size(), 4 * threads)));
        Measurement threaded = time("parley-threads", "parley end to end on " + threads + " threads, one shared"
                + " pipeline", NlpConfigurations.lean(), threads, tokens, load, () -> runThreads(pipeline, corpus));
        if (!gold.isEmpty()) {
            say("scoring " + gold.size() + " gold cases with parley's NER");
            accuracy.add(score("lean NER", pipeline, lean));
        }
        return new ParleyRuns(single, threaded, firstArticle, tokens);
    }

    /** Times one run over the whole corpus after a full collection, sampling the heap meanwhile. */
    private Measurement time(String name, String description, Properties properties, int threadCount, long tokens,
                             double load, Runnable overCorpus) {
        collect();
        try (HeapSampler heap = new HeapSampler()) {
            long start = System.nanoTime();
            overCorpus.run();
            double seconds = seconds(start);
            return new Measurement(name, description, lines(properties), threadCount, corpus.size(), tokens,
                    seconds, load, heap.peakBytes());
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

    private Measurement coreNlp(String name, String description, Properties properties, int warmupShare,
                                long tokens) {
        collect();
        say("building (" + name + ")");
        long start = System.nanoTime();
        NlpParser parser = NlpParser.withProperties(properties);
        double load = seconds(start);
        warmUp(name, parser::annotate, Math.max(1, corpus.size() / warmupShare));
        say("timing (" + name + ")");
        return time(name, description, properties, 1, tokens, load, () -> corpus.forEach(parser::annotate));
    }

    /**
     * Runs {@code work} over the corpus (from its start, round again if need be) in chunks of a tenth of it until two
     * chunks in a row run at speeds within {@value #STEADY} of each other (the JIT has compiled what matters), or
     * {@code maxArticles} articles have run.
     */
    private void warmUp(String name, java.util.function.Consumer<Article> work, int maxArticles) {
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
