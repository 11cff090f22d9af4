package org.parley.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads articles from files, folders, standard input and URLs, in every {@link InputFormat}.
 *
 * <ul>
 *   <li>An input is a file, a folder (walked recursively; its files whose names end like a format, see
 *       {@link FormatDetector#byName}, read in sorted path order), {@code -} for standard input, or an
 *       {@code http(s)://} URL (a feed or a page, fetched by {@link ReadOptions#fetcher()}).</li>
 *   <li>Each input's format is detected from its first bytes and its name ({@link FormatDetector}), unless
 *       {@link ReadOptions#format()} forces one.</li>
 *   <li>Text must be UTF-8 (a byte order mark is dropped; CRLF becomes LF); HTML may be in any charset its
 *       meta tags or server name.</li>
 *   <li>An article's date is its format's metadata, else a dateline in its first lines ({@link Datelines}),
 *       else {@link ReadOptions#defaultDate()}; with none it has no date and its item warns {@link #NO_DATE}. A
 *       file's modification time is never used.</li>
 *   <li>Articles over {@link #MAX_ARTICLE_BYTES} fail; JSON Lines and WARC files are streamed, so they may be of
 *       any size; a feed is capped at 50 MB.</li>
 *   <li>Articles in a language {@link ReadOptions#languages()} does not keep fail with the language named.</li>
 * </ul>
 *
 * <p>Nothing is thrown for bad input: each unreadable file, line, entry or record becomes a
 * {@link SourceItem.Failed} with a one-line problem, and the rest of the batch is still read. One reader counts
 * the bytes it has read ({@link #bytesRead()}) so that callers can show progress; it is not thread-safe.
 */
public final class ArticleReader {
    /** The largest article read, in bytes of UTF-8 (5 MiB); a JSON Lines line counts as one article. */
    public static final int MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

    /** The warning of an article with neither its own date nor a default date. */
    public static final String NO_DATE = "no date: events left undated (office holders resolve as of today)";

    /** The input naming standard input. */
    public static final String STDIN = "-";

    private final ReadOptions options;
    private long bytesRead;

    /** A reader with {@link ReadOptions#defaults()}. */
    public ArticleReader() {
        this(ReadOptions.defaults());
    }

    /** A reader with these options. */
    public ArticleReader(ReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Reads every path in order and collects the items (for small batches; {@link #read(List, Consumer)} streams).
     *
     * @param paths       files or folders
     * @param defaultDate the day given to articles that carry no date of their own
     * @return one item per article (or per unreadable file, line, entry or record), in input order
     */
    public List<SourceItem> read(List<Path> paths, Optional<LocalDate> defaultDate) {
        List<SourceItem> items = new ArrayList<>();
        new ArticleReader(options.withDefaultDate(defaultDate))
                .read(paths.stream().map(Path::toString).toList(), items::add);
        return List.copyOf(items);
    }

    /**
     * Reads every input in order, giving each item to {@code sink} as soon as it is read.
     *
     * @param inputs file or folder paths, {@code -} for standard input, or http(s) URLs
     * @param sink   receives one item per article, or per unreadable input, line, entry or record
     */
    public void read(List<String> inputs, Consumer<SourceItem> sink) {
        Consumer<SourceItem> kept = options.languages().any() ? sink : item -> sink.accept(checkLanguage(item));
        for (String input : inputs) {
            if (input.equals(STDIN)) {
                readStdin(kept);
            } else if (isUrl(input)) {
                readUrl(input, kept);
            } else if (Files.isDirectory(Path.of(input))) {
                readFolder(Path.of(input), kept);
            } else {
                readFile(Path.of(input), kept);
            }
        }
    }

    /**
     * Reads one file given as a stream rather than a local path (a file on HDFS or S3, read by a Spark executor), by
     * the rules for files: the format from the options, else from the file's name and first bytes (text, HTML, JSON
     * Lines, feeds, WARC). The stream is read, not closed.
     *
     * @param origin the file's path or address, used in each item's origin; its last segment is the name the format
     *               is told from
     * @param in     the file's bytes
     * @param sink   receives one item per article, or per unreadable file, line, entry or record
     */
    public void read(String origin, InputStream in, Consumer<SourceItem> sink) {
        Consumer<SourceItem> kept = options.languages().any() ? sink : item -> sink.accept(checkLanguage(item));
        try {
            readStream(origin, origin.substring(origin.lastIndexOf('/') + 1), in, OptionalLong.empty(),
                    new Origin(Optional.empty(), ""), kept);
        } catch (IOException | UncheckedIOException e) {
            kept.accept(new SourceItem.Failed(origin, "cannot read: " + describe(e)));
        }
    }

    /** Whether a folder walk reads a file of this name ({@code .txt}, {@code .html}, {@code .jsonl}, feeds, WARC). */
    public static boolean isArticleFile(String name) {
        return FormatDetector.byName(name).isPresent();
    }

    /** Bytes read so far from files and standard input (compressed bytes for a WARC.gz), and URL bodies. */
    public long bytesRead() {
        return bytesRead;
    }

    /**
     * The total size in bytes of the files the inputs name (folders walked as {@link #read} walks them), or
     * empty when an input is standard input or a URL, whose size is not known beforehand.
     */
    public static OptionalLong totalBytes(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            if (input.equals(STDIN) || isUrl(input)) {
                return OptionalLong.empty();
            }
            Path path = Path.of(input);
            try {
                for (Path file : Files.isDirectory(path) ? articleFiles(path) : List.of(path)) {
                    total += Files.isRegularFile(file) ? Files.size(file) : 0;
                }
            } catch (IOException | UncheckedIOException e) {
                // an unreadable input counts for nothing; reading it reports the problem
            }
        }
        return OptionalLong.of(total);
    }

    private SourceItem checkLanguage(SourceItem item) {
        if (item instanceof SourceItem.Loaded loaded) {
            Optional<String> problem = options.languages().problem(loaded.article().text());
            if (problem.isPresent()) {
                return new SourceItem.Failed(loaded.origin(), problem.get());
            }
        }
        return item;
    }

    private static boolean isUrl(String input) {
        String s = input.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    private static List<Path> articleFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> FormatDetector.byName(f.getFileName().toString()).isPresent()).sorted().toList();
        }
    }

    private void readFolder(Path folder, Consumer<SourceItem> sink) {
        List<Path> files;
        try {
            files = articleFiles(folder);
        } catch (IOException | UncheckedIOException e) {
            sink.accept(new SourceItem.Failed(folder.toString(), "cannot read folder: " + describe(e)));
            return;
        }
        if (files.isEmpty()) {
            sink.accept(new SourceItem.Failed(folder.toString(),
                    "no article files in folder (.txt, .html, .jsonl, .rss, .atom, .xml, .warc, .warc.gz)"));
        }
        files.forEach(file -> readFile(file, sink));
    }

    private void readFile(Path file, Consumer<SourceItem> sink) {
        String origin = file.toString();
        if (!Files.exists(file)) {
            sink.accept(new SourceItem.Failed(origin, "no such file or folder"));
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            OptionalLong size = Files.isRegularFile(file) ? OptionalLong.of(Files.size(file)) : OptionalLong.empty();
            Path name = file.getFileName();
            readStream(origin, name == null ? "" : name.toString(), in, size, new Origin(Optional.empty(), ""), sink);
        } catch (IOException | UncheckedIOException e) {
            sink.accept(new SourceItem.Failed(origin, "cannot read: " + describe(e)));
        }
    }

    private void readStdin(Consumer<SourceItem> sink) {
        try {
            readStream("stdin", "", options.stdin(), OptionalLong.empty(), new Origin(Optional.empty(), ""), sink);
        } catch (IOException | UncheckedIOException e) {
            sink.accept(new SourceItem.Failed("stdin", "cannot read: " + describe(e)));
        }
    }

    private void readUrl(String url, Consumer<SourceItem> sink) {
        HttpFetcher.Page page;
        try {
            page = options.fetcher().withMaxBytes(FeedArticles.MAX_FEED_BYTES).fetch(url);
        } catch (HttpFetcher.FetchException e) {
            sink.accept(new SourceItem.Failed(url, e.getMessage()));
            return;
        }
        try {
            readStream(url, url.replaceFirst("[?#].*$", ""), new ByteArrayInputStream(page.body()),
                    OptionalLong.of(page.body().length), new Origin(page.charset(), page.url()), sink);
        } catch (IOException | UncheckedIOException e) {
            sink.accept(new SourceItem.Failed(url, "cannot read: " + describe(e)));
        }
    }

    /** Where a stream came from, for HTML: the charset a server named and the address ("" for a file). */
    private record Origin(Optional<String> charset, String url) {
    }

    private void readStream(String origin, String name, InputStream raw, OptionalLong size, Origin from,
                            Consumer<SourceItem> sink) throws IOException {
        BufferedInputStream in = new BufferedInputStream(new Counting(raw), 1 << 16);
        in.mark(FormatDetector.HEAD_BYTES);
        byte[] head = in.readNBytes(FormatDetector.HEAD_BYTES);
        in.reset();
        if (head.length == 0) {
            sink.accept(new SourceItem.Failed(origin, "empty file"));
            return;
        }
        Optional<InputFormat> format = options.format().or(() -> FormatDetector.detect(name, head));
        if (format.isEmpty()) {
            sink.accept(new SourceItem.Failed(origin, "gzip file that holds no WARC"));
            return;
        }
        try {
            switch (format.get()) {
                case TEXT -> sink.accept(readText(origin, in, size));
                case HTML -> sink.accept(readHtml(origin, in, size, from));
                case JSONL -> JsonLinesArticles.read(origin, in, options.fields(), options.defaultDate(), sink);
                case FEED -> readFeed(origin, in, sink);
                case WARC -> WarcArticles.read(origin, in, options, sink);
            }
        } catch (RuntimeException e) {
            sink.accept(new SourceItem.Failed(origin, "cannot read as " + format.get().label() + ": " + Problems.oneLine(e)));
        }
    }

    private SourceItem readText(String origin, InputStream in, OptionalLong size) throws IOException {
        Capped article = Capped.read(in, size);
        if (article.problem().isPresent()) {
            return new SourceItem.Failed(origin, article.problem().get());
        }
        Utf8Text.Decoded decoded = Utf8Text.decode(article.bytes(), 0, article.bytes().length, 0);
        if (!decoded.ok()) {
            return new SourceItem.Failed(origin, decoded.problem());
        }
        return TextArticles.parse(origin, decoded.text(), options.defaultDate());
    }

    private SourceItem readHtml(String origin, InputStream in, OptionalLong size, Origin from) throws IOException {
        Capped article = Capped.read(in, size);
        if (article.problem().isPresent()) {
            return new SourceItem.Failed(origin, article.problem().get());
        }
        return HtmlArticles.read(origin, article.bytes(), from.charset(), from.url(), options.defaultDate());
    }

    /** One article's bytes, or why they were not read: over {@link #MAX_ARTICLE_BYTES}. */
    private record Capped(byte[] bytes, Optional<String> problem) {
        /** Reads at most the cap from {@code in}; {@code size}, when known, fails a large file before reading it. */
        static Capped read(InputStream in, OptionalLong size) throws IOException {
            if (size.isPresent() && size.getAsLong() > MAX_ARTICLE_BYTES) {
                return new Capped(new byte[0], Optional.of("article over 5 MB (" + size.getAsLong() + " bytes)"));
            }
            byte[] bytes = in.readNBytes(MAX_ARTICLE_BYTES + 1);
            if (bytes.length > MAX_ARTICLE_BYTES) {
                return new Capped(new byte[0], Optional.of("article over 5 MB (more than " + MAX_ARTICLE_BYTES + " bytes)"));
            }
            return new Capped(bytes, Optional.empty());
        }
    }

    private void readFeed(String origin, InputStream in, Consumer<SourceItem> sink) throws IOException {
        byte[] bytes = in.readNBytes(FeedArticles.MAX_FEED_BYTES + 1);
        if (bytes.length > FeedArticles.MAX_FEED_BYTES) {
            sink.accept(new SourceItem.Failed(origin, "feed over " + Sizes.megabytes(FeedArticles.MAX_FEED_BYTES)));
            return;
        }
        FeedArticles.read(origin, bytes, options, sink);
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof NoSuchFileException) {
            return "no such file";
        }
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage().replaceAll("\\s+", " ");
        return cause.getClass().getSimpleName() + message;
    }

    /** Adds the bytes read through it to {@link #bytesRead}. */
    private final class Counting extends FilterInputStream {
        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytesRead++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                bytesRead += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            bytesRead += Math.max(0, skipped);
            return skipped;
        }
    }
}
