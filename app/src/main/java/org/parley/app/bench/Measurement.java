package org.parley.app.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One configuration's timed runs over the benchmark corpus; its speed is that of the median run.
 *
 * @param name          short name: "floor", "parley", "default", "parley-threads"
 * @param description   what ran, one line
 * @param properties    the exact CoreNLP properties, {@code key=value} sorted by key
 * @param threads       threads that coded at once, 1 or more
 * @param articles      articles processed in each timed run
 * @param tokens        CoreNLP tokens in those articles
 * @param runSeconds    wall-clock seconds of each timed run over the whole corpus (after warm-up), in the order they
 *                      ran; at least one, each more than 0
 * @param loadSeconds   seconds to build the configuration (load its models), 0 or more
 * @param peakHeapBytes the most heap in use (live or not yet collected) seen during its heap runs, in bytes
 * @param cpuSeconds    CPU seconds of the timing thread in each run, in the same order, when it did all the work (one
 *                      thread): a figure other processes' load hardly changes, though it leaves out the collector's
 *                      and the JIT compiler's threads; empty for several threads or when the JVM cannot tell
 */
public record Measurement(String name, String description, List<String> properties, int threads, int articles,
                          long tokens, List<Double> runSeconds, double loadSeconds, long peakHeapBytes,
                          List<Double> cpuSeconds) {
    public Measurement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        properties = List.copyOf(properties);
        runSeconds = List.copyOf(runSeconds);
        cpuSeconds = List.copyOf(cpuSeconds);
        if (!cpuSeconds.isEmpty() && (cpuSeconds.size() != runSeconds.size() || !cpuSeconds.stream().allMatch(s -> s > 0))) {
            throw new IllegalArgumentException("bad CPU seconds of " + name + ": " + cpuSeconds + " for runs "
                    + runSeconds);
        }
        if (threads < 1 || articles < 0 || tokens < 0 || runSeconds.isEmpty()
                || !runSeconds.stream().allMatch(s -> s > 0) || loadSeconds < 0 || peakHeapBytes < 0) {
            throw new IllegalArgumentException("bad measurement of " + name + ": threads " + threads + ", articles "
                    + articles + ", tokens " + tokens + ", seconds " + runSeconds + ", load " + loadSeconds
                    + ", heap " + peakHeapBytes);
        }
    }

    /** A measurement of one timed run of {@code seconds}. */
    public Measurement(String name, String description, List<String> properties, int threads, int articles,
                       long tokens, double seconds, double loadSeconds, long peakHeapBytes) {
        this(name, description, properties, threads, articles, tokens, List.of(seconds), loadSeconds, peakHeapBytes,
                List.of());
    }

    /** Tokens per CPU second of the timing thread in the run of median CPU time, when {@link #cpuSeconds} has any. */
    public java.util.OptionalDouble cpuTokensPerSecond() {
        return cpuSeconds.isEmpty() ? java.util.OptionalDouble.empty()
                : java.util.OptionalDouble.of(tokens / median(cpuSeconds));
    }

    /** The median of {@link #runSeconds} (the mean of the middle two for an even count). */
    public double seconds() {
        return median(runSeconds);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Tokens per second of the median run. */
    public double tokensPerSecond() {
        return tokens / seconds();
    }

    /** Tokens per second of the slowest run. */
    public double slowestTokensPerSecond() {
        return tokens / Collections.max(runSeconds);
    }

    /** Tokens per second of the fastest run. */
    public double fastestTokensPerSecond() {
        return tokens / Collections.min(runSeconds);
    }

    /** Articles per second of the median run. */
    public double articlesPerSecond() {
        return articles / seconds();
    }

    /** Peak heap in MiB. */
    public long peakHeapMb() {
        return peakHeapBytes / (1024 * 1024);
    }
}
