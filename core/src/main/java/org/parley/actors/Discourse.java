package org.parley.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.parley.model.Actor;
import org.parley.model.Mention;

/**
 * What the article has said so far: the people named and every mention in order, for later mentions,
 * pronouns and definite descriptions.
 */
final class Discourse {
    private final List<Mention> mentions = new ArrayList<>();
    /** For each mention, whether it is the subject of its clause (its head an nsubj or nsubj:pass). */
    private final List<Boolean> subjects = new ArrayList<>();
    /**
     * People whose sex the text has shown (true for a woman) by a title of address ("Ms. Rice"). Pronouns resolved to
     * a person do not count: one wrong resolution would then hide the person from every later pronoun.
     */
    private final Map<Actor, Boolean> female = new HashMap<>();
    private final List<Actor> persons = new ArrayList<>();
    private final Map<Actor, String> personEvidence = new HashMap<>();
    private final Map<String, Actor> byFullName = new HashMap<>();
    private final Map<String, Actor> byNamePart = new HashMap<>();
    private String lastUnresolved = "";
    /** True for a title word ("President", "Minister") that a name span may include. */
    private final Predicate<String> isTitle;

    /** @param isTitle true for a title word ("President") that the NER model may put inside a name */
    Discourse(Predicate<String> isTitle) {
        this.isTitle = isTitle;
    }

    /**
     * Adds a mention.
     *
     * @param subject  whether its head is the subject of its clause
     * @param titleWords the word before the mention and its first word, where a title of address ("Ms.", "King")
     *                  shows a person's sex
     */
    void add(Mention m, boolean subject, List<String> titleWords) {
        mentions.add(m);
        subjects.add(subject);
        for (String word : titleWords) {
            femaleBy(word).ifPresent(f -> female.putIfAbsent(m.actor(), f));
        }
    }

    private static final Set<String> WOMEN = Set.of("ms", "mrs", "miss", "madam", "madame",
            "queen", "lady", "dame", "princess");
    private static final Set<String> MEN = Set.of("mr", "sir", "king", "lord", "prince");

    /** The sex a title of address shows (true for a woman); empty for any other word. */
    private static Optional<Boolean> femaleBy(String word) {
        String first = word.replace(".", "").toLowerCase(Locale.ROOT);
        if (WOMEN.contains(first)) {
            return Optional.of(true);
        }
        return MEN.contains(first) ? Optional.of(false) : Optional.empty();
    }

    /**
     * A person named in the text whom no rule resolved: pronouns right after refer to them, so they must
     * not jump to an earlier known person.
     */
    void unresolvedPerson(String name) {
        lastUnresolved = name;
    }

    /** Registers a person under the full name and each name part ("Xi Jinping": "xi", "jinping"). */
    void person(String name, Actor actor, String evidence) {
        String key = name.toLowerCase(Locale.ROOT);
        byFullName.put(key, actor);
        byFullName.put(actor.name().toLowerCase(Locale.ROOT), actor);
        for (String part : actor.name().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (part.length() > 1) {
                byNamePart.put(part, actor);
            }
        }
        for (String part : key.split("\\s+")) {
            if (part.length() > 1) {
                byNamePart.put(part, actor);
            }
        }
        persons.add(actor);
        lastUnresolved = "";
        personEvidence.merge(actor, evidence.toLowerCase(Locale.ROOT), (a, b) -> a + " " + b);
    }

    /** The person already named with this full name, or with this single name part ("Mr. Blinken"). */
    Optional<Actor> person(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        Actor full = byFullName.get(key);
        if (full != null) {
            return Optional.of(full);
        }
        if (!key.contains(" ")) {
            return Optional.ofNullable(byNamePart.get(key));
        }
        String last = key.substring(key.lastIndexOf(' ') + 1);
        return Optional.ofNullable(byNamePart.get(last)).filter(a -> a.name().toLowerCase(Locale.ROOT).endsWith(last))
                .filter(a -> givenNamesFit(key, a));
    }

    /**
     * False when a name of as many words as the person's has another given name in the same place ("Melania Trump"
     * is not Donald Trump); initials, titles ("President Morsi") and spelling variants ("Mohammad Morsi") fit, and a
     * name of another length ("Mohammad Javad Zarif" for Javad Zarif) is not judged.
     */
    private boolean givenNamesFit(String key, Actor a) {
        String[] known = a.name().toLowerCase(Locale.ROOT).split("\\s+");
        String[] parts = key.split("\\s+");
        if (parts.length != known.length) {
            return true;
        }
        for (int i = 0; i < parts.length - 1; i++) {
            String part = parts[i];
            boolean initial = part.length() <= 2 || part.length() == 3 && part.endsWith(".");
            if (!initial && !part.endsWith(".") && !isTitle.test(part) && !sameName(known[i], part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same given name, allowing for transliteration ("Mohammed", "Mohammad", "Mohamed"): the same first letter
     * and at most two edits (Levenshtein distance).
     */
    private static boolean sameName(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0) || Math.abs(a.length() - b.length()) > 2) {
            return false;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()] <= 2;
    }

    /**
     * The person a "he" or "she" refers to: the most recent person mentioned in the last three sentences, other
     * than {@code excluded}. When the pronoun is a subject ({@code subjectPronoun}) and that person was named in an
     * earlier sentence, the subject of that sentence is preferred, the first person subject there ("Trump will meet
     * Guterres. He will also meet Abe": Trump): a subject pronoun keeps the subject of the sentence before it. Within
     * one sentence the most recent person is kept ("Obama will not meet Netanyahu when he travels to Washington").
     * A person whose title of address shows the other sex is passed over ({@code feminine} for "she" and "her"):
     * after "Ms. Rice is one of several players in Mr. Obama's circle", "He" is Obama.
     */
    Optional<Actor> lastPerson(int sentence, Optional<Actor> excluded, boolean subjectPronoun, boolean feminine) {
        if (!lastUnresolved.isEmpty()) {
            return Optional.empty();
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (sentence - m.sentence() > 2) {
                break;
            }
            if (isCandidate(m, excluded, feminine)) {
                boolean earlierSentence = m.sentence() < sentence;
                Mention antecedent = subjectPronoun && earlierSentence
                        ? firstSubjectPerson(m.sentence(), i, excluded, feminine) : m;
                return Optional.of(antecedent.actor());
            }
        }
        return Optional.empty();
    }

    private boolean isCandidate(Mention m, Optional<Actor> excluded, boolean feminine) {
        boolean sexFits = female.getOrDefault(m.actor(), feminine) == feminine;
        boolean isExcluded = excluded.map(x -> x.code().equals(m.actor().code()) && x.name().equals(m.actor().name()))
                .orElse(false);
        return isPerson(m.actor()) && sexFits && !isExcluded;
    }

    /** The first person subject among the mentions of {@code sentence} up to index {@code last}, else mention last. */
    private Mention firstSubjectPerson(int sentence, int last, Optional<Actor> excluded, boolean feminine) {
        int first = last;
        while (first > 0 && mentions.get(first - 1).sentence() == sentence) {
            first--;
        }
        for (int i = first; i <= last; i++) {
            if (subjects.get(i) && isCandidate(mentions.get(i), excluded, feminine)) {
                return mentions.get(i);
            }
        }
        return mentions.get(last);
    }

    /**
     * The most recent person whose code has this agent and, if given, this country; one whose title in the
     * text contains {@code titleWord} ("secretary" for "the US secretary of state") is preferred; any other
     * fits only when {@code anyTitle} (a vague title such as "diplomat").
     */
    Optional<Actor> lastPersonWithAgent(String agent, String country, String titleWord, boolean anyTitle) {
        String word = titleWord.toLowerCase(Locale.ROOT);
        for (int i = persons.size() - 1; i >= 0 && !word.isEmpty(); i--) {
            Actor a = persons.get(i);
            boolean countryFits = country.isEmpty() || a.country().equals(country);
            if (countryFits && a.agents().startsWith(agent) && personEvidence.getOrDefault(a, "").contains(word)) {
                return Optional.of(a);
            }
        }
        for (int i = persons.size() - 1; i >= 0 && anyTitle; i--) {
            Actor a = persons.get(i);
            boolean countryFits = country.isEmpty() || a.country().equals(country);
            if (countryFits && a.agents().startsWith(agent)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The most recent country, organisation or government mentioned ("it", "its"). */
    Optional<Actor> lastCollective() {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Actor a = mentions.get(i).actor();
            if (!isPerson(a)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * The two countries the article is about so far, for "the two leaders" or "both sides": the two countries
     * with the most mentions (the more recent on a tie). For leaders, their most recent person of each
     * country; otherwise the bare country.
     */
    List<Actor> mainPair(boolean people) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> lastSeen = new HashMap<>();
        Map<String, Actor> lastPerson = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Actor a = mentions.get(i).actor();
            if (a.code().equals("NGO") || mentions.get(i).evidence().startsWith("group reference")) {
                continue;
            }
            counts.merge(a.country(), 1, Integer::sum);
            lastSeen.put(a.country(), i);
            if (isPerson(a) && (!lastPerson.containsKey(a.country()) || !isLeader(lastPerson.get(a.country()))
                    || isLeader(a))) {
                lastPerson.put(a.country(), a);
            }
        }
        List<String> ranked = new ArrayList<>(counts.keySet());
        if (people) {
            ranked.removeIf(c -> !lastPerson.containsKey(c));
        }
        ranked.sort((x, y) -> counts.get(y).equals(counts.get(x)) ? lastSeen.get(y) - lastSeen.get(x)
                : counts.get(y) - counts.get(x));
        List<Actor> out = new ArrayList<>();
        for (String c : ranked.subList(0, Math.min(2, ranked.size()))) {
            out.add(people ? lastPerson.get(c) : new Actor(c, c));
        }
        return out;
    }

    /**
     * "they": the most recent group of people (a plural phrase such as "Iranian protesters" or "security
     * forces", or a named armed group) in the last three sentences.
     */
    Optional<Actor> lastGroup(int sentence) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (sentence - m.sentence() > 2) {
                break;
            }
            boolean plural = m.text().endsWith("s") && !isPerson(m.actor()) && m.actor().code().length() > 3
                    && !m.evidence().startsWith("pronoun") && !m.evidence().startsWith("group reference");
            if (plural) {
                return Optional.of(m.actor());
            }
        }
        return Optional.empty();
    }

    /** The most recent organisation or armed group named that fits (not a country, person or government). */
    Optional<Actor> lastNamed(java.util.function.Predicate<Actor> fits) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.evidence().startsWith("named actor") && fits.test(m.actor())) {
                return Optional.of(m.actor());
            }
        }
        return Optional.empty();
    }

    /** The country of the most recent country-coded mention. */
    Optional<String> lastCountry() {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Actor a = mentions.get(i).actor();
            String e = mentions.get(i).evidence();
            boolean named = e.startsWith("country name") || e.startsWith("capital as a place") || e.startsWith("demonym");
            if (named && !a.isOrganisation()) {
                return Optional.of(a.country());
            }
        }
        return Optional.empty();
    }

    /** A head of state or government by the title the text or the table gave them. */
    private boolean isLeader(Actor a) {
        String e = personEvidence.getOrDefault(a, "");
        return e.contains("president") || e.contains("prime minister") || e.contains("leader")
                || e.contains("chancellor") || e.contains("premier") || e.contains("king") || e.contains("emir");
    }

    private boolean isPerson(Actor a) {
        return persons.contains(a);
    }
}
