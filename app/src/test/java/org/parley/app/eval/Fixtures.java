package org.parley.app.eval;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.parley.app.eval.GoldCase.GoldActor;
import org.parley.app.eval.GoldCase.GoldEvent;
import org.parley.app.eval.GoldCase.GoldQuote;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.CameoCode;
import org.parley.model.CodedArticle;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Mention;
import org.parley.model.Modality;
import org.parley.model.Quote;

/** Hand-made gold and product records for the eval tests. */
final class Fixtures {
    private Fixtures() {
    }

    static GoldEvent required(String source, String target, String... codes) {
        return goldEvent(source, target, false, Optional.empty(), codes);
    }

    static GoldEvent optional(String source, String target, String... codes) {
        return goldEvent(source, target, true, Optional.empty(), codes);
    }

    static GoldEvent dated(String source, String target, String date, String... codes) {
        return goldEvent(source, target, false, Optional.of(EventDate.parse(date)), codes);
    }

    private static GoldEvent goldEvent(String source, String target, boolean optional, Optional<EventDate> date,
                                       String... codes) {
        return new GoldEvent(new Actor(source, ""), new Actor(target, ""),
                Arrays.stream(codes).map(CameoCode::of).toList(), optional, date, "");
    }

    static Event event(String source, String target, String code) {
        return event(source, target, code, Modality.ASSERTED, Optional.empty());
    }

    static Event event(String source, String target, String code, Modality modality, Optional<EventDate> date) {
        CameoCode c = CameoCode.of(code);
        return new Event(new Actor(source, ""), new Actor(target, ""), c, "name", c.quadClass(), 0.0, "", modality,
                date, "", 0, 0, 4, "text", "met");
    }

    static Mention mention(int begin, String text, String code) {
        return new Mention(0, begin, begin + 1, begin, begin, begin + text.length(), text, new Actor(code, text), "test");
    }

    static Quote quote(String text, String speakerName, Optional<String> speakerCode) {
        return new Quote(text, 0, text.length(), 0, speakerName, speakerCode.map(c -> new Actor(c, speakerName)));
    }

    static GoldCase goldCase(String id, List<GoldEvent> events, List<GoldQuote> quotes, List<GoldActor> actors,
                             List<String> issues) {
        return new GoldCase(id, Optional.of(LocalDate.of(2023, 6, 19)), "Some text.", events, quotes, actors, issues);
    }

    static GoldCase eventCase(String id, GoldEvent... events) {
        return goldCase(id, List.of(events), List.of(), List.of(), List.of());
    }

    static CodedArticle coded(List<Mention> mentions, List<Event> events, List<Quote> quotes) {
        return new CodedArticle(Article.of("", "Some text.", "", "test", Optional.empty()), mentions, events, quotes,
                List.of());
    }

    static CodedCase eventsCoded(GoldCase gold, Event... events) {
        return new CodedCase(gold, coded(List.of(), List.of(events), List.of()));
    }
}
