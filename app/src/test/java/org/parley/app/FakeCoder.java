package org.parley.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.CameoCode;
import org.parley.model.CodedArticle;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Modality;
import org.parley.model.QuadClass;
import org.parley.model.Quote;

/**
 * A canned coder for command tests: "visited" gives a USAGOV-CHN 042 event, "warned" a CHN-USA 130
 * event, each on the article date; a quoted "..." becomes a quote; "POISON" throws. Counts its calls.
 */
final class FakeCoder implements Coder {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public CodedArticle code(Article article) {
        calls.incrementAndGet();
        String text = article.text();
        if (text.contains("POISON")) {
            throw new IllegalStateException("parser crashed on sentence 0");
        }
        Optional<EventDate> date = article.published().map(EventDate::ofDay);
        List<Event> events = new ArrayList<>();
        int at = text.indexOf("visited");
        if (at >= 0) {
            events.add(new Event(new Actor("USAGOV", "Antony Blinken"), new Actor("CHN", "China"), CameoCode.of("042"),
                    "Make a visit", QuadClass.VERBAL_COOPERATION, 1.9, "CONSULT/visit", Modality.ASSERTED, date,
                    "Beijing, CHN", 0, 0, text.length(), text, "visited"));
        }
        at = text.indexOf("warned");
        if (at >= 0) {
            events.add(new Event(new Actor("CHNGOV", "Wang Yi"), new Actor("USA", "United States"), CameoCode.of("130"),
                    "Threaten, not specified below", QuadClass.VERBAL_CONFLICT, -4.4, "THREATEN", Modality.ASSERTED,
                    date, "", 0, at, at + 6, "warned", "warned"));
        }
        List<Quote> quotes = new ArrayList<>();
        int open = text.indexOf('"');
        int close = open < 0 ? -1 : text.indexOf('"', open + 1);
        if (close > open) {
            quotes.add(new Quote(text.substring(open + 1, close), open + 1, close, 0, "Antony Blinken",
                    Optional.of(new Actor("USAGOV", "Antony Blinken"))));
        }
        return new CodedArticle(article, List.of(), events, quotes, List.of());
    }
}
