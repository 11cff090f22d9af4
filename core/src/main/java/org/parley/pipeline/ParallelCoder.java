package org.parley.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Codes a stream of inputs on N worker threads and hands the results back in input order, one at a time, on the
 * calling thread.
 *
 * <p>Shape: an iterator of inputs (articles, or anything that carries one) in; for each input, in the same order,
 * one {@link Outcome}: {@link Outcome.Coded} with the coder's output, or {@link Outcome.Failed} with the
 * {@link RuntimeException} the coder threw for that input (the other inputs are still coded). {@link Error}s
 * (out of memory) are not caught: they end the run.
 *
 * <p>At most {@code window} inputs are taken from the iterator ahead of the last result handed out, so memory is
 * bounded however long the input is, and the sink (a printer, or the one database writer) runs only on the calling
 * thread: what it does needs no locking and happens in input order. With one thread everything runs on the calling
 * thread, without a pool.
 *
 * <p>The coder is called from several threads at once: it must be thread-safe, as {@link Pipeline#code} is. The
 * output does not depend on the number of threads when the coder's output depends only on its input.
 *
 * @param <I> input type
 * @param <O> output type
 */
public final class ParallelCoder<I, O> {
    private final int threads;
    private final int window;
    private final Function<? super I, ? extends O> coder;

    /**
     * A coder over {@code threads} workers with a window of twice as many inputs in flight.
     *
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    public ParallelCoder(int threads, Function<? super I, ? extends O> coder) {
        this(threads, 2 * threads, coder);
    }

    /**
     * A coder over {@code threads} workers with at most {@code window} inputs taken but not yet handed out.
     *
     * @throws IllegalArgumentException when {@code threads < 1} or {@code window < threads}
     */
    public ParallelCoder(int threads, int window, Function<? super I, ? extends O> coder) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (window < threads) {
            throw new IllegalArgumentException("window must be at least the number of threads (" + threads + "): "
                    + window);
        }
        this.threads = threads;
        this.window = window;
        this.coder = Objects.requireNonNull(coder, "coder");
    }

    /** The number of cores the JVM may use: the default number of threads. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The number of worker threads. */
    public int threads() {
        return threads;
    }

    /**
     * Codes every input and calls {@code sink} with each outcome, in input order, on the calling thread. Returns when
     * every input has been handed to the sink. An exception thrown by the sink or the iterator ends the run: inputs in
     * flight are abandoned and the exception is rethrown.
     */
    public void run(Iterator<? extends I> inputs, Consumer<? super Outcome<I, O>> sink) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(sink, "sink");
        if (threads == 1) {
            inputs.forEachRemaining(input -> sink.accept(attempt(input)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
        try {
            Deque<Future<Outcome<I, O>>> inFlight = new ArrayDeque<>(window);
            while (inputs.hasNext()) {
                I input = inputs.next();
                inFlight.addLast(pool.submit(() -> attempt(input)));
                if (inFlight.size() == window) {
                    sink.accept(await(inFlight.removeFirst()));
                }
            }
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@link #run(Iterator, Consumer)} over an iterable. */
    public void run(Iterable<? extends I> inputs, Consumer<? super Outcome<I, O>> sink) {
        run(inputs.iterator(), sink);
    }

    private Outcome<I, O> attempt(I input) {
        try {
            return new Outcome.Coded<>(input, coder.apply(input));
        } catch (RuntimeException e) {
            return new Outcome.Failed<>(input, e);
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a coded article", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a coding worker failed", e.getCause());
        }
    }

    /**
     * What became of one input.
     *
     * @param <I> input type
     * @param <O> output type
     */
    public sealed interface Outcome<I, O> {
        /** The input this outcome is for. */
        I input();

        /** The input and its coder's output. */
        record Coded<I, O>(I input, O output) implements Outcome<I, O> {
        }

        /** The input and what the coder threw for it. */
        record Failed<I, O>(I input, RuntimeException error) implements Outcome<I, O> {
        }
    }

    /** Daemon worker threads named {@code parley-coder-N}, so a forgotten pool never keeps the JVM alive. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread t = new Thread(task, "parley-coder-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
