package org.parley.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.model.CameoCode;
import org.parley.model.Dependency;
import org.parley.model.EventDate;
import org.parley.model.Mention;
import org.parley.model.Sentence;

/**
 * The circumstances of one sentence's events for {@link EventCoder}: where an event took place (and whether
 * its target is a place), when (its date), and whether it was by telephone.
 */
final class Circumstances {
    private final Sentence s;
    private final List<Mention> mentions;
    /** The article's publication date, or null when it has none. */
    private final LocalDate published;

    Circumstances(Sentence s, List<Mention> mentions, LocalDate published) {
        this.s = s;
        this.mentions = mentions;
        this.published = published;
    }

    /** A seized object that is a place ("seized the city of El Fasher"): the taking of territory, CAMEO 192. */
    boolean targetIsPlace(int trigger) {
        for (Dependency o : s.children(trigger, "obj")) {
            List<Integer> heads = new ArrayList<>(List.of(o.dependent()));
            s.children(o.dependent(), "nmod").stream().filter(d -> d.marker().equals("of"))
                    .forEach(d -> heads.add(d.dependent()));
            for (int head : heads) {
                String lemma = s.token(head).lemma().toLowerCase(Locale.ROOT);
                boolean placeWord = Set.of("city", "town", "village", "territory", "region", "province", "area",
                        "port", "airport", "base", "district", "capital").contains(lemma);
                boolean placeName = mentions.stream().anyMatch(m -> m.head() == head
                        && (m.evidence().startsWith("place") || m.evidence().startsWith("capital as a place")));
                if (placeWord || placeName) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "spoke by phone", "talks by telephone": a telephone call (041) rather than a meeting. */
    CameoCode byPhone(int trigger, CameoCode code) {
        if (!code.root().equals("04")) {
            return code;
        }
        for (Dependency d : s.children(trigger)) {
            String lemma = s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
            if (d.marker().equals("by") && (lemma.equals("phone") || lemma.equals("telephone"))) {
                return CameoCode.of("041");
            }
        }
        return code;
    }

    /**
     * Where the event took place: a place named with "in", "at", "near" or "outside" (and "to" for a
     * visit) on the trigger or its governors within the clause ("met in Beijing", "the G20 summit in
     * Bali", "visit to Beijing"), as "Name, CODE"; else "".
     */
    String location(int trigger, CameoCode code) {
        Set<String> markers = code.value().startsWith("042") || code.value().startsWith("043")
                ? Set.of("in", "at", "near", "outside", "to") : Set.of("in", "at", "near", "outside");
        int node = trigger;
        for (int steps = 0; steps < 6 && node >= 0; steps++) {
            for (Dependency d : s.children(node)) {
                boolean where = markers.contains(d.marker())
                        && (d.relation().startsWith("obl") || d.relation().startsWith("nmod"));
                Optional<String> place = where ? placeAt(d.dependent()) : Optional.empty();
                if (place.isPresent()) {
                    return place.get();
                }
            }
            Optional<Dependency> up = s.parentArc(node);
            if (up.isEmpty() || Set.of("ccomp", "parataxis", "acl:relcl").contains(up.get().relation())) {
                break;
            }
            node = up.get().governor();
        }
        return "";
    }

    /** A place mention at a phrase head, or inside it ("the G20 summit in Bali", "the resort of Antalya"). */
    private Optional<String> placeAt(int head) {
        for (Mention m : mentions) {
            boolean place = m.evidence().startsWith("place") || m.evidence().startsWith("capital as a place")
                    || m.evidence().startsWith("country name");
            if (place && m.head() == head) {
                return Optional.of(m.actor().name() + ", " + m.actor().country());
            }
        }
        for (Dependency d : s.children(head, "nmod")) {
            if (d.marker().equals("in") || d.marker().equals("of")) {
                Optional<String> inner = placeAt(d.dependent());
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    /** The event's own date from time expressions on its trigger or governors, else the article date. */
    Optional<EventDate> date(int trigger, int anchor) {
        if (published == null) {
            return Optional.empty();
        }
        return ownDate(trigger, anchor).or(() -> TimeExpressions.nearestWeekday(s, trigger, published))
                .or(() -> Optional.of(EventDate.ofDay(published)));
    }

    /**
     * True for an act told in the past perfect without a time of its own ("the two sides had agreed to stop
     * firing", "it had received reports"): undated background before the reported moment, not an event of
     * the article's day.
     */
    boolean isUndatedBackground(int trigger, int anchor) {
        if (published == null) {
            return false;
        }
        boolean pluperfect = false;
        for (int node : List.of(trigger, anchor)) {
            for (Dependency d : s.children(node)) {
                if (d.relation().equals("aux") && s.token(d.dependent()).word().equalsIgnoreCase("had")
                        && s.token(node).pos().equals("VBN")) {
                    pluperfect = true;
                }
            }
        }
        return pluperfect && ownDate(trigger, anchor).isEmpty()
                && TimeExpressions.nearestWeekday(s, trigger, published).isEmpty();
    }

    private Optional<EventDate> ownDate(int trigger, int anchor) {
        int node = trigger;
        for (int steps = 0; steps < 8 && node >= 0; steps++) {
            Optional<EventDate> own = TimeExpressions.attachedTo(s, node, published);
            if (own.isPresent()) {
                return own;
            }
            if (node == trigger && anchor != trigger) {
                node = anchor;
                continue;
            }
            node = s.parentArc(node).map(Dependency::governor).orElse(-1);
        }
        return Optional.empty();
    }
}
