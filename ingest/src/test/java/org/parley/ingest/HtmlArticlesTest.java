package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;

class HtmlArticlesTest {
    /** A news page written for this test: navigation, a share bar, related links and a footer around the story. */
    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head>
              <meta charset="utf-8">
              <title>Blinken meets Xi | World News Daily</title>
              <meta property="og:title" content="Blinken meets Xi in Beijing">
              <meta property="og:site_name" content="World News Daily">
              <meta property="article:published_time" content="2023-06-19T08:30:00+08:00">
              <link rel="canonical" href="https://news.example.org/world/blinken-xi">
              <script>var tracking = "Secret tracking text";</script>
              <style>p { color: red }</style>
            </head><body>
              <header><a href="/">Home</a> <a href="/world">World</a></header>
              <nav><ul><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav>
              <div class="share-bar"><p>Share this story on social media</p></div>
              <article>
                <h1>Blinken meets Xi in Beijing</h1>
                <p>US Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday.</p>
                <figure><img src="x.jpg"><figcaption>Photo caption text</figcaption></figure>
                <p>The two sides agreed to <a href="/more">stabilise relations</a>, officials said.</p>
                <h2>Taiwan</h2>
                <blockquote><p>"We have no illusions," Blinken said.</p></blockquote>
                <p><a href="/a">Related: one</a> <a href="/b">Related: two</a></p>
              </article>
              <aside><p>Most read stories</p></aside>
              <div id="comments"><p>First comment!</p></div>
              <footer><p>Copyright World News Daily</p></footer>
            </body></html>
            """;

    private static Article article(SourceItem item) {
        assertThat(item).isInstanceOf(SourceItem.Loaded.class);
        return ((SourceItem.Loaded) item).article();
    }

    private static SourceItem read(String html) {
        return HtmlArticles.read("page.html", html.getBytes(StandardCharsets.UTF_8), Optional.empty(), "", Optional.empty());
    }

    @Test
    void mainTextWithoutBoilerplateAndMetadataFromMetaTags() {
        Article a = article(read(PAGE));
        assertThat(a.text()).isEqualTo("US Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing "
                + "on Monday.\n\nThe two sides agreed to stabilise relations, officials said.\n\nTaiwan\n\n"
                + "\"We have no illusions,\" Blinken said.");
        assertThat(a.title()).isEqualTo("Blinken meets Xi in Beijing");
        assertThat(a.published()).contains(LocalDate.of(2023, 6, 19));
        assertThat(a.url()).isEqualTo("https://news.example.org/world/blinken-xi");
        assertThat(a.source()).isEqualTo("World News Daily");
    }

    @Test
    void titleFallsBackToTheTitleElementAndSourceToTheHost() {
        String page = "<html><head><title>Plain title</title><meta property=\"og:url\" "
                + "content=\"https://www.example.com/x\"></head><body><p>Story text here.</p></body></html>";
        Article a = article(read(page));
        assertThat(a.title()).isEqualTo("Plain title");
        assertThat(a.url()).isEqualTo("https://www.example.com/x");
        assertThat(a.source()).isEqualTo("example.com");
        assertThat(a.published()).isEmpty();
    }

    @Test
    void brokenHtmlStillGivesItsText() {
        Article a = article(read("<html><body><div><p>Russia warned Ukraine<p>NATO met in Vilnius</div></span>"));
        assertThat(a.text()).isEqualTo("Russia warned Ukraine\n\nNATO met in Vilnius");
    }

    @Test
    void aPageWithoutParagraphsGivesItsBodyText() {
        assertThat(article(read("<html><body><div>India and China held talks.</div></body></html>")).text())
                .isEqualTo("India and China held talks.");
    }

    @Test
    void aPageWithNoTextFails() {
        SourceItem item = read("<html><head><title>Empty</title></head><body><nav><a href=\"/\">Home</a></nav>"
                + "<script>x()</script></body></html>");
        assertThat(item).isEqualTo(new SourceItem.Failed("page.html", HtmlArticles.NO_TEXT));
    }

    @Test
    void metaCharsetDecodesLatin1Pages() {
        byte[] bytes = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Fran\u00e7ois Hollande visited.</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        SourceItem item = HtmlArticles.read("p.html", bytes, Optional.empty(), "", Optional.empty());
        assertThat(article(item).text()).isEqualTo("Fran\u00e7ois Hollande visited.");
    }

    @Test
    void aDatelineDatesAPageWithoutDateMetadata() {
        Article a = article(read("<html><body><p>KYIV, Nov. 3, 2023 (Reuters) - Ukraine said...</p></body></html>"));
        assertThat(a.published()).contains(LocalDate.of(2023, 11, 3));
    }

    @Test
    void feedSummariesBecomeParagraphs() {
        assertThat(HtmlArticles.fragmentText("<p>One.</p><p>Two <b>bold</b>.</p>")).isEqualTo("One.\n\nTwo bold.");
        assertThat(HtmlArticles.fragmentText("")).isEmpty();
    }

    @Test
    void binaryDataIsNotHtml() {
        SourceItem item = HtmlArticles.read("x.html", new byte[] {'<', 'p', '>', 0, 1}, Optional.empty(), "", Optional.empty());
        assertThat(item).isEqualTo(new SourceItem.Failed("x.html", "binary data (NUL byte), not HTML"));
    }
}
