package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;

class FeedArticlesTest {
    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>World Desk</title>
                <link>https://news.example.org/</link>
                <description>Test feed</description>
                <item>
                  <title>Blinken visits Beijing</title>
                  <link>%s</link>
                  <pubDate>Sun, 18 Jun 2023 09:30:00 GMT</pubDate>
                  <description>Short teaser.</description>
                  <content:encoded><![CDATA[<p>Antony Blinken met Wang Yi in Beijing.</p><p>Both spoke of stability.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Russia exits grain deal</title>
                  <link>%s</link>
                  <pubDate>Mon, 17 Jul 2023 10:00:00 GMT</pubDate>
                  <description>&lt;p&gt;Russia quit the Black Sea grain deal.&lt;/p&gt;</description>
                </item>
                <item>
                  <title>Only a title</title>
                  <link>https://news.example.org/empty</link>
                </item>
              </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Atom Desk</title>
              <id>urn:test:feed</id>
              <updated>2023-10-08T12:00:00Z</updated>
              <entry>
                <title>Israel strikes Gaza</title>
                <id>urn:test:1</id>
                <link href="https://atom.example.org/1"/>
                <updated>2023-10-08T12:00:00Z</updated>
                <summary>Israel struck targets in Gaza after the Hamas attack.</summary>
              </entry>
            </feed>
            """;

    @TempDir
    Path dir;

    private static Article article(SourceItem item) {
        assertThat(item).isInstanceOf(SourceItem.Loaded.class);
        return ((SourceItem.Loaded) item).article();
    }

    private static List<SourceItem> read(ReadOptions options, String input) {
        List<SourceItem> items = new ArrayList<>();
        new ArticleReader(options).read(List.of(input), items::add);
        return items;
    }

    private static HttpFetcher fastFetcher() {
        return new HttpFetcher(Duration.ofSeconds(5), ArticleReader.MAX_ARTICLE_BYTES, "parley-test/1", Duration.ZERO);
    }

    @Test
    void rssEntriesUseContentThenSummaryAndFailWithoutText() throws IOException {
        Path feed = Files.writeString(dir.resolve("world.rss"), RSS.formatted("https://news.example.org/a", "https://news.example.org/b"));
        List<SourceItem> items = read(ReadOptions.defaults(), feed.toString());

        assertThat(items).hasSize(3);
        Article first = article(items.get(0));
        assertThat(items.get(0).origin()).isEqualTo(feed + ":entry 1");
        assertThat(first.title()).isEqualTo("Blinken visits Beijing");
        assertThat(first.text()).isEqualTo("Antony Blinken met Wang Yi in Beijing.\n\nBoth spoke of stability.");
        assertThat(first.url()).isEqualTo("https://news.example.org/a");
        assertThat(first.source()).isEqualTo("World Desk");
        assertThat(first.published()).contains(LocalDate.of(2023, 6, 18));
        assertThat(article(items.get(1)).text()).isEqualTo("Russia quit the Black Sea grain deal.");
        assertThat(items.get(2)).isEqualTo(new SourceItem.Failed(feed + ":entry 3",
                "entry with no text (use --fetch to read its page)"));
    }

    @Test
    void atomEntries() throws IOException {
        Path feed = Files.writeString(dir.resolve("feed.xml"), ATOM);
        Article a = article(read(ReadOptions.defaults(), feed.toString()).get(0));
        assertThat(a.title()).isEqualTo("Israel strikes Gaza");
        assertThat(a.url()).isEqualTo("https://atom.example.org/1");
        assertThat(a.published()).contains(LocalDate.of(2023, 10, 8));
        assertThat(a.text()).isEqualTo("Israel struck targets in Gaza after the Hamas attack.");
    }

    @Test
    void aMalformedFeedIsOneFailure() throws IOException {
        Path feed = Files.writeString(dir.resolve("bad.rss"), "<rss><channel><item><title>unclosed");
        List<SourceItem> items = read(ReadOptions.defaults(), feed.toString());
        assertThat(items).hasSize(1);
        assertThat(((SourceItem.Failed) items.get(0)).problem()).startsWith("not an RSS or Atom feed: ");
    }

    @Test
    void aFeedServedOverHttpWithPagesFetchedOnRequest() throws Exception {
        try (TestServer server = new TestServer()) {
            server.serve("/feed", "application/rss+xml", RSS.formatted(server.url("/story"), server.url("/missing")))
                    .serve("/story", "text/html; charset=utf-8", HtmlArticlesTest.PAGE);
            ReadOptions options = ReadOptions.defaults().withFetcher(fastFetcher());

            List<SourceItem> summaries = read(options, server.url("/feed"));
            assertThat(summaries).hasSize(3);
            assertThat(article(summaries.get(0)).text()).startsWith("Antony Blinken met Wang Yi");

            List<SourceItem> pages = read(options.withFetchPages(true), server.url("/feed"));
            Article fetched = article(pages.get(0));
            assertThat(fetched.text()).startsWith("US Secretary of State Antony Blinken met Chinese President Xi Jinping");
            assertThat(fetched.title()).isEqualTo("Blinken meets Xi in Beijing");
            assertThat(fetched.published()).contains(LocalDate.of(2023, 6, 19));
            assertThat(server.lastUserAgent).isEqualTo("parley-test/1");
            assertThat(pages.get(1)).isEqualTo(new SourceItem.Failed(server.url("/feed") + ":entry 2",
                    server.url("/missing") + ": HTTP 404"));
            assertThat(pages.get(2)).isInstanceOf(SourceItem.Failed.class);
        }
    }

    @Test
    void pagesAlreadyStoredAreNotFetchedAgain() throws Exception {
        try (TestServer server = new TestServer()) {
            server.serve("/feed", "application/rss+xml", RSS.formatted(server.url("/story"), server.url("/other")))
                    .serve("/story", "text/html", HtmlArticlesTest.PAGE).serve("/other", "text/html", HtmlArticlesTest.PAGE);
            ReadOptions options = ReadOptions.defaults().withFetcher(fastFetcher()).withFetchPages(true)
                    .withSkipLink(link -> link.endsWith("/story") || link.endsWith("/empty"));
            List<SourceItem> items = read(options, server.url("/feed"));
            assertThat(items).extracting(SourceItem::origin).containsExactly(server.url("/feed") + ":entry 2");
            assertThat(server.requests("/story")).isZero();
            assertThat(server.requests("/other")).isEqualTo(1);
        }
    }

    @Test
    void aFailingOrSlowFeedUrlIsOneFailure() throws Exception {
        try (TestServer server = new TestServer()) {
            assertThat(read(ReadOptions.defaults().withFetcher(fastFetcher()), server.url("/nothing")))
                    .containsExactly(new SourceItem.Failed(server.url("/nothing"), "HTTP 404"));
            HttpFetcher impatient = new HttpFetcher(Duration.ofMillis(300), 1000, "parley-test/1", Duration.ZERO);
            List<SourceItem> slow = read(ReadOptions.defaults().withFetcher(impatient), server.url("/slow"));
            assertThat(slow).containsExactly(new SourceItem.Failed(server.url("/slow"), "timed out after 300 ms"));
        }
    }

    @Test
    void aPageOverTheSizeCapFails() throws Exception {
        try (TestServer server = new TestServer()) {
            server.serve("/big", "text/html", "<p>" + "x".repeat(5000) + "</p>");
            HttpFetcher small = new HttpFetcher(Duration.ofSeconds(5), 1000, "parley-test/1", Duration.ZERO);
            assertThatFails(() -> small.fetch(server.url("/big")), "over 1000 bytes (size cap)");
        }
    }

    private static void assertThatFails(Fetch fetch, String message) {
        try {
            fetch.run();
            throw new AssertionError("expected a FetchException");
        } catch (HttpFetcher.FetchException e) {
            assertThat(e.getMessage()).isEqualTo(message);
        }
    }

    private interface Fetch {
        void run() throws HttpFetcher.FetchException;
    }
}
