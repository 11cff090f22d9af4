package org.parley.actors;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
    /** Agents that take their country from the sentence's place when the phrase names none. */
    private static final Set<String> DOMESTIC_AGENTS = Set.of("COP", "OPP", "CVL", "REB", "SEP", "JUD", "LEG",
            "UAF", "BUS");
    private static final Set<String> GROUP_HEADS = Set.of("leader", "side", "country", "nation", "government",
            "president", "minister", "party", "state");

    /** Titles vague enough to describe any official of the country ("the US diplomat", "the Chinese leader"). */
    private static final Set<String> GENERIC_TITLES = Set.of("diplomat", "leader", "official", "politician",
            "statesman", "minister", "counterpart", "envoy");

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
        Discourse discourse = new Discourse();
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
        private final Discourse discourse;
        private final List<Hit> hits;
        private final List<Hit> knownPeople;
        private final List<Mention> mentions = new ArrayList<>();
        private final List<UnresolvedName> unresolved = new ArrayList<>();

        List<UnresolvedName> unresolved() {
            return unresolved;
        }

        SentenceResolver(ParsedArticle article, Sentence s, LocalDate date, Discourse discourse) {
            this.article = article;
            this.s = s;
            this.date = date;
            this.discourse = discourse;
            this.hits = scanner.scan(s);
            this.knownPeople = scanner.people(s);
        }

        List<Mention> resolve() {
            List<Integer> unresolvedPersons = new ArrayList<>();
            for (int h = 0; h < s.size(); h++) {
                if (!Phrases.isHead(s, h)) {
                    continue;
                }
                flushNestedHits(h);
                Token t = s.token(h);
                if (isPersonToken(h) && hitAt(h).isEmpty()) {
                    if (!person(h)) {
                        unresolvedPersons.add(h);
                    }
                } else if (t.pos().startsWith("PRP")) {
                    pronoun(h);
                } else if (hitAt(h).isPresent()) {
                    named(h, hitAt(h).get());
                } else {
                    nominal(h);
                }
            }
            for (int h : unresolvedPersons) {
                if (!appositive(h)) {
                    int a = h;
                    while (a > 0 && isPersonToken(a - 1)) {
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
                boolean covered = mentions.stream().anyMatch(m -> m.firstToken() < x.end() && x.start() < m.lastToken()
                        && m.firstToken() >= x.start() - 1 && m.lastToken() <= x.end());
                if (!covered && !Phrases.isHead(s, x.end() - 1)) {
                    named(x.end() - 1, x);
                } else if (!covered && upTo == s.size()) {
                    named(x.end() - 1, x);
                }
            }
        }

        private Optional<Hit> hitAt(int token) {
            return hits.stream().filter(x -> x.covers(token)).findFirst();
        }

        private void add(int first, int last, int head, Actor actor, String evidence) {
            int begin = s.token(first).begin();
            int end = s.token(last - 1).end();
            Mention m = new Mention(s.index(), first, last, head, begin, end, article.span(begin, end), actor,
                    evidence);
            mentions.add(m);
            discourse.add(m);
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
            for (Dependency d : s.children(h, "appos")) {
                if (hit.kind() == Hit.Kind.NAMED && d.dependent() > h) {
                    add(first, Phrases.rightmostDescendant(s, d.dependent()) + 1, d.dependent(),
                            new Actor(hit.code(), hit.name()), "named actor '" + hit.name() + "' with its description");
                }
            }
            Optional<OfficeHolder> dated = hit.kind() == Hit.Kind.NAMED
                    ? knowledge.officeHolders().holding(hit.name(), date) : Optional.empty();
            if (dated.isPresent()) {
                add(first, hit.end(), h, new Actor(dated.get().code(), hit.name()), "named actor '" + hit.name()
                        + "' as " + dated.get().role() + " on " + date + " (office holders table)");
                return;
            }
            switch (hit.kind()) {
                case NAMED -> add(first, hit.end(), h, new Actor(hit.code(), hit.name()), "named actor '" + hit.name() + "'");
                case COUNTRY -> add(first, hit.end(), h, new Actor(hit.code(), hit.name()), "country name");
                case DEMONYM -> add(first, hit.end(), h, new Actor(hit.code(), hit.name()), "demonym of " + hit.code());
                case PLACE -> add(first, hit.end(), h, new Actor(hit.code(), hit.name()), "place in " + hit.code()
                        + " (gazetteer)");
                case CAPITAL -> {
                    if (isPlace(h)) {
                        add(first, hit.end(), h, new Actor(hit.code(), hit.name()), "capital as a place");
                    } else {
                        add(first, hit.end(), h, new Actor(hit.code() + "GOV", hit.name()),
                                "capital for its government");
                    }
                }
            }
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

        // ---- people ------------------------------------------------------------------------------------

        /** Resolves the person whose name ends at head {@code h}; false when nothing resolves it yet. */
        private boolean person(int h) {
            int start = h;
            while (start > 0 && isPersonToken(start - 1) && hitAt(start - 1).isEmpty()) {
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
            add(first, b, h, actor, r.get().evidence());
            if (left < first && (r.get().evidence().startsWith("title") || longestAgent(left, first).isPresent())) {
                add(left, b, first - 1, actor, "title phrase: " + r.get().evidence());
            }
            Optional<Dependency> up = s.parentArc(h);
            if (up.isPresent() && up.get().governor() >= 0 && up.get().governor() < first
                    && Set.of("dep", "appos", "compound", "flat").contains(up.get().relation())
                    && agentEndingAt(up.get().governor()).isPresent()) {
                int g = up.get().governor();
                add(Phrases.leftEdge(s, g), b, g, actor, "title phrase: " + r.get().evidence());
            }
            discourse.person(name, actor, r.get().evidence());
            return true;
        }

        /**
         * A token of a person's name: tagged PERSON, or a capitalised proper noun after an honorific
         * ("Mr. Xi"), or a single proper noun already known as a person's name in this article.
         */
        private boolean isPersonToken(int i) {
            Token t = s.token(i);
            if (Phrases.isPerson(t) || knownPeople.stream().anyMatch(x -> x.covers(i))) {
                return true;
            }
            if (!t.pos().startsWith("NNP") || Phrases.isHonorific(t) || hitAt(i).isPresent()) {
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
                if (!s.token(k).pos().startsWith("NNP") || hitAt(k).isPresent()) {
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
            Optional<AgentNoun> title = longestAgent(left, nameStart);
            if (title.isEmpty()) {
                return Optional.empty();
            }
            String name = TableScanner.text(s, nameStart, h + 1);
            boolean former = hasWord(left, nameStart, "former", "ousted", "ex", "late", "deposed");
            Optional<String> country = countryIn(left, nameStart);
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
            Optional<AgentNoun> title = agentEndingAt(g);
            if (title.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> country = countryIn(Phrases.leftEdge(s, g), g);
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
        private boolean appositive(int h) {
            Optional<Mention> linked = Optional.empty();
            Optional<Dependency> arc = s.parentArc(h);
            if (arc.isPresent() && arc.get().relation().equals("appos")) {
                linked = mentionWithHead(arc.get().governor());
            }
            for (Dependency d : s.children(h, "appos")) {
                linked = linked.or(() -> mentionWithHead(d.dependent()));
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
            add(a, h + 1, h, actor, "appositive '" + linked.get().text() + "'");
            if (linked.get().firstToken() > h) {
                add(a, linked.get().lastToken(), linked.get().head(), actor, "name with its description '"
                        + linked.get().text() + "'");
            }
            discourse.person(name, actor, "appositive");
            return true;
        }

        private Optional<Mention> mentionWithHead(int head) {
            return mentions.stream().filter(m -> m.head() == head).findFirst();
        }

        // ---- agent nouns and descriptions ---------------------------------------------------------------

        private void nominal(int h) {
            Token t = s.token(h);
            if (groupReference(h)) {
                return;
            }
            if (namedApposition(h, Phrases.leftEdge(s, h)) || partitive(h)) {
                return;
            }
            Optional<AgentNoun> agent = agentEndingAt(h);
            if (agent.isEmpty()) {
                if (!definiteAnaphor(h)) {
                    possessedThing(h);
                }
                return;
            }
            final int left = Phrases.leftEdge(s, h);
            int right = h + 1;
            Optional<String> country = countryIn(left, h);
            List<String> alsoOf = new ArrayList<>();
            AgentNoun.Kind kind = agent.get().kind();
            for (Dependency d : s.children(h, "nmod")) {
                boolean complement = d.dependent() > h && (d.marker().equals("to") && kind == AgentNoun.Kind.TITLE
                        || d.marker().equals("in"));
                if (complement) {
                    Optional<String> where = countryIn(Phrases.leftEdge(s, d.dependent()),
                            Phrases.rightmostDescendant(s, d.dependent()) + 1);
                    if (where.isPresent() && (country.isEmpty() || d.marker().equals("to"))) {
                        right = Math.max(right, Phrases.rightmostDescendant(s, d.dependent()) + 1);
                        if (country.isEmpty()) {
                            country = where;
                        }
                    }
                }
                if (country.isEmpty() && d.marker().equals("of") && d.dependent() > h) {
                    Optional<Hit> body = hitAt(d.dependent()).filter(x -> x.kind() == Hit.Kind.NAMED
                            && x.code().length() > 3 && !x.code().startsWith("IGO"));
                    if (body.isPresent()) {
                        add(left, Phrases.rightmostDescendant(s, d.dependent()) + 1, h,
                                new Actor(body.get().code(), body.get().name()),
                                "'" + agent.get().phrase() + "' of '" + body.get().name() + "'");
                        return;
                    }
                    Optional<String> ofCountry = countryIn(Phrases.leftEdge(s, d.dependent()),
                            Phrases.rightmostDescendant(s, d.dependent()) + 1);
                    if (ofCountry.isPresent()) {
                        country = ofCountry;
                        right = Phrases.rightmostDescendant(s, d.dependent()) + 1;
                        for (Dependency c : s.children(d.dependent())) {
                            if (c.relation().startsWith("conj")) {
                                countryIn(Phrases.leftEdge(s, c.dependent()), Phrases.rightmostDescendant(s, c.dependent()) + 1)
                                        .ifPresent(alsoOf::add);
                            }
                        }
                    }
                }
            }
            for (Dependency d : s.children(h, "nmod")) {
                if (d.marker().equals("of") && d.dependent() > h && d.dependent() <= right + 2) {
                    right = Math.max(right, Phrases.rightmostDescendant(s, d.dependent()) + 1);
                }
            }
            final int r = right;
            AgentNoun a = agent.get();
            boolean former = hasWord(left, h, "former", "ousted", "ex", "deposed");
            boolean singular = t.pos().equals("NN") || t.pos().equals("NNP");
            Optional<Hit> group = hits.stream().filter(x -> x.start() >= left && x.end() <= h && x.kind() == Hit.Kind.NAMED
                    && x.code().length() > 3 && !x.code().startsWith("IGO")
                    && Set.of("REB", "SEP", "PTY", "CRM", "UAF", "OPP").contains(x.code().substring(3))).findFirst();
            if (group.isPresent()) {
                add(left, right, h, new Actor(group.get().code(), group.get().name()),
                        "agent '" + a.phrase() + "' of named group '" + group.get().name() + "'");
                return;
            }
            if (country.isPresent()) {
                boolean elite = former && (a.kind() == AgentNoun.Kind.TITLE || singular);
                String code = country.get().startsWith("IGO") || country.get().length() > 3 ? country.get()
                        : country.get() + (elite ? "ELI" : a.agent());
                Actor actor = descriptionAntecedent(h, a, country.get())
                        .map(p -> new Actor(code, p.name())).orElse(new Actor(code, ""));
                add(left, right, h, actor, "agent '" + a.phrase() + "' + " + country.get() + " in the text");
                if (a.kind() == AgentNoun.Kind.TITLE && s.token(h).pos().equals("NN") || s.token(h).pos().equals("NNP")) {
                    discourse.person(TableScanner.text(s, left, right), actor.name().isEmpty()
                            ? new Actor(code, TableScanner.text(s, left, right)) : actor, "title '" + a.phrase() + "'");
                }
                for (String other : alsoOf) {
                    String otherCode = other.startsWith("IGO") ? other : other + a.agent();
                    add(left, right, h, new Actor(otherCode, ""), "agent '" + a.phrase() + "' + " + other + " in the text");
                }
                return;
            }
            if (a.kind() == AgentNoun.Kind.TITLE && isDefinite(left, h)) {
                discourse.lastPersonWithAgent(a.agent(), "", t.word(), GENERIC_TITLES.contains(Phrases.lemma(t))).ifPresent(p ->
                        add(left, r, h, p, "definite description '" + t.word() + "' = " + p.name()));
                return;
            }
            if (a.agent().equals("NGO")) {
                add(left, right, h, new Actor("NGO", ""), "agent '" + a.phrase() + "'");
                return;
            }
            boolean partOfName = Character.isUpperCase(t.word().charAt(0)) && h > 0;
            if (DOMESTIC_AGENTS.contains(a.agent()) && !partOfName) {
                Optional<String> place = contextCountry(h);
                place.ifPresent(c -> add(left, r, h, new Actor(c + a.agent(), ""),
                        "agent '" + a.phrase() + "', country " + c + " from the sentence's places"));
            }
        }

        /** "members of SANDF", "units of the Revolutionary Guards": part of a named body is that body. */
        private boolean partitive(int h) {
            if (!Set.of("member", "unit", "element", "part", "branch", "wing", "supporter", "delegate", "official")
                    .contains(Phrases.lemma(s.token(h)))) {
                return false;
            }
            for (Dependency d : s.children(h, "nmod")) {
                Optional<Hit> body = d.marker().equals("of") ? hitAt(d.dependent()).filter(x -> x.kind() == Hit.Kind.NAMED)
                        : Optional.empty();
                if (body.isPresent()) {
                    int left = Phrases.leftEdge(s, h);
                    add(left, Phrases.rightmostDescendant(s, d.dependent()) + 1, h,
                            new Actor(body.get().code(), body.get().name()), "part of '" + body.get().name() + "'");
                    return true;
                }
            }
            return false;
        }

        /** "the West African bloc ECOWAS", "the militant group Hamas": the name the description stands beside. */
        private boolean namedApposition(int h, int left) {
            for (Dependency d : s.children(h)) {
                boolean beside = d.dependent() > h && (d.relation().equals("appos") || d.relation().equals("flat")
                        || d.relation().equals("dep") || d.relation().equals("compound"));
                Optional<Hit> name = beside ? hitAt(d.dependent()).filter(x -> x.kind() == Hit.Kind.NAMED)
                        : Optional.empty();
                if (name.isPresent()) {
                    add(left, name.get().end(), h, new Actor(name.get().code(), name.get().name()),
                            "description beside the name '" + name.get().name() + "'");
                    return true;
                }
            }
            return false;
        }

        /**
         * "the Pacific nation", "the island" for the last country named; "the alliance", "the group" for the last
         * organisation or armed group named.
         */
        private boolean definiteAnaphor(int h) {
            int left = Phrases.leftEdge(s, h);
            if (!s.token(left).word().equalsIgnoreCase("the") || !s.token(h).pos().equals("NN")) {
                return false;
            }
            String lemma = Phrases.lemma(s.token(h));
            Optional<Actor> antecedent = Optional.empty();
            if (Set.of("nation", "country", "island", "kingdom", "republic", "state").contains(lemma)) {
                antecedent = discourse.lastCountry().map(c -> new Actor(c, c));
            } else if (Set.of("alliance", "bloc", "organisation", "organization", "coalition", "union")
                    .contains(lemma)) {
                antecedent = discourse.lastNamed(a -> a.isOrganisation());
            } else if (Set.of("group", "movement", "militia", "paramilitary", "rebels", "faction", "party")
                    .contains(lemma)) {
                antecedent = discourse.lastNamed(a -> !a.isOrganisation() && a.code().length() > 3
                        && Set.of("REB", "SEP", "PTY", "UAF", "CRM", "OPP").contains(a.code().substring(3, 6)));
            }
            antecedent.ifPresent(a -> add(left, h + 1, h, a, "definite description '"
                    + TableScanner.text(s, left, h + 1) + "' = " + display(a)));
            return antecedent.isPresent();
        }

        /**
         * A thing or group marked with a nationality ("Ukrainian energy facilities", "Palestinian prisoners",
         * "Cambodian military targets"): the country, with the agent of a modifier that names one.
         */
        private void possessedThing(int h) {
            if (!s.token(h).isNoun() || s.token(h).pos().startsWith("NNP")) {
                return;
            }
            int left = Phrases.leftEdge(s, h);
            Optional<Hit> owner = hits.stream().filter(x -> x.start() >= left && x.end() <= h
                    && x.kind() != Hit.Kind.NAMED).findFirst();
            int right = h + 1;
            boolean eventNoun = !knowledge.patterns().noun(Phrases.lemma(s.token(h))).isEmpty();
            if (owner.isEmpty() && !eventNoun) {
                Optional<Dependency> where = s.children(h, "nmod").stream().filter(d -> d.dependent() > h
                        && Set.of("in", "across", "throughout").contains(d.marker())).findFirst();
                if (where.isPresent()) {
                    int place = where.get().dependent();
                    owner = hits.stream().filter(x -> x.covers(place) && x.kind() != Hit.Kind.NAMED).findFirst();
                    right = Phrases.rightmostDescendant(s, place) + 1;
                }
            }
            if (owner.isEmpty()) {
                return;
            }
            String agent = "";
            for (int i = owner.get().end(); i < h && agent.isEmpty(); i++) {
                agent = knowledge.agents().lookup(s.token(i).word()).map(AgentNoun::agent).orElse("");
            }
            add(left, right, h, new Actor(owner.get().code() + agent, owner.get().name()),
                    "nationality '" + TableScanner.text(s, owner.get().start(), owner.get().end()) + "'");
        }

        /** "the US diplomat" after "Antony Blinken": the person it describes, for display and quotes. */
        private Optional<Actor> descriptionAntecedent(int h, AgentNoun a, String country) {
            boolean singular = s.token(h).pos().equals("NN") || s.token(h).pos().equals("NNP");
            if (a.kind() == AgentNoun.Kind.BODY || !singular || !isDefinite(Phrases.leftEdge(s, h), h)) {
                return Optional.empty();
            }
            return discourse.lastPersonWithAgent(a.agent(), country, s.token(h).word(),
                    GENERIC_TITLES.contains(Phrases.lemma(s.token(h))));
        }

        private boolean isDefinite(int left, int h) {
            String w = s.token(left).word().toLowerCase(Locale.ROOT);
            return left < h && (w.equals("the") || w.equals("his") || w.equals("her") || w.equals("their")
                    || w.equals("its"));
        }

        /** "the two leaders", "both sides": the last two actors of different countries. */
        private boolean groupReference(int h) {
            if (!GROUP_HEADS.contains(Phrases.lemma(s.token(h))) || !s.token(h).pos().endsWith("S")) {
                return false;
            }
            boolean two = s.children(h).stream().anyMatch(d -> {
                String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
                return w.equals("two") || w.equals("both");
            });
            if (!two) {
                return false;
            }
            boolean people = Phrases.lemma(s.token(h)).equals("leader") || Phrases.lemma(s.token(h)).equals("president")
                    || Phrases.lemma(s.token(h)).equals("minister");
            List<Actor> pair = discourse.mainPair(people);
            if (pair.size() < 2) {
                return false;
            }
            int left = Phrases.leftEdge(s, h);
            for (Actor a : pair) {
                add(left, h + 1, h, a, "group reference '" + TableScanner.text(s, left, h + 1) + "'");
            }
            return true;
        }

        private void pronoun(int h) {
            String w = s.token(h).word().toLowerCase(Locale.ROOT);
            Optional<Actor> antecedent = switch (w) {
                case "he", "him", "his", "she", "her" -> discourse.lastPerson(s.index(), coSubject(h));
                case "it", "its" -> discourse.lastCollective();
                case "they", "them", "their" -> discourse.lastGroup(s.index());
                default -> Optional.empty();
            };
            antecedent.ifPresent(a -> add(h, h + 1, h, a, "pronoun '" + s.token(h).word() + "' = " + display(a)));
        }

        /** For an object pronoun ("hosted him"), the actor of its verb's subject, which it cannot refer to. */
        private Optional<Actor> coSubject(int h) {
            Optional<Dependency> arc = s.parentArc(h);
            if (arc.isEmpty() || arc.get().governor() < 0 || arc.get().relation().startsWith("nsubj")
                    || arc.get().relation().startsWith("nmod:poss")) {
                return Optional.empty();
            }
            for (Dependency d : s.children(arc.get().governor(), "nsubj")) {
                Optional<Mention> subject = mentionWithHead(d.dependent());
                if (subject.isPresent()) {
                    return Optional.of(subject.get().actor());
                }
            }
            return Optional.empty();
        }

        // ---- helpers -------------------------------------------------------------------------------------

        /** The longest agent phrase among tokens [from, to) (titles before a name). */
        private Optional<AgentNoun> longestAgent(int from, int to) {
            Optional<AgentNoun> best = Optional.empty();
            int bestLength = 0;
            int max = knowledge.agents().maxWords();
            for (int i = from; i < to; i++) {
                for (int j = Math.min(to, i + max); j > i; j--) {
                    if (j - i <= bestLength) {
                        break;
                    }
                    Optional<AgentNoun> hit = agentPhrase(i, j);
                    if (hit.isPresent()) {
                        best = hit;
                        bestLength = j - i;
                    }
                }
            }
            return best;
        }

        /** The longest agent phrase that ends at token {@code h}. */
        private Optional<AgentNoun> agentEndingAt(int h) {
            int max = knowledge.agents().maxWords();
            for (int i = Math.max(0, h - max + 1); i <= h; i++) {
                if (hitAt(i).isPresent() && i < h) {
                    continue;
                }
                Optional<AgentNoun> hit = agentPhrase(i, h + 1);
                if (hit.isPresent()) {
                    return hit;
                }
            }
            return Optional.empty();
        }

        private Optional<AgentNoun> agentPhrase(int from, int to) {
            String words = TableScanner.text(s, from, to);
            Optional<AgentNoun> hit = knowledge.agents().lookup(words);
            if (hit.isPresent() || to - from > 3) {
                return hit;
            }
            StringBuilder lemmas = new StringBuilder();
            for (int i = from; i < to; i++) {
                lemmas.append(i > from ? " " : "").append(i == to - 1 ? Phrases.lemma(s.token(i)) : s.token(i).word());
            }
            return knowledge.agents().lookup(lemmas.toString());
        }

        /** A country or IGO named among tokens [from, to): a name, demonym, capital, or possessive. */
        private Optional<String> countryIn(int from, int to) {
            for (Hit x : hits) {
                if (x.start() >= from && x.end() <= to) {
                    if (x.kind() == Hit.Kind.NAMED) {
                        if (x.code().startsWith("IGO")) {
                            return Optional.of(x.code());
                        }
                        return Optional.of(x.code().substring(0, 3));
                    }
                    return Optional.of(x.code());
                }
            }
            for (int i = from; i < to; i++) {
                if (s.token(i).pos().equals("PRP$")) {
                    Optional<Mention> m = mentionWithHead(i);
                    if (m.isPresent() && !m.get().actor().isOrganisation()) {
                        return Optional.of(m.get().actor().country());
                    }
                }
            }
            return Optional.empty();
        }

        /** The country of the nearest place named in this sentence, else the last one of the article. */
        private Optional<String> contextCountry(int h) {
            Optional<String> here = Optional.empty();
            int bestDistance = Integer.MAX_VALUE;
            for (Hit x : hits) {
                if (x.kind() != Hit.Kind.NAMED && Math.abs(x.start() - h) < bestDistance) {
                    bestDistance = Math.abs(x.start() - h);
                    here = Optional.of(x.code());
                }
            }
            return here.or(discourse::lastCountry);
        }

        private boolean hasWord(int from, int to, String... words) {
            for (int i = from; i < to; i++) {
                String w = s.token(i).word().toLowerCase(Locale.ROOT);
                for (String x : words) {
                    if (w.equals(x)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** An office with its dates, as evidence: "President 2021-01-20..2025-01-20". */
    private static String term(OfficeHolder o) {
        return o.role() + " " + o.start() + ".." + o.endDate().map(LocalDate::toString).orElse("");
    }

    private static String display(Actor a) {
        return a.name().isEmpty() ? a.code() : a.name();
    }

    /** A resolution with the evidence for it. */
    private record Resolved(Actor actor, String evidence) {
    }
}
