package org.parley.app;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.parley.ingest.SourceItem;
import org.parley.model.CodedArticle;
import org.parley.store.EventStore;
import org.parley.store.StoreException;

/**
 * Stores what a reader gives, item by item, as it comes: an article not yet stored is coded and saved in
 * its own transaction ({@link EventStore#save}); one already stored (same id, so same normalised text) is
 * skipped without coding; a failed item is reported on {@code err} as {@code parley: <origin>: <problem>}.
 * The coder is obtained once, when the first article needs coding; when that fails, it is reported once and
 * every article that needed it counts as failed. Not thread-safe: {@link IngestCommand} calls it from one thread,
 * and codes admitted articles on others ({@link #admit}, then {@link #save} in input order).
 */
final class Ingestion implements Consumer<SourceItem> {
    private final EventStore store;
    private final Supplier<? extends Coder> coders;
    private final PrintWriter err;
    private final Set<String> seen = new HashSet<>();
    private final Map<String, Integer> reasons = new LinkedHashMap<>();
    private Coder coder;
    private boolean coderFailed;
    private int stored;
    private int duplicates;
    private int failed;
    private int events;
    private int quotes;

    Ingestion(EventStore store, Supplier<? extends Coder> coders, PrintWriter err) {
        this.store = Objects.requireNonNull(store, "store");
        this.coders = Objects.requireNonNull(coders, "coders");
        this.err = Objects.requireNonNull(err, "err");
    }

    @Override
    public void accept(SourceItem item) {
        if (!admit(item)) {
            return;
        }
        SourceItem.Loaded loaded = (SourceItem.Loaded) item;
        try {
            save(loaded, coder.code(loaded.article()));
        } catch (RuntimeException e) {
            failed(loaded, e);
        }
    }

    /**
     * The first half of {@link #accept}, for callers that code elsewhere ({@link #coder()} on worker threads): reports
     * a failed item, counts an article already stored or already seen in this run as a duplicate, and returns true
     * only for an article that needs coding (and then the coder is loaded).
     */
    boolean admit(SourceItem item) {
        if (item instanceof SourceItem.Failed f) {
            fail(f.origin(), f.problem());
            return false;
        }
        SourceItem.Loaded loaded = (SourceItem.Loaded) item;
        loaded.warnings().forEach(w -> err.println("parley: " + loaded.origin() + ": warning: " + w));
        String id = loaded.article().id();
        if (!seen.add(id) || store.contains(id)) {
            duplicates++;
            return false;
        }
        if (coder() == null) {
            failed++;
            reasons.merge("coding pipeline not loaded", 1, Integer::sum);
            return false;
        }
        return true;
    }

    /** The second half of {@link #accept}: saves an admitted article's coding in its own transaction. */
    void save(SourceItem.Loaded loaded, CodedArticle coded) {
        try {
            if (store.save(coded)) {
                stored++;
                events += coded.events().size();
                quotes += coded.quotes().size();
            } else {
                duplicates++;
            }
        } catch (RuntimeException e) {
            failed(loaded, e);
        }
    }

    /** The second half of {@link #accept} for an admitted article whose coding threw. */
    void failed(SourceItem.Loaded loaded, RuntimeException e) {
        fail(loaded.origin(), problem(e));
    }

    /** The problem of an article whose coding or saving threw: "cannot store: ..." or "cannot code: ...". */
    static String problem(RuntimeException e) {
        return (e instanceof StoreException ? "cannot store: " : "cannot code: ") + Summary.oneLine(e);
    }

    /** What has been done so far. */
    Summary summary() {
        return new Summary(stored, duplicates, failed, events, quotes, reasons);
    }

    /** The coder, loaded by the first {@link #admit} that needed it; null before that or when it failed to load. */
    Coder coder() {
        if (coder == null && !coderFailed) {
            try {
                coder = coders.get();
            } catch (RuntimeException e) {
                coderFailed = true;
                err.println(PipelineFailure.line(e));
            }
        }
        return coder;
    }

    private void fail(String origin, String problem) {
        err.println("parley: " + origin + ": " + problem);
        failed++;
        reasons.merge(Summary.reason(problem), 1, Integer::sum);
    }
}
