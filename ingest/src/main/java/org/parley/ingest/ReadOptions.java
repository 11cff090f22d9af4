package org.parley.ingest;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How {@link ArticleReader} reads. Immutable; each {@code with} method returns a new value.
 *
 * @param format      read every input as this format instead of detecting it; empty to detect
 * @param defaultDate the publication day of articles whose format metadata and dateline give none
 * @param fields      the JSON Lines field names
 * @param fetchPages  whether a feed entry's linked page is fetched and read as HTML (otherwise the entry's own
 *                    content or summary is the text)
 * @param fetcher     fetches feed URLs and, with {@code fetchPages}, entry pages
 * @param languages   the article languages kept; others become failed items
 * @param stdin       what the input {@code -} reads
 * @param skipLink    with {@code fetchPages}, feed entries whose link this accepts are passed over without
 *                    fetching and give no item (pages already stored, for {@code parley watch})
 */
public record ReadOptions(Optional<InputFormat> format, Optional<LocalDate> defaultDate, JsonFields fields,
                          boolean fetchPages, HttpFetcher fetcher, Languages languages, InputStream stdin,
                          Predicate<String> skipLink) {
    public ReadOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(defaultDate, "defaultDate");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(fetcher, "fetcher");
        Objects.requireNonNull(languages, "languages");
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(skipLink, "skipLink");
    }

    /** Detected formats, no default date, standard JSON fields, no page fetching, every language, System.in. */
    public static ReadOptions defaults() {
        return new ReadOptions(Optional.empty(), Optional.empty(), JsonFields.DEFAULT, false,
                HttpFetcher.polite("0"), Languages.ANY, System.in,
                link -> false);
    }

    /** These options with every input read as {@code forced} (empty: detect each input's format). */
    public ReadOptions withFormat(Optional<InputFormat> forced) {
        return new ReadOptions(forced, defaultDate, fields, fetchPages, fetcher, languages, stdin, skipLink);
    }

    /** These options with {@code day} for articles that carry no date (empty: leave them undated). */
    public ReadOptions withDefaultDate(Optional<LocalDate> day) {
        return new ReadOptions(format, day, fields, fetchPages, fetcher, languages, stdin, skipLink);
    }

    /** These options with the JSON Lines field names {@code names}. */
    public ReadOptions withFields(JsonFields names) {
        return new ReadOptions(format, defaultDate, names, fetchPages, fetcher, languages, stdin, skipLink);
    }

    /** These options fetching each feed entry's page ({@code true}) or using the entry's own text. */
    public ReadOptions withFetchPages(boolean fetch) {
        return new ReadOptions(format, defaultDate, fields, fetch, fetcher, languages, stdin, skipLink);
    }

    /** These options fetching feeds and pages with {@code http}. */
    public ReadOptions withFetcher(HttpFetcher http) {
        return new ReadOptions(format, defaultDate, fields, fetchPages, http, languages, stdin, skipLink);
    }

    /** These options keeping only articles in the languages {@code kept}. */
    public ReadOptions withLanguages(Languages kept) {
        return new ReadOptions(format, defaultDate, fields, fetchPages, fetcher, kept, stdin, skipLink);
    }

    /** These options reading the input {@code -} from {@code in}. */
    public ReadOptions withStdin(InputStream in) {
        return new ReadOptions(format, defaultDate, fields, fetchPages, fetcher, languages, in, skipLink);
    }

    /** These options passing over feed entries whose link {@code skip} accepts, when pages are fetched. */
    public ReadOptions withSkipLink(Predicate<String> skip) {
        return new ReadOptions(format, defaultDate, fields, fetchPages, fetcher, languages, stdin, skip);
    }
}
