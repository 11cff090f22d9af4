package org.parley.store;

import java.time.LocalDate;
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
import org.parley.model.QuadClass;
import org.parley.model.Quote;

/** Hand-made coded articles for store tests. */
final class Articles {
    static final Actor BLINKEN = new Actor("USAGOV", "Antony Blinken");
    static final Actor CHINA = new Actor("CHN", "China");
    static final Actor XI = new Actor("CHNGOV", "Xi Jinping");
    static final Actor RUSSIA = new Actor("RUS", "Russia");
    static final Actor NATO = new Actor("IGONATO", "NATO");

    private Articles() {
    }

    static Event visit() {
        return new Event(BLINKEN, CHINA, CameoCode.of("042"), "Make a visit", QuadClass.VERBAL_COOPERATION, 1.9,
                "CONSULT/visit", Modality.ASSERTED, Optional.of(EventDate.ofDay(LocalDate.of(2023, 6, 18))),
                "Beijing, CHN", 0, 10, 40, "evidence text", "visit");
    }

    static Event meet(Actor source, Actor target, Optional<EventDate> date, Modality modality) {
        return new Event(source, target, CameoCode.of("043"), "Host a visit", QuadClass.VERBAL_COOPERATION, 2.8,
                "CONSULT/host", modality, date, "", 1, 50, 80, "met in Beijing", "met");
    }

    static Event warn(Actor source, Actor target) {
        return new Event(source, target, CameoCode.of("130"), "Threaten, not specified below",
                QuadClass.VERBAL_CONFLICT, -4.4, "THREATEN", Modality.PAST,
                Optional.of(EventDate.ofMonth(java.time.YearMonth.of(2022, 11))), "Bali, IDN", 2, 90, 120,
                "cautioned China", "cautioned");
    }

    static CodedArticle coded(String text, List<Event> events) {
        return coded(text, "example", "https://example.org/a", events);
    }

    /** An article from the outlet {@code source} at {@code url}, with one actor mention and two quotes. */
    static CodedArticle coded(String text, String source, String url, List<Event> events) {
        Article article = Article.of("Blinken in Beijing", text, url, source, Optional.of(LocalDate.of(2023, 6, 19)));
        Mention mention = new Mention(0, 0, 2, 1, 0, 14, "Antony Blinken", BLINKEN, "title 'Secretary of State' + USA");
        Quote quote = new Quote("We have no illusions", 200, 220, 3, "Antony Blinken", Optional.of(BLINKEN));
        Quote anonymous = new Quote("a constructive step", 230, 249, 4, "", Optional.empty());
        return new CodedArticle(article, List.of(mention), events, List.of(quote, anonymous), List.of());
    }
}
