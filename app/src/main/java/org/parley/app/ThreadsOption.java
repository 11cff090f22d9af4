package org.parley.app;

import org.parley.pipeline.ParallelCoder;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --threads N}, shared by the commands that code articles: how many articles are coded at once, each on its
 * own thread with the one shared pipeline. Default: every core the JVM may use
 * ({@link ParallelCoder#defaultThreads()}). Output order does not depend on it.
 */
public final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N", converter = Count.class,
            description = "Articles coded at once, one thread each (default: all cores).")
    private int threads;

    /** The number of threads asked for, or every core when none was given. */
    public int threads() {
        return threads > 0 ? threads : ParallelCoder.defaultThreads();
    }

    /** Parses {@code --threads}: a whole number from 1 to 1024. */
    static final class Count implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n;
            try {
                n = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("not a number of threads: " + value);
            }
            if (n < 1 || n > 1024) {
                throw new TypeConversionException("threads must be between 1 and 1024: " + value);
            }
            return n;
        }
    }
}
