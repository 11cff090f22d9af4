package org.parley.app.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.app.eval.GoldCase.GoldEvent;
import org.parley.model.EventDate;
import org.parley.model.Event;

/**
 * Matches one case's predicted events to its gold events, one to one, by FORMAT.md's rule: the country parts
 * (the whole code for an {@code IGO...}) of source and target agree and the predicted root is the root of one
 * of the gold codes. Greedy in four passes: required gold with exact-code matches, required gold with root-only
 * matches, then the same two for optional gold; within a pass gold and predictions are taken in their order.
 */
final class EventMatcher {
    private EventMatcher() {
    }

    /** A gold event and the prediction matched to it. */
    record Pair(GoldEvent gold, Event predicted) {
        /** The predicted code is one of the gold codes. */
        boolean exactCode() {
            return gold.codes().contains(predicted.code());
        }

        /** Source and target codes equal the gold ones, roles included. */
        boolean exactActors() {
            return gold.source().code().equals(predicted.source().code())
                    && gold.target().code().equals(predicted.target().code());
        }
    }

    /**
     * The matching of one case.
     *
     * @param matched     matched pairs, required and optional gold
     * @param missed      required gold events left unmatched
     * @param falseAlarms predictions left unmatched
     */
    record Result(List<Pair> matched, List<GoldEvent> missed, List<Event> falseAlarms) {
        Result {
            matched = List.copyOf(matched);
            missed = List.copyOf(missed);
            falseAlarms = List.copyOf(falseAlarms);
        }

        long requiredMatched() {
            return matched.stream().filter(p -> !p.gold().optional()).count();
        }
    }

    /** Matches the predictions (events already filtered to those that happened) against the gold events. */
    static Result match(List<GoldEvent> gold, List<Event> predictions) {
        List<Pair> matched = new ArrayList<>();
        boolean[] goldTaken = new boolean[gold.size()];
        boolean[] predictionTaken = new boolean[predictions.size()];
        for (boolean optional : new boolean[] {false, true}) {
            for (boolean exact : new boolean[] {true, false}) {
                for (int g = 0; g < gold.size(); g++) {
                    GoldEvent ge = gold.get(g);
                    if (goldTaken[g] || ge.optional() != optional) {
                        continue;
                    }
                    for (int p = 0; p < predictions.size(); p++) {
                        Event pe = predictions.get(p);
                        if (!predictionTaken[p] && matches(ge, pe) && (!exact || ge.codes().contains(pe.code()))) {
                            goldTaken[g] = true;
                            predictionTaken[p] = true;
                            matched.add(new Pair(ge, pe));
                            break;
                        }
                    }
                }
            }
        }
        List<GoldEvent> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (!goldTaken[g] && !gold.get(g).optional()) {
                missed.add(gold.get(g));
            }
        }
        List<Event> falseAlarms = new ArrayList<>();
        for (int p = 0; p < predictions.size(); p++) {
            if (!predictionTaken[p]) {
                falseAlarms.add(predictions.get(p));
            }
        }
        return new Result(matched, missed, falseAlarms);
    }

    /** Country parts of both sides agree and the predicted root is the root of one of the gold codes. */
    static boolean matches(GoldEvent gold, Event predicted) {
        return sameDyad(gold, predicted) && rootMatches(gold, predicted);
    }

    static boolean sameDyad(GoldEvent gold, Event predicted) {
        return gold.source().country().equals(predicted.source().country())
                && gold.target().country().equals(predicted.target().country());
    }

    static boolean rootMatches(GoldEvent gold, Event predicted) {
        return gold.codes().stream().anyMatch(c -> c.root().equals(predicted.code().root()));
    }

    /**
     * For a false alarm on a gold dyad whose root matches none of that dyad's gold events: the first such gold event
     * (required before optional), the row of the confusion table. Empty when no gold event shares the dyad, or
     * when one does with a matching root (a duplicate, not a confusion).
     */
    static Optional<GoldEvent> confusedWith(List<GoldEvent> gold, Event falseAlarm) {
        List<GoldEvent> sameDyad = gold.stream().filter(g -> sameDyad(g, falseAlarm)).toList();
        if (sameDyad.stream().anyMatch(g -> rootMatches(g, falseAlarm))) {
            return Optional.empty();
        }
        return sameDyad.stream().filter(g -> !g.optional()).findFirst().or(() -> sameDyad.stream().findFirst());
    }

    /**
     * True when the predicted date agrees with the gold date at the gold's precision: the same day (the prediction
     * known to the day), the same month (known at least to the month) or the same year.
     */
    static boolean dateAgrees(EventDate gold, Optional<EventDate> predicted) {
        if (predicted.isEmpty()) {
            return false;
        }
        EventDate p = predicted.get();
        return switch (gold.precision()) {
            case DAY -> p.precision() == EventDate.Precision.DAY && p.day().equals(gold.day());
            case MONTH -> p.precision() != EventDate.Precision.YEAR && p.day().getYear() == gold.day().getYear()
                    && p.day().getMonth() == gold.day().getMonth();
            case YEAR -> p.day().getYear() == gold.day().getYear();
        };
    }
}
