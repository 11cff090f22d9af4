package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.ArticleIds;

class ArticleReaderTest {
    private static final String BODY = "US Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing.";
    private static final Optional<LocalDate> NO_DEFAULT = Optional.empty();

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private List<SourceItem> read(Path path) {
        return reader.read(List.of(path), NO_DEFAULT);
    }

    private static SourceItem.Loaded loaded(SourceItem item) {
        assertThat(item).isInstanceOf(SourceItem.Loaded.class);
        return (SourceItem.Loaded) item;
    }

    private static String problem(SourceItem item) {
        assertThat(item).isInstanceOf(SourceItem.Failed.class);
        return ((SourceItem.Failed) item).problem();
    }

    @Test
    void textWithHeaderLines() throws IOException {
        Path file = write("a.txt", "TITLE: Blinken in Beijing\ndate: 2023-06-18\nUrl: https://example.org/a\n"
                + "Source:  Reuters \n\n" + BODY + "\nSecond paragraph.\n");
        SourceItem.Loaded item = loaded(read(file).get(0));
        Article a = item.article();
        assertThat(item.origin()).isEqualTo(file.toString());
        assertThat(a.title()).isEqualTo("Blinken in Beijing");
        assertThat(a.published()).contains(LocalDate.of(2023, 6, 18));
        assertThat(a.url()).isEqualTo("https://example.org/a");
        assertThat(a.source()).isEqualTo("Reuters");
        assertThat(a.text()).isEqualTo(BODY + "\nSecond paragraph.");
        assertThat(a.id()).isEqualTo(ArticleIds.of(BODY + "\nSecond paragraph."));
        assertThat(item.warnings()).isEmpty();
    }

    @Test
    void headerEndsAtFirstOtherLine() throws IOException {
        Path file = write("a.txt", "China: China and the US agreed.\nTitle: not a header any more\n");
        Article a = loaded(read(file).get(0)).article();
        assertThat(a.title()).isEmpty();
        assertThat(a.text()).isEqualTo("China: China and the US agreed.\nTitle: not a header any more");
    }

    @Test
    void textWithoutDateTakesDefaultOrWarns() throws IOException {
        Path file = write("a.txt", BODY);
        SourceItem.Loaded undated = loaded(read(file).get(0));
        assertThat(undated.article().published()).isEmpty();
        assertThat(undated.warnings()).containsExactly(ArticleReader.NO_DATE);

        SourceItem.Loaded defaulted = loaded(reader.read(List.of(file), Optional.of(LocalDate.of(2024, 1, 2))).get(0));
        assertThat(defaulted.article().published()).contains(LocalDate.of(2024, 1, 2));
        assertThat(defaulted.warnings()).isEmpty();
    }

    @Test
    void ownDateWinsOverDefault() throws IOException {
        Path file = write("a.txt", "Date: 2023-06-18T22:30:00-04:00\n" + BODY);
        Article a = loaded(reader.read(List.of(file), Optional.of(LocalDate.of(2024, 1, 2))).get(0)).article();
        assertThat(a.published()).contains(LocalDate.of(2023, 6, 18));
    }

    @Test
    void bomAndCrlfAreNormalised() throws IOException {
        Path file = write("a.txt", "\uFEFFTitle: T\r\n\r\nline one\r\nline two\r\n");
        Article a = loaded(read(file).get(0)).article();
        assertThat(a.title()).isEqualTo("T");
        assertThat(a.text()).isEqualTo("line one\nline two");
    }

    @Test
    void jsonLinesOneArticlePerLine() throws IOException {
        Path file = write("b.jsonl", "{\"text\":\"" + BODY + "\",\"title\":\"T1\",\"date\":\"2023-06-18\","
                + "\"url\":\"u\",\"source\":\"AP\",\"extra\":3}\n"
                + "\n"
                + "{\"text\":\"Second story.\",\"date\":\"2023-06-19T08:00:00Z\"}\r\n"
                + "{\"text\":\"Third story.\",\"date\":null}");
        List<SourceItem> items = read(file);
        assertThat(items).hasSize(3);
        SourceItem.Loaded first = loaded(items.get(0));
        assertThat(first.origin()).isEqualTo(file + ":1");
        assertThat(first.article().title()).isEqualTo("T1");
        assertThat(first.article().source()).isEqualTo("AP");
        assertThat(first.article().url()).isEqualTo("u");
        assertThat(first.article().published()).contains(LocalDate.of(2023, 6, 18));
        SourceItem.Loaded second = loaded(items.get(1));
        assertThat(second.origin()).isEqualTo(file + ":3");
        assertThat(second.article().published()).contains(LocalDate.of(2023, 6, 19));
        SourceItem.Loaded third = loaded(items.get(2));
        assertThat(third.origin()).isEqualTo(file + ":4");
        assertThat(third.warnings()).containsExactly(ArticleReader.NO_DATE);
    }

    @Test
    void jsonLinesBadLinesFailAloneAndTheRestContinues() throws IOException {
        Path file = write("b.jsonl", "{\"text\":\"ok one\"}\n"
                + "not json at all\n"
                + "{\"title\":\"no text\"}\n"
                + "{\"text\":\"x\",\"date\":\"xyz\"}\n"
                + "[1,2]\n"
                + "{\"text\":42}\n"
                + "{\"text\":\"   \"}\n"
                + "{\"text\":\"ok two\"} trailing\n"
                + "{\"text\":\"ok three\",\"title\":7}\n"
                + "{\"text\":\"ok four\"}\n");
        List<SourceItem> items = read(file);
        assertThat(items).hasSize(10);
        assertThat(loaded(items.get(0)).article().text()).isEqualTo("ok one");
        assertThat(problem(items.get(1))).startsWith("not JSON: ");
        assertThat(items.get(1).origin()).isEqualTo(file + ":2");
        assertThat(problem(items.get(2))).isEqualTo("no \"text\" field");
        assertThat(problem(items.get(3))).isEqualTo("bad date 'xyz'");
        assertThat(problem(items.get(4))).isEqualTo("not a JSON object");
        assertThat(problem(items.get(5))).isEqualTo("\"text\" is not a string");
        assertThat(problem(items.get(6))).isEqualTo("empty \"text\" field");
        assertThat(problem(items.get(7))).startsWith("not JSON: ");
        assertThat(problem(items.get(8))).isEqualTo("\"title\" is not a string");
        assertThat(loaded(items.get(9)).article().text()).isEqualTo("ok four");
    }

    @Test
    void jsonLinesInvalidUtf8NamesLineAndFileOffset() throws IOException {
        byte[] first = "{\"text\":\"fine\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] second = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '(', '"', '}', '\n'};
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        List<SourceItem> items = read(write("c.jsonl", all));
        assertThat(items).hasSize(2);
        assertThat(problem(items.get(1))).isEqualTo("not valid UTF-8 (byte offset " + (first.length + 9) + ")");
    }

    @Test
    void jsonLinesOnlyBlankLinesFails() throws IOException {
        assertThat(problem(read(write("d.jsonl", "\n  \n\n")).get(0))).isEqualTo("no articles: only blank lines");
    }

    @Test
    void folderIsWalkedRecursivelyInSortedOrder() throws IOException {
        write("z.txt", "zed story");
        write("a/b.txt", "b story");
        write("a/a.jsonl", "{\"text\":\"a one\"}\n{\"text\":\"a two\"}\n");
        write("a/page.html", "<p>page story</p>");
        write("a/ignored.png", "not an article");
        write("m.TXT", "upper case extension");
        List<SourceItem> items = read(dir);
        assertThat(items).extracting(SourceItem::origin).containsExactly(
                dir.resolve("a/a.jsonl") + ":1", dir.resolve("a/a.jsonl") + ":2", dir.resolve("a/b.txt").toString(),
                dir.resolve("a/page.html").toString(), dir.resolve("m.TXT").toString(), dir.resolve("z.txt").toString());
        assertThat(items).allMatch(i -> i instanceof SourceItem.Loaded);
    }

    @Test
    void htmlIsReadByExtensionOrByContent() throws IOException {
        String page = "<p>Blinken met Xi in Beijing.</p>";
        assertThat(loaded(read(write("page.html", page)).get(0)).article().text()).isEqualTo("Blinken met Xi in Beijing.");
        assertThat(loaded(read(write("page.HTM", page)).get(0)).article().text()).isEqualTo("Blinken met Xi in Beijing.");
        assertThat(loaded(read(write("saved.txt", "\uFEFF\n  <!DOCTYPE html>\n<html><body>" + page)).get(0))
                .article().text()).isEqualTo("Blinken met Xi in Beijing.");
        List<SourceItem> items = read(write("saved.jsonl", "<HTML lang=\"en\">\n" + page));
        assertThat(items).hasSize(1);
        assertThat(loaded(items.get(0)).article().text()).isEqualTo("Blinken met Xi in Beijing.");
    }

    @Test
    void textMentioningHtmlIsStillText() throws IOException {
        Path file = write("note.txt", "The <html> tag was in the leaked file, officials said.");
        assertThat(loaded(read(file).get(0)).article().text()).startsWith("The <html> tag");
        assertThat(loaded(read(write("h.txt", "<htmlish> story")).get(0)).article().text()).isEqualTo("<htmlish> story");
    }

    @Test
    void emptyFolderFails() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        assertThat(problem(read(dir.resolve("empty")).get(0))).startsWith("no article files in folder");
    }

    @Test
    void noPathsGiveNoItems() {
        assertThat(reader.read(List.of(), NO_DEFAULT)).isEmpty();
    }

    @Test
    void missingFileFailsAndTheBatchContinues() throws IOException {
        Path good = write("good.txt", BODY);
        List<SourceItem> items = reader.read(List.of(dir.resolve("missing.txt"), good), NO_DEFAULT);
        assertThat(items).hasSize(2);
        assertThat(problem(items.get(0))).isEqualTo("no such file or folder");
        assertThat(items.get(0).origin()).isEqualTo(dir.resolve("missing.txt").toString());
        assertThat(loaded(items.get(1)).article().text()).isEqualTo(BODY);
    }

    @Test
    void emptyAndBlankFilesFail() throws IOException {
        assertThat(problem(read(write("e.txt", "")).get(0))).isEqualTo("empty file");
        assertThat(problem(read(write("f.txt", " \n\t\n")).get(0))).isEqualTo("empty file");
        assertThat(problem(read(write("g.jsonl", "")).get(0))).isEqualTo("empty file");
        assertThat(problem(read(write("h.txt", "Title: only a header\n\n")).get(0)))
                .isEqualTo("no article text after the header");
    }

    @Test
    void binaryFileFails() throws IOException {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'x'};
        assertThat(problem(read(write("x.txt", bytes)).get(0))).isEqualTo("binary file, not text");
        assertThat(problem(read(write("x.jsonl", bytes)).get(0))).isEqualTo("binary file, not text");
    }

    @Test
    void invalidUtf8NamesByteOffset() throws IOException {
        byte[] bytes = {'a', 'b', 'c', (byte) 0xE9, 't', 'e'};
        assertThat(problem(read(write("latin1.txt", bytes)).get(0))).isEqualTo("not valid UTF-8 (byte offset 3)");
    }

    @Test
    void articleOverFiveMegabytesFails() throws IOException {
        byte[] big = new byte[ArticleReader.MAX_ARTICLE_BYTES + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(problem(read(write("big.txt", big)).get(0)))
                .isEqualTo("article over 5 MB (" + big.length + " bytes)");
        big[big.length - 1] = '\n';
        List<SourceItem> lines = read(write("big.jsonl", big));
        assertThat(problem(lines.get(0))).isEqualTo("article over 5 MB (" + (big.length - 1) + " bytes)");
    }

    @Test
    void badDateHeaderFails() throws IOException {
        assertThat(problem(read(write("d.txt", "Date: xyz\n" + BODY)).get(0))).isEqualTo("bad date 'xyz'");
        assertThat(problem(read(write("d2.txt", "Date: 2023-02-30\n" + BODY)).get(0))).isEqualTo("bad date '2023-02-30'");
    }

    @Test
    void unknownExtensionGivenExplicitlyIsReadAsText() throws IOException {
        Path file = write("story.md", "Title: Markdown\n\n" + BODY);
        Article a = loaded(read(file).get(0)).article();
        assertThat(a.title()).isEqualTo("Markdown");
        assertThat(a.text()).isEqualTo(BODY);
    }

    @Test
    void randomBytesNeverThrowAndGiveOneItemPerFile() throws IOException {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(2000)];
            random.nextBytes(bytes);
            if (i % 3 == 0) {
                for (int j = 0; j < bytes.length; j++) {
                    bytes[j] = (byte) (bytes[j] & 0x7F | (bytes[j] == 0 ? 1 : 0));
                }
            }
            Path txt = write("r" + i + ".txt", bytes);
            Path jsonl = write("r" + i + ".jsonl", bytes);
            List<SourceItem> items = reader.read(List.of(txt), NO_DEFAULT);
            assertThat(items).hasSize(1);
            assertThat(reader.read(List.of(jsonl), NO_DEFAULT)).isNotEmpty()
                    .allSatisfy(item -> assertThat(item.origin()).startsWith(jsonl.toString()));
            if (items.get(0) instanceof SourceItem.Failed failed) {
                assertThat(failed.problem()).doesNotContain("\n").isNotBlank();
            }
        }
    }

    /** What a Spark executor reads: a file's bytes by name, not by local path; same items as from the file. */
    @Test
    void streamsReadLikeFilesOfTheSameName() throws IOException {
        String lines = "{\"text\":\"" + BODY + "\",\"date\":\"2023-06-18\"}\n{\"title\":\"no text\"}\n";
        Path jsonl = write("batch.jsonl", lines);
        assertThat(stream(jsonl.toString(), lines)).isEqualTo(read(jsonl)).hasSize(2);
        List<SourceItem> text = stream("hdfs://news/a.txt", "Title: Blinken in Beijing\nDate: 2023-06-18\n\n" + BODY);
        Article a = loaded(text.get(0)).article();
        assertThat(a.title()).isEqualTo("Blinken in Beijing");
        assertThat(a.published()).contains(LocalDate.of(2023, 6, 18));
        assertThat(stream("s3a://news/empty.txt", "")).containsExactly(new SourceItem.Failed("s3a://news/empty.txt",
                "empty file"));
        assertThat(ArticleReader.isArticleFile("a.warc.gz")).isTrue();
        assertThat(ArticleReader.isArticleFile("README.md")).isFalse();
    }

    private List<SourceItem> stream(String origin, String content) {
        List<SourceItem> items = new java.util.ArrayList<>();
        reader.read(origin, new java.io.ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), items::add);
        return items;
    }
}
