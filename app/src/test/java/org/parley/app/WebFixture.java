package org.parley.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.parley.store.EventStore;

/**
 * The small database the server's tests run against, built from hand-made coded articles: eight weekly US-China
 * articles from March 2024 (meetings 040 in the first four, accusations 112 and a PLA show of force 150 in the last
 * four, a quote in each calm week; the series by week has one turning point, a deterioration from 2024-04-01) and one
 * article whose text holds a script tag ({@link #SCRIPT_TEXT}), with an actor mention and a US-Russia meeting.
 */
final class WebFixture {
    /** The text of the script-tag article. */
    static final String SCRIPT_TEXT = "<script>alert('x')</script> Blinken met Lavrov in Moscow.";
    /** The headline of the script-tag article (markup, shown as text). */
    static final String SCRIPT_TITLE = "<b>Moscow</b>";

    private WebFixture() {
    }

    /** Writes the database to {@code db}; returns the id of the script-tag article. */
    static String build(Path db) {
        Actor usa = new Actor("USAGOV", "Jake Sullivan");
        Actor chn = new Actor("CHNGOV", "Wang Yi");
        Actor pla = new Actor("CHNMIL", "the PLA");
        try (EventStore store = EventStore.open(db)) {
            for (int w = 0; w < 8; w++) {
                LocalDate day = LocalDate.of(2024, 3, 4).plusWeeks(w);
                boolean calm = w < 4;
                String text = calm ? "Sullivan met Wang in week " + w + ". \"We talked,\" Sullivan said."
                        : "Sullivan accused Wang in week " + w + ". The PLA sailed warships near Taiwan.";
                List<Event> events = new ArrayList<>();
                events.add(event(usa, chn, calm ? "040" : "112", calm ? 1.0 : -2.0, day, text,
                        calm ? "met" : "accused"));
                if (!calm) {
                    events.add(event(pla, usa, "150", -7.2, day, text, "sailed"));
                }
                List<Quote> quotes = calm ? List.of(new Quote("We talked,", text.indexOf("We"),
                        text.indexOf("We") + 10, 1, "Jake Sullivan", Optional.of(usa))) : List.of();
                store.save(new CodedArticle(Article.of("Week " + w, text, "https://example.org/w" + w, "example",
                        Optional.of(day)), List.of(), events, quotes, List.of()));
            }
            Actor blinken = new Actor("USAGOV", "Antony Blinken");
            int b = SCRIPT_TEXT.indexOf("Blinken");
            Article article = Article.of(SCRIPT_TITLE, SCRIPT_TEXT, "https://example.org/m", "example",
                    Optional.of(LocalDate.of(2024, 5, 6)));
            store.save(new CodedArticle(article,
                    List.of(new Mention(0, 3, 4, 3, b, b + 7, "Blinken", blinken, "leaders table")),
                    List.of(event(blinken, new Actor("RUSGOV", "Lavrov"), "040", 1.0, LocalDate.of(2024, 5, 6),
                            SCRIPT_TEXT, "met")), List.of(), List.of()));
            return article.id();
        }
    }

    private static Event event(Actor source, Actor target, String code, double goldstein, LocalDate day, String text,
                               String trigger) {
        CameoCode c = CameoCode.of(code);
        int start = text.indexOf(trigger);
        return new Event(source, target, c, "name " + code, c.quadClass(), goldstein, "", Modality.ASSERTED,
                Optional.of(EventDate.ofDay(day)), "", 0, start, start + trigger.length(), trigger, trigger);
    }
}
