package org.parley.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the JVM's heap in use every {@value #PERIOD_MS} ms on a daemon thread, from construction until
 * {@link #close}, and keeps the largest value: what a measured run needed at most, garbage not yet collected
 * included (so it is an upper bound of the live data, and what {@code -Xmx} must allow).
 */
final class HeapSampler implements AutoCloseable {
    private static final long PERIOD_MS = 10;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler() {
        sample();
        thread = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(PERIOD_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "parley-heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }

    /** The largest heap in use seen so far, in bytes. */
    long peakBytes() {
        sample();
        return peak.get();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
