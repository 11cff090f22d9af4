package org.parley.store;

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
import org.parley.model.IssueTag;
import org.parley.model.Issues;
import org.parley.model.Tone;
import org.parley.model.Modality;

/**
 * A hand-made year of US-China relations for analytics tests: one article a month of 2023. January to June: three
 * US visits to China on the 10th, 11th and 12th (042, +1.9; three distinct events) and one Chinese host (043, +2.8); July to December: three US accusations (112,
 * -2.0) and one Chinese threat (130, -4.4). Every month also has one Russian strike on Ukraine (190, -10.0), so the
 * month's volume is 5 events. Articles of the first half are about DIPLOMATIC_RELATIONS, of the second half about
 * TAIWAN (article and US-China events; the strike is ARMED_CONFLICT); tone is +2 then -3.
 */
final class History {
    static final Actor USA = new Actor("USAGOV", "Antony Blinken");
    static final Actor CHN = new Actor("CHNGOV", "Wang Yi");

    private History() {
    }

    /** A new database at {@code file} holding {@link #year()}. */
    static EventStore stored(java.nio.file.Path file) {
        EventStore store = EventStore.open(file);
        year().forEach(store::save);
        return store;
    }

    static List<CodedArticle> year() {
        List<CodedArticle> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            LocalDate day = LocalDate.of(2023, m, 10);
            boolean good = m <= 6;
            String text = "Month " + m + ": "
                    + (good ? "Blinken visited Beijing three times and Wang hosted him."
                            : "Blinken accused Beijing three times and Wang threatened Washington.")
                    + " Russia struck Ukraine.";
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                events.add(event(USA, CHN, good ? "042" : "112", good ? "Make a visit" : "Accuse",
                        good ? 1.9 : -2.0, day.plusDays(i), text, good ? "visited" : "accused"));
            }
            events.add(event(CHN, USA, good ? "043" : "130", good ? "Host a visit" : "Threaten",
                    good ? 2.8 : -4.4, day, text, good ? "hosted" : "threatened"));
            events.add(event(new Actor("RUSMIL", "Russia"), new Actor("UKR", "Ukraine"), "190",
                    "Use conventional military force", -10.0, day, text, "struck"));
            Article article = Article.of("Month " + m, text, "https://example.org/" + m, "example",
                    Optional.of(day));
            IssueTag topic = good ? new IssueTag("DIPLOMATIC_RELATIONS", "visited", 0, text.indexOf("visited"),
                    text.indexOf("visited") + 7, "test") : new IssueTag("TAIWAN", "threatened", 0,
                    text.indexOf("threatened"), text.indexOf("threatened") + 10, "test");
            IssueTag war = new IssueTag("ARMED_CONFLICT", "struck", 0, text.indexOf("struck"),
                    text.indexOf("struck") + 6, "test");
            List<List<IssueTag>> perEvent = List.of(List.of(topic), List.of(topic), List.of(topic), List.of(topic),
                    List.of(war));
            out.add(new CodedArticle(article, List.of(), events, List.of(), List.of(), List.of(),
                    new Issues(List.of(topic, war), perEvent),
                    good ? new Tone(2, 4, 2, 6, 10, 0, 20) : new Tone(-3, 1, 4, 5, 10, 0, 20)));
        }
        return out;
    }

    private static Event event(Actor source, Actor target, String code, String name, double goldstein,
                               LocalDate day, String text, String trigger) {
        CameoCode c = CameoCode.of(code);
        int start = text.indexOf(trigger);
        String plover = switch (code) {
            case "042" -> "CONSULT/visit";
            case "043" -> "CONSULT/host";
            case "112" -> "ACCUSE";
            case "130" -> "THREATEN";
            default -> "ASSAULT";
        };
        return new Event(source, target, c, name, c.quadClass(), goldstein, plover, Modality.ASSERTED,
                Optional.of(EventDate.ofDay(day)), "", 0, start, start + trigger.length(), trigger, trigger);
    }
}
