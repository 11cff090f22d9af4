package org.parley.app;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Runs a reader that pushes its items (such as {@link org.parley.ingest.ArticleReader#read(java.util.List, Consumer)})
 * on a daemon thread of its own and hands the items out as an iterator, in the order read, reading at most
 * {@code capacity} items ahead of the consumer. A {@link RuntimeException} the reader throws ends the items and is
 * rethrown by {@link #rethrow}.
 *
 * @param <T> item type
 */
final class ReadAhead<T> implements Iterator<T> {
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private volatile RuntimeException failure;
    private Object next;

    /** Starts reading at once. */
    ReadAhead(Consumer<Consumer<T>> reader, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        Thread thread = new Thread(() -> {
            try {
                reader.accept(this::put);
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                put(END);
            }
        }, "parley-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void put(Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading ahead", e);
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the reader", e);
            }
        }
        return next != END;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = (T) next;
        next = null;
        return item;
    }

    /** Throws what the reader threw, if it did (call once the items are done). */
    void rethrow() {
        if (failure != null) {
            throw failure;
        }
    }
}
