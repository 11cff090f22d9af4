package org.parley.app.bench;

import java.util.List;
import java.util.Objects;

/**
 * One configuration's timed run over the benchmark corpus.
 *
 * @param name          short name: "floor", "parley", "default", "parley-threads"
 * @param description   what ran, one line
 * @param properties    the exact CoreNLP properties, {@code key=value} sorted by key
 * @param threads       threads that coded at once, 1 or more
 * @param articles      articles processed in the timed run
 * @param tokens        CoreNLP tokens in those articles
 * @param seconds       wall-clock seconds of the timed run (after warm-up), more than 0
 * @param loadSeconds   seconds to build the configuration (load its models), 0 or more
 * @param peakHeapBytes the most heap in use (live or not yet collected) seen during the timed run, in bytes
 */
public record Measurement(String name, String description, List<String> properties, int threads, int articles,
                          long tokens, double seconds, double loadSeconds, long peakHeapBytes) {
    public Measurement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        properties = List.copyOf(properties);
        if (threads < 1 || articles < 0 || tokens < 0 || !(seconds > 0) || loadSeconds < 0 || peakHeapBytes < 0) {
            throw new IllegalArgumentException("bad measurement of " + name + ": threads " + threads + ", articles "
                    + articles + ", tokens " + tokens + ", seconds " + seconds + ", load " + loadSeconds + ", heap "
                    + peakHeapBytes);
        }
    }

    /** Tokens per second of wall-clock time. */
    public double tokensPerSecond() {
        return tokens / seconds;
    }

    /** Articles per second of wall-clock time. */
    public double articlesPerSecond() {
        return articles / seconds;
    }

    /** Peak heap in MiB. */
    public long peakHeapMb() {
        return peakHeapBytes / (1024 * 1024);
    }
}
