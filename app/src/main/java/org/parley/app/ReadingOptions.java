package org.parley.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.ingest.HttpFetcher;
import org.parley.ingest.InputFormat;
import org.parley.ingest.JsonFields;
import org.parley.ingest.Languages;
import org.parley.ingest.ReadOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The reading options {@code ingest} and {@code watch} share, turned into the reader's {@link ReadOptions}.
 * Bad values are usage errors (exit 2) naming the option.
 */
public final class ReadingOptions {
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = CodeCommand.DayConverter.class,
            description = "Publication day for articles whose metadata and dateline give none.")
    private Optional<LocalDate> date = Optional.empty();

    @Option(names = "--input-format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "Read every input as text, html, jsonl, feed (rss, atom) or warc instead of detecting it.")
    private Optional<InputFormat> format = Optional.empty();

    @Option(names = "--field", paramLabel = "PART=FIELD",
            description = "JSON Lines: read PART (text, title, date, url, source) from FIELD, e.g. --field text=body "
                    + "(repeatable).")
    private List<String> fields = new ArrayList<>();

    @Option(names = "--fetch",
            description = "Feeds: fetch each entry's page (20 s timeout, 5 MB cap, one request per host per second) "
                    + "instead of using the entry's own text.")
    private boolean fetch;

    @Option(names = "--lang", paramLabel = "CODES", defaultValue = "en",
            description = "Keep articles in these languages (ISO 639-1, comma-separated, or 'any'); others are "
                    + "reported and skipped (default: ${DEFAULT-VALUE}).")
    private String lang = "en";

    /** The reader's options; {@code stdin} is what the input {@code -} reads. */
    ReadOptions toReadOptions(java.io.InputStream stdin) {
        JsonFields names = JsonFields.DEFAULT;
        for (String mapping : fields) {
            names = names.with(mapping);
        }
        return ReadOptions.defaults().withDefaultDate(date).withFormat(format).withFields(names).withFetchPages(fetch)
                .withFetcher(HttpFetcher.polite(Version.current())).withLanguages(Languages.parse(lang)).withStdin(stdin);
    }

    /**
     * Checks the values picocli cannot check alone ({@code --field}, {@code --lang}).
     *
     * @return the problem, naming the option, or empty
     */
    Optional<String> problem() {
        try {
            toReadOptions(java.io.InputStream.nullInputStream());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Parses {@code --input-format}. */
    static final class FormatConverter implements ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            return InputFormat.parse(value).orElseThrow(() ->
                    new TypeConversionException("not a format (text, html, jsonl, feed, warc): " + value));
        }
    }
}
