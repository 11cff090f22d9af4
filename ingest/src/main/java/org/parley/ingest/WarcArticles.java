package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A WARC file, plain or gzip-compressed, read record by record with jwarc (so a file of any size takes
 * bounded memory). Each {@code response} record with a 2xx HTTP status and an HTML content type
 * ({@code text/html}, {@code application/xhtml+xml}) is one page, read by {@link HtmlArticles} with the record's
 * target URI as its address; other records (requests, metadata, images, redirects) are passed over. Items are
 * named {@code origin:record N}, N counting every record from 1.
 *
 * <p>The crawl date (WARC-Date) is not the publication date and is not used. A record that ends before its
 * declared length, or that cannot be parsed, is reported and ends the file (what follows cannot be found).
 */
final class WarcArticles {
    private WarcArticles() {
    }

    /** Reads the WARC stream {@code in}, giving each HTML page's item to {@code sink}. */
    static void read(String origin, InputStream in, ReadOptions options, Consumer<SourceItem> sink) {
        int records = 0;
        int pages = 0;
        try (WarcReader reader = new WarcReader(in)) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    sink.accept(new SourceItem.Failed(origin + ":record " + (records + 1),
                            "truncated or malformed WARC record: " + Problems.oneLine(e)));
                    return;
                }
                if (next.isEmpty()) {
                    break;
                }
                records++;
                String recordOrigin = origin + ":record " + records;
                try {
                    Optional<SourceItem> item = page(recordOrigin, next.get(), options);
                    if (item.isPresent()) {
                        pages++;
                        sink.accept(item.get());
                    }
                } catch (IOException | RuntimeException e) {
                    sink.accept(new SourceItem.Failed(recordOrigin, "truncated or malformed WARC record: "
                            + Problems.oneLine(e)));
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.accept(new SourceItem.Failed(origin, "not a WARC file: " + Problems.oneLine(e)));
            return;
        }
        if (records == 0) {
            sink.accept(new SourceItem.Failed(origin, "no WARC records"));
        } else if (pages == 0) {
            sink.accept(new SourceItem.Failed(origin, "no HTML response among " + records + " WARC record(s)"));
        }
    }

    /** The item of one record, or empty when the record is not an HTML page. */
    private static Optional<SourceItem> page(String origin, WarcRecord record, ReadOptions options) throws IOException {
        if (!(record instanceof WarcResponse response)
                || !response.contentType().base().toString().equalsIgnoreCase("application/http")) {
            return Optional.empty();
        }
        HttpResponse http = response.http();
        MediaType type = http.contentType();
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        if (http.status() / 100 != 2 || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream body = http.bodyDecoded().stream()) {
            bytes = body.readNBytes(ArticleReader.MAX_ARTICLE_BYTES + 1);
        }
        if (bytes.length > ArticleReader.MAX_ARTICLE_BYTES) {
            return Optional.of(new SourceItem.Failed(origin, "article over 5 MB"));
        }
        MessageBody block = record.body();
        block.consume();
        if (block.position() < block.size()) {
            return Optional.of(new SourceItem.Failed(origin, "truncated WARC record: " + block.position() + " of "
                    + block.size() + " bytes"));
        }
        Optional<String> charset = Optional.ofNullable(type.parameters().get("charset"));
        return Optional.of(HtmlArticles.read(origin, bytes, charset, response.target(), options.defaultDate()));
    }
}
