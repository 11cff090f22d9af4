package org.parley.spark;

import org.parley.pipeline.Pipeline;

/**
 * The one coding pipeline of an executor JVM (CoreNLP models and knowledge tables, 15-25 s and about 1.5 GB to
 * load), built the first time a task asks for it and shared by every task thread of that JVM: {@link Pipeline#code}
 * is thread-safe.
 */
final class ExecutorPipeline {
    private ExecutorPipeline() {
    }

    /** The JVM's pipeline, built on first call (by the class loader's lazy, thread-safe initialisation). */
    static Pipeline get() {
        return Holder.PIPELINE;
    }

    private static final class Holder {
        static final Pipeline PIPELINE = Pipeline.standard();
    }
}
