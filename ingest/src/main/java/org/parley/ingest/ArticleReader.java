package org.parley.ingest;

import java.io.BufferedInputStream;
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
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads articles from files and folders.
 *
 * <ul>
 *   <li>A folder is walked recursively; its {@code .txt} and {@code .jsonl} files are read in sorted path order.</li>
 *   <li>A {@code .jsonl} file holds one article per line: {@code text} (required), {@code title},
 *       {@code date}, {@code url}, {@code source}.</li>
 *   <li>Any other file is one plain-text article with optional {@code Title:}, {@code Date:}, {@code URL:},
 *       {@code Source:} header lines at the top (keys in any case).</li>
 * </ul>
 *
 * <p>HTML is not read yet: a file named {@code .html} or {@code .htm}, or starting (after a byte order mark and
 * whitespace) with {@code <!doctype html} or {@code <html}, fails with {@link #HTML_NOT_SUPPORTED}.
 *
 * <p>Text must be UTF-8 (a byte order mark is dropped; CRLF becomes LF). Dates are ISO days or ISO
 * date-times, of which the day as written is kept. An article's date is its own, else the default
 * date; with neither it has none and its item carries the warning {@link #NO_DATE}. The source is the
 * {@code Source} header or field, else "" (the file path is the item's origin, not the outlet).
 *
 * <p>Nothing is thrown for bad input: each unreadable file or line becomes a {@link SourceItem.Failed}
 * with a one-line problem, and the rest of the batch is still read.
 */
public final class ArticleReader {
    /** The largest article read, in bytes of UTF-8 (5 MiB); a JSON Lines line counts as one article. */
    public static final int MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

    /** The warning of an article with neither its own date nor a default date. */
    public static final String NO_DATE = "no date: events left undated (office holders resolve as of today)";

    /** The problem of an HTML file (named {@code .html}/{@code .htm}, or starting like an HTML page). */
    public static final String HTML_NOT_SUPPORTED = "HTML is not supported yet: give the article text as .txt or .jsonl";

    /** Bytes looked at for an HTML start: room for a byte order mark and leading blank lines. */
    private static final int HTML_SNIFF_BYTES = 1024;

    /**
     * Reads every path in order.
     *
     * @param paths       files or folders
     * @param defaultDate the day given to articles that do not carry their own date
     * @return one item per text file or JSON Lines line (or per unreadable path), in input order
     */
    public List<SourceItem> read(List<Path> paths, Optional<LocalDate> defaultDate) {
        List<SourceItem> items = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                items.addAll(readFolder(path, defaultDate));
            } else {
                items.addAll(readFile(path, defaultDate));
            }
        }
        return List.copyOf(items);
    }

    private static List<SourceItem> readFolder(Path folder, Optional<LocalDate> defaultDate) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(new SourceItem.Failed(folder.toString(), "cannot read folder: " + describe(e)));
        }
        if (files.isEmpty()) {
            return List.of(new SourceItem.Failed(folder.toString(), "no .txt or .jsonl files in folder"));
        }
        List<SourceItem> items = new ArrayList<>();
        for (Path file : files) {
            items.addAll(readFile(file, defaultDate));
        }
        return items;
    }

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".jsonl");
    }

    private static List<SourceItem> readFile(Path file, Optional<LocalDate> defaultDate) {
        String origin = file.toString();
        if (!Files.exists(file)) {
            return List.of(new SourceItem.Failed(origin, "no such file or folder"));
        }
        if (Html.byName(file)) {
            return List.of(new SourceItem.Failed(origin, HTML_NOT_SUPPORTED));
        }
        try {
            if (origin.toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                    in.mark(HTML_SNIFF_BYTES);
                    boolean html = Html.byContent(in.readNBytes(HTML_SNIFF_BYTES));
                    in.reset();
                    if (html) {
                        return List.of(new SourceItem.Failed(origin, HTML_NOT_SUPPORTED));
                    }
                    return JsonLinesArticles.read(origin, in, defaultDate);
                }
            }
            return List.of(readText(file, origin, defaultDate));
        } catch (IOException | UncheckedIOException e) {
            return List.of(new SourceItem.Failed(origin, "cannot read: " + describe(e)));
        }
    }

    private static SourceItem readText(Path file, String origin, Optional<LocalDate> defaultDate) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) > MAX_ARTICLE_BYTES) {
            return new SourceItem.Failed(origin, "article over 5 MB (" + Files.size(file) + " bytes)");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_ARTICLE_BYTES + 1);
        }
        if (bytes.length > MAX_ARTICLE_BYTES) {
            return new SourceItem.Failed(origin, "article over 5 MB (more than " + MAX_ARTICLE_BYTES + " bytes)");
        }
        if (bytes.length == 0) {
            return new SourceItem.Failed(origin, "empty file");
        }
        if (Html.byContent(bytes)) {
            return new SourceItem.Failed(origin, HTML_NOT_SUPPORTED);
        }
        Utf8Text.Decoded decoded = Utf8Text.decode(bytes, 0, bytes.length, 0);
        if (!decoded.ok()) {
            return new SourceItem.Failed(origin, decoded.problem());
        }
        return TextArticles.parse(origin, decoded.text(), defaultDate);
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
}
