package org.parley.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parley.model.Article;

/** Builds the {@link SourceItem.Loaded} item for an article, with the date rule in one place. */
final class Items {
    private Items() {
    }

    /**
     * The article's date is its format's metadata ({@code ownDate}), else a dateline in the text, else the
     * user's default date; with none of them, the item warns.
     */
    static SourceItem.Loaded loaded(String origin, String title, String text, String url, String source,
                                    Optional<LocalDate> ownDate, Optional<LocalDate> defaultDate) {
        Optional<LocalDate> date = ownDate.or(() -> Datelines.find(text)).or(() -> defaultDate);
        Article article = Article.of(title, text, url, source, date);
        return new SourceItem.Loaded(origin, article, date.isPresent() ? List.of() : List.of(ArticleReader.NO_DATE));
    }
}
