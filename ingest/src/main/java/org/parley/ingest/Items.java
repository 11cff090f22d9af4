package org.parley.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parley.model.Article;

/** Builds the {@link SourceItem.Loaded} item for an article, with the date rule in one place. */
final class Items {
    private Items() {
    }

    /** The file's own date wins over the user's default date; with neither, the item warns. */
    static SourceItem.Loaded loaded(String origin, String title, String text, String url, String source,
                                    Optional<LocalDate> fileDate, Optional<LocalDate> defaultDate) {
        Optional<LocalDate> date = fileDate.or(() -> defaultDate);
        Article article = Article.of(title, text, url, source, date);
        return new SourceItem.Loaded(origin, article, date.isPresent() ? List.of() : List.of(ArticleReader.NO_DATE));
    }
}
