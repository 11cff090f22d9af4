package org.parley.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom feed read with Rome: one item per entry, named {@code origin:entry N}
 * (1-based, in feed order).
 *
 * <p>An entry's title, link and date (published, else updated; its UTC day) come from the feed; its source is
 * the feed's title. Its text is the entry's content, else its summary, as plain text; with
 * {@link ReadOptions#fetchPages()} the entry's link is fetched instead (timeout, size cap and user agent of
 * {@link HttpFetcher}) and read as an HTML page, whose own metadata wins over the feed's. A feed is parsed
 * whole (Rome builds it in memory), so a feed file is capped at {@link #MAX_FEED_BYTES}.
 */
final class FeedArticles {
    /** The largest feed read, in bytes (50 MB). */
    static final int MAX_FEED_BYTES = 50 * 1024 * 1024;

    private FeedArticles() {
    }

    /** Reads the feed in {@code bytes}, giving each entry's item to {@code sink}. */
    static void read(String origin, byte[] bytes, ReadOptions options, Consumer<SourceItem> sink) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (Exception e) {
            sink.accept(new SourceItem.Failed(origin, "not an RSS or Atom feed: " + Problems.oneLine(e)));
            return;
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            sink.accept(new SourceItem.Failed(origin, "feed with no entries"));
            return;
        }
        String source = clean(feed.getTitle());
        for (int i = 0; i < entries.size(); i++) {
            String entryOrigin = origin + ":entry " + (i + 1);
            try {
                entry(entryOrigin, entries.get(i), source, options).ifPresent(sink);
            } catch (RuntimeException e) {
                sink.accept(new SourceItem.Failed(entryOrigin, "unreadable entry: " + Problems.oneLine(e)));
            }
        }
    }

    /** The entry's item; empty for a page not fetched because {@link ReadOptions#skipLink()} accepts its link. */
    private static Optional<SourceItem> entry(String origin, SyndEntry entry, String source, ReadOptions options) {
        String title = clean(entry.getTitle());
        String link = clean(entry.getLink()).isEmpty() ? clean(entry.getUri()) : clean(entry.getLink());
        Optional<LocalDate> date = Optional.ofNullable(entry.getPublishedDate())
                .or(() -> Optional.ofNullable(entry.getUpdatedDate())).map(Dates::utcDay);
        if (options.fetchPages()) {
            return options.skipLink().test(link) ? Optional.empty()
                    : Optional.of(fetched(origin, link, title, source, date, options));
        }
        String html = entry.getContents().stream().map(SyndContent::getValue).filter(v -> v != null && !v.isBlank())
                .findFirst().orElseGet(() -> entry.getDescription() == null ? "" : clean(entry.getDescription().getValue()));
        String text = HtmlArticles.fragmentText(html);
        if (text.isBlank()) {
            return Optional.of(new SourceItem.Failed(origin, "entry with no text (use --fetch to read its page)"));
        }
        if (text.length() > ArticleReader.MAX_ARTICLE_BYTES) {
            return Optional.of(new SourceItem.Failed(origin, "article over 5 MB"));
        }
        return Optional.of(Items.loaded(origin, title, text, link, source, date, options.defaultDate()));
    }

    private static SourceItem fetched(String origin, String link, String title, String source,
                                      Optional<LocalDate> date, ReadOptions options) {
        if (link.isEmpty()) {
            return new SourceItem.Failed(origin, "entry with no link to fetch");
        }
        HttpFetcher.Page page;
        try {
            page = options.fetcher().fetch(link);
        } catch (HttpFetcher.FetchException e) {
            return new SourceItem.Failed(origin, link + ": " + e.getMessage());
        }
        if (Utf8Text.hasNul(page.body())) {
            return new SourceItem.Failed(origin, link + ": binary data (NUL byte), not HTML");
        }
        HtmlArticles.Page html = HtmlArticles.page(page.body(), page.charset(), page.url());
        if (html.text().isBlank()) {
            return new SourceItem.Failed(origin, link + ": " + HtmlArticles.NO_TEXT);
        }
        return Items.loaded(origin, html.title().isEmpty() ? title : html.title(), html.text(), html.url(),
                source.isEmpty() ? html.source() : source, html.date().or(() -> date), options.defaultDate());
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
