package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.parley.model.Article;

class WarcArticlesTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    private static Article article(SourceItem item) {
        assertThat(item).isInstanceOf(SourceItem.Loaded.class);
        return ((SourceItem.Loaded) item).article();
    }

    @Test
    void htmlResponsesBecomeArticlesOtherRecordsArePassedOver() throws IOException {
        for (WarcCompression compression : WarcCompression.values()) {
            String name = compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc";
            Path warc = Warcs.crawl(dir.resolve(name), compression);
            List<SourceItem> items = reader.read(List.of(warc), Optional.empty());

            assertThat(items).extracting(SourceItem::origin).containsExactly(warc + ":record 3", warc + ":record 5");
            Article page = article(items.get(0));
            assertThat(page.title()).isEqualTo("Blinken meets Xi in Beijing");
            assertThat(page.url()).isEqualTo("https://news.example.org/world/blinken-xi");
            assertThat(page.published()).contains(LocalDate.of(2023, 6, 19));
            assertThat(page.text()).startsWith("US Secretary of State Antony Blinken met").doesNotContain("Share this story");
            Article niger = article(items.get(1));
            assertThat(niger.url()).isEqualTo("https://other.example.net/niger");
            assertThat(niger.source()).isEqualTo("other.example.net");
            assertThat(niger.text()).contains("caf\u00e9 owners");
            assertThat(niger.published()).contains(LocalDate.of(2023, 8, 10));
        }
    }

    @Test
    void aTruncatedRecordIsReportedWithItsNumberAndEarlierRecordsKept() throws IOException {
        Path whole = Warcs.crawl(dir.resolve("whole.warc"), WarcCompression.NONE);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(bytes, bytes.length - 60));

        List<SourceItem> items = reader.read(List.of(cut), Optional.empty());

        assertThat(items).hasSize(2);
        assertThat(article(items.get(0)).title()).isEqualTo("Blinken meets Xi in Beijing");
        assertThat(items.get(1).origin()).isEqualTo(cut + ":record 5");
        assertThat(((SourceItem.Failed) items.get(1)).problem()).contains("truncated");
    }

    @Test
    void aTruncatedGzipWarcIsReportedToo() throws IOException {
        Path whole = Warcs.crawl(dir.resolve("whole.warc.gz"), WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(bytes, bytes.length - 40));

        List<SourceItem> items = reader.read(List.of(cut), Optional.empty());

        assertThat(items.get(0)).isInstanceOf(SourceItem.Loaded.class);
        assertThat(items.get(items.size() - 1)).isInstanceOf(SourceItem.Failed.class);
        assertThat(items.get(items.size() - 1).origin()).isEqualTo(cut + ":record 5");
    }

    @Test
    void aWarcWithoutHtmlSaysSo() throws IOException {
        Path warc = dir.resolve("img.warc");
        try (var writer = new org.netpreserve.jwarc.WarcWriter(Files.newOutputStream(warc))) {
            writer.write(Warcs.response("https://x.example/a.png", "image/png", new byte[] {1, 2, 3}));
        }
        assertThat(reader.read(List.of(warc), Optional.empty()))
                .containsExactly(new SourceItem.Failed(warc.toString(), "no HTML response among 1 WARC record(s)"));
    }

    @Test
    void aFileNamedWarcThatIsNotOneFails() throws IOException {
        Path warc = Files.writeString(dir.resolve("fake.warc"), "this is not a warc file at all");
        List<SourceItem> items = reader.read(List.of(warc), Optional.empty());
        assertThat(items).hasSize(1);
        assertThat(items.get(0)).isInstanceOf(SourceItem.Failed.class);
    }
}
