package org.parley.actors;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.knowledge.AgentNoun;
import org.parley.knowledge.Knowledge;
import org.parley.knowledge.OfficeHolder;
import org.parley.model.Actor;
import org.parley.model.Dependency;
import org.parley.model.Mention;
import org.parley.model.ParsedArticle;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.model.UnresolvedName;

/**
 * The actor stage: ParsedArticle to the list of actor mentions, each resolved to a CAMEO actor code with the
 * evidence for it.
 *
 * <p>Rules, in order: table names (international organisations, armed groups, seats of power, countries,
 * capitals, demonyms); people by the title and nationality the text gives them ("US Secretary of State Antony
 * Blinken" = USAGOV), else by the office-holders table on the article date, else by an appositive
 * ("the head of the UN nuclear watchdog, Rafael Grossi"); later mentions by surname or honorific within the
 * document; agent nouns with a nationality ("Russian missiles" = RUSMIL, "China's military" = CHNMIL);
 * capitals and seats of power as their government where they act, as a place where a preposition makes them
 * one ("visit to Beijing" = CHN); pronouns and definite descriptions ("he", "the US diplomat", "the two
 * leaders") by the most recent fitting actor. Articles without a date resolve office holders as of today (UTC).
 */
public final class ActorResolver {
    /** Prepositions that make a capital a place rather than its government. */
    private static final Set<String> PLACE_MARKERS = Set.of("in", "at", "to", "from", "near", "outside", "into",
            "across", "over", "around", "toward", "towards", "inside", "via", "through", "throughout", "within");

    private final Knowledge knowledge;
    private final TableScanner scanner;

    /** A resolver over the given knowledge tables. */
    public ActorResolver(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.scanner = new TableScanner(knowledge);
    }

    /**
     * Resolves every actor mention of an article.
     *
     * @return mentions sorted by sentence and token; a group reference ("the two leaders") yields one mention
     *     per actor over the same span
     */
    public List<Mention> resolve(ParsedArticle article) {
        return resolveAll(article).mentions();
    }

    /**
     * Resolves every actor mention of an article and lists the people it could not resolve.
     *
     * @return mentions sorted by sentence and token, and the unresolved names in text order
     */
    public Resolution resolveAll(ParsedArticle article) {
        LocalDate date = article.article().published().orElse(LocalDate.now(ZoneOffset.UTC));
        Discourse discourse = new Discourse(word -> knowledge.agents().lookup(word).isPresent());
        List<Mention> all = new ArrayList<>();
        List<UnresolvedName> unresolved = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            SentenceResolver resolver = new SentenceResolver(article, s, date, discourse);
            all.addAll(resolver.resolve());
            unresolved.addAll(resolver.unresolved());
        }
        all.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::firstToken));
        return new Resolution(all, unresolved);
    }

    /**
     * The actor stage's output.
     *
     * @param mentions   resolved mentions in text order
     * @param unresolved people named but not resolved, in text order
     */
    public record Resolution(List<Mention> mentions, List<UnresolvedName> unresolved) {
        public Resolution {
            mentions = List.copyOf(mentions);
            unresolved = List.copyOf(unresolved);
        }
    }

    /** Resolution state of one sentence. */
    private final class SentenceResolver {
        private final ParsedArticle article;
        private final Sentence s;
        private final LocalDate date;
        private final List<Hit> hits;
        private final List<Mention> mentions;
        private final List<UnresolvedName> unresolved;
        private final SentenceState st;
        private final People people;
        private final Nominals nominals;

        List<UnresolvedName> unresolved() {
            return unresolved;
        }

        SentenceResolver(ParsedArticle article, Sentence s, LocalDate date, Discourse discourse) {
            this.st = new SentenceState(knowledge, article, s, date, discourse, scanner.scan(s), scanner.people(s));
            this.article = article;
            this.s = s;
            this.date = date;
            this.hits = st.hits;
            this.mentions = st.mentions;
            this.unresolved = st.unresolved;
            this.people = new People(st);
            this.nominals = new Nominals(st);
        }

        List<Mention> resolve() {
            List<Integer> unresolvedPersons = new ArrayList<>();
            for (int h = 0; h < s.size(); h++) {
                if (!Phrases.isHead(s, h)) {
                    continue;
                }
                flushNestedHits(h);
                Token t = s.token(h);
                if (people.isPersonToken(h) && st.hitAt(h).isEmpty()) {
                    if (!people.person(h)) {
                        unresolvedPersons.add(h);
                    }
                } else if (t.pos().startsWith("PRP")) {
                    nominals.pronoun(h);
                } else if (st.hitAt(h).isPresent()) {
                    named(h, st.hitAt(h).get());
                } else {
                    nominals.nominal(h);
                }
            }
            for (int h : unresolvedPersons) {
                if (!people.appositive(h)) {
                    int a = h;
                    while (a > 0 && people.isPersonToken(a - 1)) {
                        a--;
                    }
                    int begin = s.token(a).begin();
                    int end = s.token(h).end();
                    unresolved.add(new UnresolvedName(s.index(), begin, end, article.span(begin, end)));
                }
            }
            flushNestedHits(s.size());
            return mentions;
        }

        /**
         * Table names inside a larger phrase ("Houthi" in "Houthi sites", "G20" in "the G20 summit") that end
         * before token {@code upTo} and have no mention yet: each is a mention of its own, entered in text order
         * so that later descriptions ("the group") can refer to it.
         */
        private void flushNestedHits(int upTo) {
            for (Hit x : hits) {
                if (x.end() > upTo || x.kind() == Hit.Kind.PLACE && x.end() - 1 >= 0 && Phrases.isHead(s, x.end() - 1)) {
                    continue;
                }
                boolean covered = mentions.stream().anyMatch(m -> m.head() == x.end() - 1 && m.firstToken() <= x.start()
                        || m.firstToken() < x.end() && x.start() < m.lastToken() && m.firstToken() >= x.start() - 1
                        && m.lastToken() <= x.end());
                if (!covered && !Phrases.isHead(s, x.end() - 1)) {
                    named(x.end() - 1, x);
                } else if (!covered && upTo == s.size()) {
                    named(x.end() - 1, x);
                }
            }
        }

        // ---- table names -------------------------------------------------------------------------------

        private void named(int h, Hit hit) {
            int first = hit.start();
            boolean embedded = hit.kind() == Hit.Kind.NAMED && s.parentArc(h).map(d -> d.relation().startsWith("nmod:poss")
                    || d.relation().startsWith("nmod") && d.marker().equals("of")).orElse(false);
            if (first > 0 && !embedded && s.token(first - 1).word().equalsIgnoreCase("the")
                    && s.parentArc(first - 1).map(d -> d.governor() == h).orElse(false)) {
                first--;
            }
            if (hit.kind() == Hit.Kind.DEMONYM && h == hit.end() - 1) {
                first = Math.min(first, Phrases.leftEdge(s, h));
            }
            if (hit.kind() == Hit.Kind.NAMED && otherCountrysBody(h, hit)) {
                return;
            }
            for (Dependency d : s.children(h, "appos")) {
                if (hit.kind() == Hit.Kind.NAMED && d.dependent() > h) {
                    st.add(first, Phrases.rightmostDescendant(s, d.dependent()) + 1, d.dependent(),
                            new Actor(hit.code(), hit.name()), "named actor '" + hit.name() + "' with its description");
                }
            }
            Optional<OfficeHolder> dated = hit.kind() == Hit.Kind.NAMED
                    ? knowledge.officeHolders().holding(hit.name(), date) : Optional.empty();
            if (dated.isPresent()) {
                st.add(first, hit.end(), h, new Actor(dated.get().code(), hit.name()), "named actor '" + hit.name()
                        + "' as " + dated.get().role() + " on " + date + " (office holders table)");
                return;
            }
            switch (hit.kind()) {
                case NAMED -> st.add(first, hit.end(), h, new Actor(hit.code(), hit.name()), "named actor '" + hit.name() + "'");
                case COUNTRY -> {
                    Optional<AgentNoun> tagged = possessedAgent(h, hit);
                    if (tagged.isPresent()) {
                        st.add(first, hit.end() + 2, h, new Actor(hit.code() + tagged.get().agent(), hit.name()),
                                "agent '" + tagged.get().phrase() + "' of " + hit.code() + " (tagged as an adjective)");
                    } else {
                        st.add(first, hit.end(), h, new Actor(hit.code(), hit.name()), "country name");
                    }
                }
                case DEMONYM -> st.add(first, hit.end(), h, new Actor(hit.code(), hit.name()), "demonym of " + hit.code());
                case PLACE -> st.add(first, hit.end(), h, new Actor(hit.code(), hit.name()), "place in " + hit.code()
                        + " (gazetteer)");
                case CAPITAL -> {
                    if (isPlace(h)) {
                        st.add(first, hit.end(), h, new Actor(hit.code(), hit.name()), "capital as a place");
                    } else {
                        st.add(first, hit.end(), h, new Actor(hit.code() + "GOV", hit.name()),
                                "capital for its government");
                    }
                }
            }
        }

        /**
         * "Chile's Defense Department": a table name that belongs to one country ("Defense Department" is the US
         * one) but is owned in the text by another country, and is also a generic agent phrase, is that country's
         * agent. Adds the mention and returns true; false when the rule does not apply.
         */
        private boolean otherCountrysBody(int h, Hit hit) {
            if (hit.code().length() <= 3 || hit.code().startsWith("IGO")) {
                return false;
            }
            Optional<AgentNoun> generic = knowledge.agents().lookup(
                    TableScanner.text(s, hit.start(), hit.end()).toLowerCase(java.util.Locale.ROOT));
            if (generic.isEmpty()) {
                return false;
            }
            for (Dependency d : s.children(h, "nmod:poss")) {
                Optional<Hit> owner = st.hitAt(d.dependent());
                if (d.dependent() < hit.start() && owner.isPresent() && (owner.get().kind() == Hit.Kind.COUNTRY
                        || owner.get().kind() == Hit.Kind.DEMONYM) && !hit.code().startsWith(owner.get().code())) {
                    st.add(owner.get().start(), hit.end(), h, new Actor(owner.get().code() + generic.get().agent(), ""),
                            "agent '" + generic.get().phrase() + "' of " + owner.get().code() + " (not the "
                                    + hit.code() + " one of the table)");
                    return true;
                }
            }
            return false;
        }

        /**
         * "China's military launched drills": the tagger can read the agent noun after a country's "'s" as an
         * adjective modifying the country, which the parse then makes the subject. The agent, when the word right
         * after "'s" is one and hangs on the country as {@code amod}; empty otherwise.
         */
        private Optional<AgentNoun> possessedAgent(int h, Hit hit) {
            int poss = hit.end();
            int word = poss + 1;
            if (word >= s.size() || !s.token(poss).word().equals("'s")
                    || !s.token(word).pos().startsWith("JJ")) {
                return Optional.empty();
            }
            boolean modifiesCountry = s.parentArc(word)
                    .map(d -> d.governor() == h && d.relation().equals("amod")).orElse(false);
            return modifiesCountry ? knowledge.agents().lookup(s.token(word).word().toLowerCase(java.util.Locale.ROOT))
                    : Optional.empty();
        }

        private boolean isPlace(int h) {
            Optional<Dependency> arc = s.parentArc(h);
            if (arc.isEmpty()) {
                return false;
            }
            Dependency d = arc.get();
            if (d.relation().startsWith("conj")) {
                return isPlace(d.governor());
            }
            boolean attacked = (d.relation().equals("obj") || d.relation().equals("nsubj:pass"))
                    && knowledge.patterns().verb(s.token(d.governor()).lemma()).stream()
                    .anyMatch(p -> p.code().rootNumber() >= 18);
            return PLACE_MARKERS.contains(d.marker()) || d.relation().equals("compound") || attacked;
        }
    }
}
