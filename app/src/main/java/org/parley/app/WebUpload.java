package org.parley.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.ReadOptions;
import org.parley.ingest.SourceItem;
import org.parley.model.Article;
import org.parley.model.CodedArticle;

/**
 * {@code POST /api/code}: codes one uploaded article on the fly and answers with its article view, storing nothing.
 *
 * <p>The request body is the file's bytes or the pasted text (UTF-8), at most {@link #maxBytes()} bytes; the format
 * (text with optional {@code Title:}/{@code Date:} header lines, HTML, JSON Lines, a feed) is told from the
 * {@code name} parameter and the first bytes, as {@code parley code} tells it for a file. Parameters: {@code name}
 * (the file name, default {@code pasted.txt}), {@code title} (a headline for text without one), {@code date}
 * (YYYY-MM-DD, the publication day when the text carries none). Only the first article of a file with several is
 * coded (a warning says how many were left).
 *
 * <p>Errors: 413 over the size cap, 400 for an empty body, a bad parameter or an unreadable file, 503 when the
 * coding pipeline cannot be loaded.
 */
final class WebUpload {
    /** The default cap on an upload, in bytes (256 KiB: a long news article is 10-40 KB). */
    static final int DEFAULT_MAX_BYTES = 256 * 1024;

    private final Coder coder;
    private final int maxBytes;

    /**
     * An upload handler coding with {@code coder} (build it lazily: {@link LazyCoder}).
     *
     * @throws IllegalArgumentException when {@code maxBytes} is not positive
     */
    WebUpload(Coder coder, int maxBytes) {
        this.coder = Objects.requireNonNull(coder, "coder");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the upload cap must be at least 1 byte: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** The largest body accepted, in bytes. */
    int maxBytes() {
        return maxBytes;
    }

    /** Thrown when the body is over the cap: answered with 413 and the message. */
    static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message);
        }
    }

    /**
     * The article view of the coded upload: the shape of {@code GET /api/articles/{id}} (events without an
     * {@code event_id}: nothing is stored) plus {@code issues}, {@code tone}, {@code warnings} and
     * {@code stored: false}.
     */
    ObjectNode code(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(declared);
        }
        byte[] body = readAtMost(ctx);
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw new IllegalArgumentException("empty upload: paste some text or choose a file");
        }
        String name = fileName(WebParams.text(ctx, "name").orElse("pasted.txt"));
        Optional<String> title = WebParams.text(ctx, "title");
        Optional<LocalDate> date = WebParams.day(ctx, "date");
        List<SourceItem> items = new ArrayList<>();
        new ArticleReader(ReadOptions.defaults().withDefaultDate(date))
                .read(name, new ByteArrayInputStream(body), items::add);
        SourceItem.Loaded loaded = items.stream().filter(SourceItem.Loaded.class::isInstance)
                .map(SourceItem.Loaded.class::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(items.isEmpty() ? "no article in " + name
                        : "cannot read " + name + ": " + ((SourceItem.Failed) items.get(0)).problem()));
        Article article = loaded.article();
        if (title.isPresent() && article.title().isBlank()) {
            article = Article.of(title.get(), article.text(), article.url(), article.source(), article.published());
        }
        List<String> warnings = new ArrayList<>(loaded.warnings());
        if (items.size() > 1) {
            warnings.add("only the first of " + items.size() + " items in " + name + " was coded");
        }
        CodedArticle coded = coder.code(article);
        warnings.addAll(coded.warnings());
        return WebJson.coded(coded.withWarnings(warnings));
    }

    private byte[] readAtMost(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw tooLarge(-1);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload", e);
        }
    }

    private TooLarge tooLarge(long declared) {
        return new TooLarge("upload too large: " + (declared >= 0 ? declared + " bytes" : "more than " + maxBytes
                + " bytes") + "; the limit is " + maxBytes + " bytes (" + maxBytes / 1024 + " KiB)");
    }

    /** The last segment of a client's file name, with anything but letters, digits, '.', '_' and '-' replaced. */
    static String fileName(String raw) {
        String last = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        String clean = last.replaceAll("[^A-Za-z0-9._-]", "_");
        return clean.isEmpty() || clean.chars().allMatch(c -> c == '.') ? "upload.txt" : clean;
    }
}
