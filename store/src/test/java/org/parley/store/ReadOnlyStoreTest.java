package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.CodedArticle;

/** {@link EventStore#openReadOnly}: reads what was written, writes nothing, creates no file; {@link ArticleSpans}. */
class ReadOnlyStoreTest {
    @TempDir
    Path dir;

    private static CodedArticle bare(String text) {
        return new CodedArticle(Article.of("T", text, "", "", Optional.of(LocalDate.of(2024, 1, 2))), List.of(),
                List.of(), List.of(), List.of());
    }

    @Test
    void readsButRefusesToWrite() {
        Path db = dir.resolve("r.duckdb");
        CodedArticle first = bare("One article.");
        try (EventStore store = EventStore.open(db)) {
            store.save(first);
        }
        try (EventStore store = EventStore.openReadOnly(db)) {
            assertThat(store.counts().articles()).isEqualTo(1);
            ArticleSpans.Page page = new ArticleSpans(store).page(first.article().id()).orElseThrow();
            assertThat(page.text()).isEqualTo("One article.");
            assertThat(page.published()).contains(LocalDate.of(2024, 1, 2));
            assertThat(page.actors()).isEmpty();
            assertThat(new ArticleSpans(store).page("0000000000000000")).isEmpty();
            assertThatThrownBy(() -> store.save(bare("Another article."))).isInstanceOf(StoreException.class);
        }
    }

    @Test
    void aMissingFileIsNotCreated() {
        Path db = dir.resolve("none.duckdb");
        assertThatThrownBy(() -> EventStore.openReadOnly(db)).isInstanceOf(StoreException.class)
                .hasMessageContaining("no database at");
        assertThat(Files.exists(db)).isFalse();
    }
}
