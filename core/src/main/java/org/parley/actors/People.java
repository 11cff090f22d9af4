package org.parley.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.knowledge.AgentNoun;
import org.parley.knowledge.Knowledge;
import org.parley.knowledge.OfficeHolder;
import org.parley.model.Actor;
import org.parley.model.Dependency;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * The person rules of {@link ActorResolver} for one sentence: which tokens are a person's name, and the
 * person's code from the title and nationality in the text, an earlier mention, the office-holders table, or
 * an appositive description.
 */
final class People {
    private final SentenceState st;
    private final Knowledge knowledge;
    private final Sentence s;
    private final LocalDate date;
    private final Discourse discourse;
    private final List<Hit> knownPeople;

    People(SentenceState st) {
        this.st = st;
        this.knowledge = st.knowledge;
        this.s = st.s;
        this.date = st.date;
        this.discourse = st.discourse;
        this.knownPeople = st.knownPeople;
    }

    /** Resolves the person whose name ends at head {@code h}; false when nothing resolves it yet. */
    boolean person(int h) {
        int start = h;
        while (start > 0 && isPersonToken(start - 1) && st.hitAt(start - 1).isEmpty()) {
            start--;
        }
        final int a = start;
        int end = h + 1;
        while (end < s.size() && isPersonToken(end) && isFlatOf(end, h)) {
            end++;
        }
        final int b = end;
        String name = TableScanner.text(s, a, b);
        int first = a;
        if (a > 0 && Phrases.isHonorific(s.token(a - 1)) && b - a == 1) {
            first = a - 1;
        }
        int left = Phrases.leftEdge(s, h);
        Optional<Resolved> r = titled(left, a, h)
                .or(() -> governingTitle(h))
                .or(() -> discourse.person(name).map(x -> new Resolved(x, "same person as '" + x.name() + "' earlier")))
                .or(() -> table(name))
                .or(() -> b - a == 1 ? surname(name) : Optional.empty())
                .or(() -> former(name));
        if (r.isEmpty()) {
            if (appositive(h)) {
                return true;
            }
            discourse.unresolvedPerson(name);
            return false;
        }
        String canonical = r.get().actor().name().isEmpty() ? name : r.get().actor().name();
        Actor actor = new Actor(r.get().actor().code(), canonical);
        st.add(first, b, h, actor, r.get().evidence());
        if (left < first && (r.get().evidence().startsWith("title") || st.longestAgent(left, first).isPresent())) {
            st.add(left, b, first - 1, actor, "title phrase: " + r.get().evidence());
        }
        Optional<Dependency> up = s.parentArc(h);
        if (up.isPresent() && up.get().governor() >= 0 && up.get().governor() < first
                && Set.of("dep", "appos", "compound", "flat").contains(up.get().relation())
                && st.agentEndingAt(up.get().governor()).isPresent()) {
            int g = up.get().governor();
            st.add(Phrases.leftEdge(s, g), b, g, actor, "title phrase: " + r.get().evidence());
        }
        discourse.person(name, actor, r.get().evidence());
        return true;
    }

    /**
     * A token of a person's name: tagged PERSON, or a capitalised proper noun after an honorific
     * ("Mr. Xi"), or a single proper noun already known as a person's name in this article.
     */
    boolean isPersonToken(int i) {
        Token t = s.token(i);
        if (Phrases.isPerson(t) || knownPeople.stream().anyMatch(x -> x.covers(i))) {
            return true;
        }
        if (!t.pos().startsWith("NNP") || Phrases.isHonorific(t) || st.hitAt(i).isPresent()) {
            return false;
        }
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            Token x = s.token(j);
            if (Phrases.isHonorific(x)) {
                return true;
            }
            boolean title = knowledge.agents().lookup(x.word()).map(n -> n.kind() == AgentNoun.Kind.TITLE)
                    .orElse(false);
            if (title && j < i && isCapitalisedRun(j + 1, i + 1)) {
                return true;
            }
            if (!x.pos().startsWith("NNP")) {
                break;
            }
        }
        return discourse.person(t.word()).isPresent()
                || knowledge.officeHolders().bySurname(t.word(), date).isPresent();
    }

    private boolean isCapitalisedRun(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!s.token(k).pos().startsWith("NNP") || st.hitAt(k).isPresent()) {
                return false;
            }
        }
        return true;
    }

    private boolean isFlatOf(int token, int head) {
        return s.parentArc(token).map(d -> d.governor() == head && d.relation().equals("flat")).orElse(false);
    }

    /** Title and nationality before the name: "US Secretary of State", "Chinese President Mr.". */
    private Optional<Resolved> titled(int left, int nameStart, int h) {
        if (left >= nameStart) {
            return Optional.empty();
        }
        for (int i = left; i < nameStart; i++) {
            if (Phrases.isPunct(s.token(i)) && !s.token(i).word().equals("'s") && !s.token(i).word().equals("\u2019s")
                    && !s.token(i).word().equals("-")) {
                left = i + 1;
            }
        }
        if (left >= nameStart) {
            return Optional.empty();
        }
        Optional<AgentNoun> title = st.longestAgent(left, nameStart);
        if (title.isEmpty()) {
            return Optional.empty();
        }
        String name = TableScanner.text(s, nameStart, h + 1);
        boolean former = st.hasWord(left, nameStart, "former", "ousted", "ex", "late", "deposed");
        Optional<String> country = st.countryIn(left, nameStart);
        if (country.isEmpty()) {
            Optional<OfficeHolder> held = knowledge.officeHolders().holding(name, date);
            if (held.isPresent()) {
                return Optional.of(new Resolved(new Actor(held.get().code(), held.get().name()),
                        "title '" + title.get().phrase() + "' + office holders table (" + term(held.get()) + ")"));
            }
            return Optional.empty();
        }
        String code = country.get().startsWith("IGO") ? country.get()
                : country.get() + (former ? "ELI" : title.get().agent());
        String canonical = knowledge.officeHolders().byName(name).stream().findFirst()
                .map(OfficeHolder::name).orElse(name);
        return Optional.of(new Resolved(new Actor(code, canonical),
                "title '" + title.get().phrase() + "' + " + country.get() + " in the text"));
    }

    /** A name attached to a title noun that heads the phrase: "China's top diplomat Mr. Wang Yi". */
    private Optional<Resolved> governingTitle(int h) {
        Optional<Dependency> arc = s.parentArc(h);
        if (arc.isEmpty() || arc.get().governor() < 0 || !Set.of("dep", "appos", "compound", "flat")
                .contains(arc.get().relation())) {
            return Optional.empty();
        }
        int g = arc.get().governor();
        Optional<AgentNoun> title = st.agentEndingAt(g);
        if (title.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> country = st.countryIn(Phrases.leftEdge(s, g), g);
        return country.map(c -> new Resolved(new Actor(c.startsWith("IGO") ? c : c + title.get().agent(), ""),
                "title '" + title.get().phrase() + "' + " + c + " in the text"));
    }

    private Optional<Resolved> table(String name) {
        return knowledge.officeHolders().holding(name, date).map(o -> new Resolved(
                new Actor(o.code(), o.name()), "office holders table: " + term(o) + ", on " + date));
    }

    private Optional<Resolved> surname(String name) {
        return knowledge.officeHolders().bySurname(name, date).map(o -> new Resolved(
                new Actor(o.code(), o.name()), "surname in office holders table: " + term(o) + ", on " + date));
    }

    private Optional<Resolved> former(String name) {
        return knowledge.officeHolders().lastOffice(name, date).filter(o -> !o.country().startsWith("IGO"))
                .map(o -> new Resolved(new Actor(o.country() + "ELI", o.name()),
                        "former " + term(o) + " (office holders table)"));
    }

    /** A person with no title resolved through an appositive phrase ("the ICC's chief prosecutor, Karim Khan"). */
    boolean appositive(int h) {
        Optional<Mention> linked = Optional.empty();
        Optional<Dependency> arc = s.parentArc(h);
        if (arc.isPresent() && arc.get().relation().equals("appos")) {
            linked = st.mentionWithHead(arc.get().governor());
        }
        for (Dependency d : s.children(h, "appos")) {
            linked = linked.or(() -> st.mentionWithHead(d.dependent()));
        }
        if (linked.isEmpty()) {
            return false;
        }
        int a = h;
        while (a > 0 && Phrases.isPerson(s.token(a - 1))) {
            a--;
        }
        String name = TableScanner.text(s, a, h + 1);
        Actor actor = new Actor(linked.get().actor().code(), name);
        st.add(a, h + 1, h, actor, "appositive '" + linked.get().text() + "'");
        if (linked.get().firstToken() > h) {
            st.add(a, linked.get().lastToken(), linked.get().head(), actor, "name with its description '"
                    + linked.get().text() + "'");
        }
        discourse.person(name, actor, "appositive");
        return true;
    }

    /** An office with its dates, as evidence: "President 2021-01-20..2025-01-20". */
    private static String term(OfficeHolder o) {
        return o.role() + " " + o.start() + ".." + o.endDate().map(LocalDate::toString).orElse("");
    }

    /** A resolution with the evidence for it. */
    private record Resolved(Actor actor, String evidence) {
    }
}
