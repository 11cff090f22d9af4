package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelCoderTest {
    /** Squares a number after a pause that makes earlier inputs finish later; 13 fails. */
    private static int slowSquare(int n) {
        try {
            Thread.sleep((n * 7L) % 5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (n == 13) {
            throw new IllegalArgumentException("unlucky: " + n);
        }
        return n * n;
    }

    private static List<String> collect(ParallelCoder<Integer, Integer> coder, List<Integer> inputs) {
        List<String> seen = new ArrayList<>();
        coder.run(inputs, outcome -> seen.add(outcome instanceof ParallelCoder.Outcome.Coded<Integer, Integer> c
                ? c.input() + "=" + c.output()
                : outcome.input() + "!" + ((ParallelCoder.Outcome.Failed<Integer, Integer>) outcome).error().getMessage()));
        return seen;
    }

    @Test
    void outcomesComeInInputOrderWithFailuresInPlace() {
        List<Integer> inputs = IntStream.range(0, 40).boxed().toList();
        List<String> seen = collect(new ParallelCoder<>(4, ParallelCoderTest::slowSquare), inputs);
        assertThat(seen).hasSize(40);
        assertThat(seen.get(12)).isEqualTo("12=144");
        assertThat(seen.get(13)).isEqualTo("13!unlucky: 13");
        assertThat(seen.get(39)).isEqualTo("39=1521");
        assertThat(seen).isEqualTo(collect(new ParallelCoder<>(1, ParallelCoderTest::slowSquare), inputs));
    }

    @Test
    void emptyInputGivesNoOutcome() {
        assertThat(collect(new ParallelCoder<>(3, ParallelCoderTest::slowSquare), List.of())).isEmpty();
    }

    @Test
    void oneThreadRunsOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<Boolean> onCaller = new ArrayList<>();
        new ParallelCoder<Integer, Integer>(1, n -> {
            onCaller.add(Thread.currentThread() == caller);
            return n;
        }).run(List.of(1, 2, 3), outcome -> { });
        assertThat(onCaller).containsExactly(true, true, true);
    }

    @Test
    void neverTakesMoreThanTheWindowAhead() {
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        List<Integer> aheadSeen = new ArrayList<>();
        Iterator<Integer> inputs = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return taken.get() < 100;
            }

            @Override
            public Integer next() {
                aheadSeen.add(taken.get() - delivered.get());
                return taken.getAndIncrement();
            }
        };
        new ParallelCoder<Integer, Integer>(2, 5, n -> n).run(inputs, outcome -> delivered.incrementAndGet());
        assertThat(delivered).hasValue(100);
        assertThat(aheadSeen).allMatch(ahead -> ahead < 5);
    }

    @Test
    void randomInputsAndThreadCountsAgreeWithOneThread() {
        Random random = new Random(11);
        for (int round = 0; round < 5; round++) {
            List<Integer> inputs = random.ints(random.nextInt(60), 0, 30).boxed().toList();
            int threads = 1 + random.nextInt(6);
            assertThat(collect(new ParallelCoder<>(threads, ParallelCoderTest::slowSquare), inputs))
                    .isEqualTo(collect(new ParallelCoder<>(1, ParallelCoderTest::slowSquare), inputs));
        }
    }

    @Test
    void aFailingSinkEndsTheRun() {
        ParallelCoder<Integer, Integer> coder = new ParallelCoder<>(2, n -> n);
        assertThatThrownBy(() -> coder.run(List.of(1, 2, 3, 4), outcome -> {
            throw new IllegalStateException("disk full");
        })).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
    }

    @Test
    void badSettingsFailWithTheValue() {
        assertThatThrownBy(() -> new ParallelCoder<Integer, Integer>(0, n -> n))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(": 0");
        assertThatThrownBy(() -> new ParallelCoder<Integer, Integer>(4, 2, n -> n))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(": 2");
    }
}
