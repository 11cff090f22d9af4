package org.parley.app;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.CameoCode;
import org.parley.model.CodedArticle;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Mention;
import org.parley.model.Modality;
import org.parley.model.Quote;

/** Hand-made coded articles for app tests: what the pipeline would give, without loading it. */
final class CannedArticles {
    static final String TEXT = "US Secretary of State Antony Blinken visited Beijing. "
            + "\"We have no illusions about China,\" Blinken said. They could meet again, after last meeting in November.";
    static final Actor BLINKEN = new Actor("USAGOV", "Antony Blinken");
    static final Actor CHINA = new Actor("CHN", "China");

    private CannedArticles() {
    }

    /** The article with two mentions, two events (one hypothetical, one undated) and a quote. */
    static CodedArticle blinken(Article article) {
        String text = article.text();
        int visit = Math.max(0, text.indexOf("visited"));
        Mention blinken = new Mention(0, 4, 6, 5, 22, 36, "Antony Blinken", BLINKEN, "title 'Secretary of State' + USA");
        Mention beijing = new Mention(0, 7, 8, 7, 45, 52, "Beijing", new Actor("CHNGOV", "Beijing"), "capital as metonym");
        Event visitEvent = new Event(BLINKEN, CHINA, CameoCode.of("042"), "Make a visit", CameoCode.of("042").quadClass(),
                1.9, "CONSULT/visit", Modality.ASSERTED, article.published().map(EventDate::ofDay), "Beijing, CHN",
                0, visit, visit + 15, "visited Beijing", "visited");
        Event meet = new Event(CHINA, BLINKEN, CameoCode.of("036"), "Express intent to meet or negotiate",
                CameoCode.of("036").quadClass(), 4.0, "", Modality.HYPOTHETICAL,
                Optional.of(EventDate.ofMonth(YearMonth.of(2022, 11))), "", 2, 0, 10, "could meet", "meet");
        Event undated = new Event(CHINA, BLINKEN, CameoCode.of("190"), "Use conventional military force",
                CameoCode.of("190").quadClass(), -10.0, "FIGHT", Modality.NEGATED, Optional.empty(), "", 2, 0, 0, "", "");
        Quote quote = new Quote("We have no illusions about China,", 55, 88, 1, "Antony Blinken", Optional.of(BLINKEN));
        Quote anonymous = new Quote("x", 0, 1, 1, "", Optional.empty());
        return new CodedArticle(article, List.of(blinken, beijing), List.of(visitEvent, meet, undated),
                List.of(quote, anonymous), List.of("pipeline note"));
    }

    /** An article with nothing found in it. */
    static CodedArticle nothing(Article article) {
        return new CodedArticle(article, List.of(), List.of(), List.of(), List.of());
    }

    static Article article(Optional<LocalDate> date) {
        return Article.of("Blinken in Beijing", TEXT, "https://example.org/a", "Reuters", date);
    }
}
