package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadOptionsTest {
    @TempDir
    Path dir;

    private static List<SourceItem> read(ReadOptions options, String... inputs) {
        List<SourceItem> items = new ArrayList<>();
        new ArticleReader(options).read(List.of(inputs), items::add);
        return items;
    }

    private static ReadOptions stdin(String content) {
        return ReadOptions.defaults().withStdin(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void standardInputIsDetectedLikeAFile() {
        List<SourceItem> jsonl = read(stdin("{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n"), "-");
        assertThat(jsonl).extracting(SourceItem::origin).containsExactly("stdin:1", "stdin:2");
        List<SourceItem> html = read(stdin(HtmlArticlesTest.PAGE), "-");
        assertThat(((SourceItem.Loaded) html.get(0)).article().title()).isEqualTo("Blinken meets Xi in Beijing");
        assertThat(read(stdin(""), "-")).containsExactly(new SourceItem.Failed("stdin", "empty file"));
    }

    @Test
    void aForcedFormatOverridesDetection() throws Exception {
        Path file = Files.writeString(dir.resolve("page.txt"), "<html><body><p>Story.</p></body></html>");
        SourceItem asText = read(ReadOptions.defaults().withFormat(Optional.of(InputFormat.TEXT)), file.toString()).get(0);
        assertThat(((SourceItem.Loaded) asText).article().text()).startsWith("<html>");
    }

    @Test
    void jsonFieldsCanBeMapped() {
        JsonFields fields = JsonFields.DEFAULT.with("text=body").with("date = published_at").with("source=outlet");
        List<SourceItem> items = read(stdin("{\"body\":\"Story.\",\"published_at\":\"2023-06-18\",\"outlet\":\"AP\"}\n"
                + "{\"text\":\"Not the body field.\"}\n").withFields(fields), "-");
        SourceItem.Loaded first = (SourceItem.Loaded) items.get(0);
        assertThat(first.article().source()).isEqualTo("AP");
        assertThat(first.article().published()).contains(LocalDate.of(2023, 6, 18));
        assertThat(items.get(1)).isEqualTo(new SourceItem.Failed("stdin:2", "no \"body\" field"));
        assertThatThrownBy(() -> JsonFields.DEFAULT.with("body")).hasMessageContaining("body");
        assertThatThrownBy(() -> JsonFields.DEFAULT.with("author=by")).hasMessageContaining("author");
    }

    @Test
    void aDatelineWinsOverTheDefaultDateButNotOverTheHeader() throws Exception {
        Path dated = Files.writeString(dir.resolve("a.txt"), "KYIV, 3 November 2023 - Ukraine said.");
        Path header = Files.writeString(dir.resolve("b.txt"), "Date: 2023-11-04\n\nKYIV, 3 November 2023 - Ukraine said.");
        ReadOptions options = ReadOptions.defaults().withDefaultDate(Optional.of(LocalDate.of(2024, 1, 1)));
        List<SourceItem> items = read(options, dated.toString(), header.toString());
        assertThat(((SourceItem.Loaded) items.get(0)).article().published()).contains(LocalDate.of(2023, 11, 3));
        assertThat(((SourceItem.Loaded) items.get(1)).article().published()).contains(LocalDate.of(2023, 11, 4));
    }

    @Test
    void bytesReadAndTotalBytesCountTheFiles() throws Exception {
        Path a = Files.writeString(Files.createDirectories(dir.resolve("in")).resolve("a.txt"), "A story.");
        Files.writeString(dir.resolve("in").resolve("b.jsonl"), "{\"text\":\"Story one.\"}\n");
        Files.writeString(dir.resolve("in").resolve("skip.png"), "not counted");
        long total = Files.size(a) + Files.size(dir.resolve("in").resolve("b.jsonl"));
        assertThat(ArticleReader.totalBytes(List.of(dir.resolve("in").toString()))).isEqualTo(OptionalLong.of(total));
        assertThat(ArticleReader.totalBytes(List.of("-"))).isEmpty();
        ArticleReader reader = new ArticleReader();
        reader.read(List.of(dir.resolve("in").toString()), item -> { });
        assertThat(reader.bytesRead()).isEqualTo(total);
    }

    @Test
    void anotherLanguageIsAFailureNamingIt() {
        ReadOptions options = stdin("{\"text\":\"Les ministres des affaires étrangères se sont rencontrés mardi à Genève "
                + "et ont convenu de reprendre les négociations sur la libération des prisonniers.\"}\n").withLanguages(Languages.ENGLISH);
        assertThat(read(options, "-")).containsExactly(new SourceItem.Failed("stdin:1",
                "in French (fr), not en: use --lang fr or --lang any to keep it"));
    }
}
