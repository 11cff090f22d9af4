package org.parley.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One HTML page read with jsoup: its main text without navigation and boilerplate, and its title, date,
 * canonical URL and site name from meta tags.
 *
 * <ul>
 *   <li>Boilerplate removed: scripts, styles, forms, {@code nav}, {@code header}, {@code footer}, {@code aside},
 *       figures, ARIA banners/navigation, hidden elements, and elements whose class or id names a menu,
 *       sidebar, share bar, comments, cookie notice, newsletter, advert or related-stories box.</li>
 *   <li>Main text: the {@code article} (or {@code itemprop=articleBody}, {@code main}, {@code role=main}) with the
 *       most paragraph text, else the body; its paragraphs, subheadings, list items and quotations joined by
 *       blank lines; blocks that are mostly link text are dropped.</li>
 *   <li>Title: {@code og:title}, {@code twitter:title}, {@code <title>}, then the first {@code h1}.</li>
 *   <li>Date: {@code article:published_time}, {@code itemprop=datePublished}, {@code pubdate}, {@code date},
 *       Dublin Core dates, then {@code time[datetime]} in the article; a value that does not parse is
 *       ignored.</li>
 *   <li>URL: {@code link rel=canonical}, {@code og:url}, else the address it was fetched from.
 *       Source: {@code og:site_name}, else the URL's host.</li>
 * </ul>
 */
final class HtmlArticles {
    /** The problem of a page whose main text is empty. */
    static final String NO_TEXT = "HTML page with no article text";

    private static final String BOILERPLATE = "script, style, noscript, template, iframe, svg, canvas, form, button, "
            + "select, input, nav, header, footer, aside, figure, figcaption, [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]";
    private static final Pattern BOILERPLATE_NAME = Pattern.compile("(^|[-_\\s])(nav|navbar|menu|footer|sidebar|share|"
            + "sharing|social|related|comments?|cookies?|consent|newsletter|subscribe|advert|ads|promo|breadcrumbs?|"
            + "popup|modal)([-_\\s]|$)", Pattern.CASE_INSENSITIVE);
    private static final String[] CONTAINERS = {"article", "[itemprop=articleBody]", "main", "[role=main]"};
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd";
    private static final String[] TITLE_META = {"meta[property=og:title]", "meta[name=twitter:title]"};
    private static final String[] DATE_META = {"meta[property=article:published_time]",
            "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
            "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]", "meta[name=dc.date]",
            "meta[name=dc.date.issued]", "meta[name=dcterms.created]", "meta[name=dcterms.date]",
            "meta[property=og:published_time]", "meta[name=sailthru.date]", "meta[name=parsely-pub-date]"};

    private HtmlArticles() {
    }

    /** The parts of a page; any may be "" (or empty), the text included. */
    record Page(String title, String text, String url, String source, Optional<LocalDate> date) {
    }

    /**
     * Reads one page.
     *
     * @param bytes   the page as served (at most {@link ArticleReader#MAX_ARTICLE_BYTES})
     * @param charset the charset the server or WARC record named, if any; else a BOM or meta tag decides, else UTF-8
     * @param baseUrl the address the page came from, or "" for a file
     */
    static Page page(byte[] bytes, Optional<String> charset, String baseUrl) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), usable(charset), baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String title = firstContent(doc, TITLE_META).orElseGet(() -> doc.title().isBlank()
                ? Optional.ofNullable(doc.selectFirst("h1")).map(Element::text).orElse("") : doc.title()).strip();
        Optional<LocalDate> date = metaDate(doc);
        String url = Optional.ofNullable(doc.selectFirst("link[rel=canonical][href]")).map(e -> e.absUrl("href"))
                .filter(s -> !s.isBlank())
                .or(() -> firstContent(doc, new String[] {"meta[property=og:url]"}))
                .orElse(baseUrl).strip();
        String source = firstContent(doc, new String[] {"meta[property=og:site_name]"}).orElseGet(() -> host(url));
        stripBoilerplate(doc);
        Element container = container(doc);
        return new Page(title, mainText(container), url, source, date);
    }

    /** The item of one HTML file or record: the article, or {@link #NO_TEXT}. */
    static SourceItem read(String origin, byte[] bytes, Optional<String> charset, String baseUrl,
                           Optional<LocalDate> defaultDate) {
        if (Utf8Text.hasNul(bytes)) {
            return new SourceItem.Failed(origin, "binary data (NUL byte), not HTML");
        }
        Page page = page(bytes, charset, baseUrl);
        if (page.text().isBlank()) {
            return new SourceItem.Failed(origin, NO_TEXT);
        }
        return Items.loaded(origin, page.title(), page.text(), page.url(), page.source(), page.date(), defaultDate);
    }

    /** The visible text of an HTML fragment (a feed entry's summary), paragraphs separated by blank lines. */
    static String fragmentText(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        stripBoilerplate(doc);
        return mainText(doc.body());
    }

    private static String usable(Optional<String> charset) {
        if (charset.isEmpty()) {
            return null;
        }
        try {
            return java.nio.charset.Charset.isSupported(charset.get()) ? charset.get() : null;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static Optional<String> firstContent(Document doc, String[] selectors) {
        for (String selector : selectors) {
            Element e = doc.selectFirst(selector);
            if (e != null && !e.attr("content").isBlank()) {
                return Optional.of(e.attr("content").strip());
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> metaDate(Document doc) {
        List<String> candidates = new ArrayList<>();
        for (String selector : DATE_META) {
            doc.select(selector).forEach(e -> candidates.add(e.attr("content")));
        }
        doc.select("time[itemprop=datePublished][datetime], article time[datetime], time[pubdate][datetime]")
                .forEach(e -> candidates.add(e.attr("datetime")));
        return candidates.stream().map(Dates::parse).flatMap(Optional::stream).findFirst();
    }

    private static void stripBoilerplate(Document doc) {
        doc.select(BOILERPLATE).remove();
        for (Element e : doc.select("[class], [id]")) {
            if (e.parent() != null && !e.nameIs("body") && !e.nameIs("html") && !e.nameIs("article")
                    && (BOILERPLATE_NAME.matcher(e.className()).find() || BOILERPLATE_NAME.matcher(e.id()).find())) {
                e.remove();
            }
        }
    }

    private static Element container(Document doc) {
        Element best = null;
        int bestLength = 0;
        for (String selector : CONTAINERS) {
            for (Element candidate : doc.select(selector)) {
                int length = candidate.select("p").text().length();
                if (length > bestLength) {
                    best = candidate;
                    bestLength = length;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return doc.body() == null ? doc : doc.body();
    }

    private static String mainText(Element container) {
        List<String> blocks = new ArrayList<>();
        for (Element block : container.select(BLOCKS)) {
            if (hasBlockAncestor(block, container)) {
                continue;
            }
            String text = block.text().strip();
            int linkText = block.select("a").text().length();
            if (!text.isEmpty() && linkText * 2 <= text.length()) {
                blocks.add(text);
            }
        }
        if (blocks.isEmpty()) {
            return container.text().strip();
        }
        return String.join("\n\n", blocks);
    }

    private static boolean hasBlockAncestor(Element block, Element container) {
        for (Element p = block.parent(); p != null && p != container; p = p.parent()) {
            if (p.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static String host(String url) {
        try {
            String host = url.isBlank() ? null : URI.create(url).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
