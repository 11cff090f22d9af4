package org.parley.app;

import java.util.Objects;
import java.util.function.Supplier;
import org.parley.model.Article;
import org.parley.model.CodedArticle;

/**
 * A {@link Coder} built on its first use, once per instance, whichever thread asks first: the server's way to load
 * the CoreNLP pipeline (10-25 s, about 1.5 GB of heap) only when someone uploads text. Threads asking while it
 * loads wait for it. A build that throws is not remembered: the next call tries again.
 */
final class LazyCoder implements Coder {
    private final Supplier<? extends Coder> factory;
    private Coder coder;

    /** A coder that calls {@code factory} on first use; the factory must not return null. */
    LazyCoder(Supplier<? extends Coder> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * Codes {@code article} with the coder, building it first if needed.
     *
     * @throws PipelineUnavailable when the coder cannot be built (the factory's exception is the cause)
     */
    @Override
    public CodedArticle code(Article article) {
        return coder().code(article);
    }

    /** Whether the coder has been built. */
    synchronized boolean loaded() {
        return coder != null;
    }

    private synchronized Coder coder() {
        if (coder == null) {
            try {
                coder = Objects.requireNonNull(factory.get(), "the coder factory returned null");
            } catch (RuntimeException e) {
                throw new PipelineUnavailable(PipelineFailure.line(e).replaceFirst("^parley: ", ""), e);
            }
        }
        return coder;
    }

    /** The coding pipeline could not be built; the message is one line for the user. */
    static final class PipelineUnavailable extends RuntimeException {
        PipelineUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
