package org.parley.app;

import org.parley.pipeline.Pipeline;

/**
 * The one real coding pipeline of the app's test JVM (the CoreNLP models take 10-25 s to load), built on first use
 * and shared by every test class that codes real text (core's {@code SharedPipeline} is in core's test sources,
 * which this module does not see).
 */
final class TestPipeline {
    private TestPipeline() {
    }

    private static final class Holder {
        static final Pipeline PIPELINE = Pipeline.standard();
    }

    /** The shared pipeline as a {@link Coder}. */
    static Coder coder() {
        return Holder.PIPELINE::code;
    }
}
