package org.parley.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.model.Actor;
import org.parley.model.Mention;

/**
 * What the article has said so far: the people named and every mention in order, for later mentions,
 * pronouns and definite descriptions.
 */
final class Discourse {
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Actor> persons = new ArrayList<>();
    private final Map<String, Actor> byFullName = new HashMap<>();
    private final Map<String, Actor> byNamePart = new HashMap<>();

    void add(Mention m) {
        mentions.add(m);
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
        return Optional.ofNullable(byNamePart.get(last)).filter(a -> a.name().toLowerCase(Locale.ROOT).endsWith(last));
    }

    /** The most recent person mentioned before this point. */
    Optional<Actor> lastPerson(int sentence, int token, int subjectHead) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (sentence - m.sentence() > 2) {
                break;
            }
            if (isPerson(m.actor())) {
                return Optional.of(m.actor());
            }
        }
        return Optional.empty();
    }

    /** The most recent person whose code has this agent and, if given, this country. */
    Optional<Actor> lastPersonWithAgent(String agent, String country) {
        for (int i = persons.size() - 1; i >= 0; i--) {
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

    /** The most recent actors of the last two distinct countries, people only if {@code people}, oldest first. */
    List<Actor> lastTwoCountries(boolean people) {
        Map<String, Actor> found = new LinkedHashMap<>();
        for (int i = mentions.size() - 1; i >= 0 && found.size() < 2; i--) {
            Actor a = mentions.get(i).actor();
            if (people && !isPerson(a)) {
                continue;
            }
            found.putIfAbsent(a.country(), a);
        }
        List<Actor> out = new ArrayList<>(found.values());
        java.util.Collections.reverse(out);
        return out;
    }

    /** The country of the most recent country-coded mention. */
    Optional<String> lastCountry() {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Actor a = mentions.get(i).actor();
            if (!a.isOrganisation() && a.code().length() >= 3 && !a.code().equals("NGO")) {
                return Optional.of(a.country());
            }
        }
        return Optional.empty();
    }

    private boolean isPerson(Actor a) {
        return persons.contains(a);
    }
}
