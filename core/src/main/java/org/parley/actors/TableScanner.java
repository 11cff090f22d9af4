package org.parley.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.knowledge.Country;
import org.parley.knowledge.Knowledge;
import org.parley.knowledge.NamedActor;
import org.parley.knowledge.Place;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Finds country names, capitals, demonyms, named actors (organisations, armed groups, seats of power) and
 * gazetteer places (cities, regions) in a sentence: a left-to-right scan that takes the longest table match at
 * each token, in that order of precedence.
 */
final class TableScanner {
    private final Knowledge knowledge;
    private final int maxWords;

    TableScanner(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.maxWords = Math.max(Math.max(knowledge.countries().maxNameWords(), knowledge.namedActors().maxWords()),
                knowledge.gazetteer().maxWords());
    }

    /**
     * Spans of names that the office-holders table knows in full ("Ukhnaagiin Khurelsukh"), whatever the NER
     * model says: two or more capitalised words, longest first.
     */
    List<Hit> people(Sentence s) {
        List<Hit> found = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            int matched = 0;
            for (int n = Math.min(5, s.size() - i); n >= 2 && matched == 0; n--) {
                boolean capitalised = true;
                for (int k = i; k < i + n; k++) {
                    capitalised &= Character.isUpperCase(s.token(k).word().charAt(0)) || s.token(k).word().equals("-");
                }
                boolean titled = knowledge.agents().lookup(s.token(i).word()).isPresent()
                        || Phrases.isHonorific(s.token(i));
                if (capitalised && !titled && !knowledge.officeHolders().byName(text(s, i, i + n)).isEmpty()) {
                    found.add(new Hit(i, i + n, Hit.Kind.NAMED, "", text(s, i, i + n)));
                    matched = n;
                }
            }
            i += Math.max(1, matched);
        }
        return found;
    }

    List<Hit> scan(Sentence s) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            Optional<Hit> best = Optional.empty();
            for (int n = Math.min(maxWords, s.size() - i); n >= 1 && best.isEmpty(); n--) {
                best = match(s, i, i + n);
            }
            if (best.isPresent()) {
                hits.add(best.get());
                i = best.get().end();
            } else {
                i++;
            }
        }
        return hits;
    }

    private Optional<Hit> match(Sentence s, int from, int to) {
        Token last = s.token(to - 1);
        Token first = s.token(from);
        if (!isNameStart(s, from, to) || last.word().equals("'s")) {
            return Optional.empty();
        }
        boolean lowerTail = to - from > 1 && Character.isLowerCase(last.word().charAt(0));
        boolean partOfName = from > 0 && s.token(from - 1).ner().equals("PERSON")
                || to < s.size() && s.token(to).ner().equals("PERSON");
        if (to - from == 1 && partOfName && (first.ner().equals("PERSON") || first.pos().startsWith("NNP")
                && to < s.size() && s.token(to).pos().startsWith("NNP"))) {
            return Optional.empty();
        }
        String text = text(s, from, to);
        Optional<NamedActor> named = knowledge.namedActors().byName(text)
                .filter(a -> !lowerTail || spelledLowerTail(a, text));
        if (named.isPresent()) {
            return Optional.of(new Hit(from, to, Hit.Kind.NAMED, named.get().code(), named.get().name()));
        }
        Optional<Country> country = knowledge.countries().byName(text);
        boolean continues = to < s.size() && Character.isUpperCase(s.token(to).word().charAt(0))
                && !s.token(to).pos().equals("POS");
        if (country.isPresent() && country.get().region() && continues) {
            country = Optional.empty();
        }
        if (country.isPresent()) {
            return Optional.of(new Hit(from, to, Hit.Kind.COUNTRY, country.get().code(), country.get().name()));
        }
        Optional<Country> demonym = knowledge.countries().byDemonym(text);
        if (demonym.isPresent()) {
            return Optional.of(new Hit(from, to, Hit.Kind.DEMONYM, demonym.get().code(), demonym.get().name()));
        }
        if (last.pos().startsWith("NNP") || isShouted(text)) {
            Optional<Country> capital = knowledge.countries().byCapital(isShouted(text) ? titleCase(text) : text);
            if (capital.isPresent()) {
                return Optional.of(new Hit(from, to, Hit.Kind.CAPITAL, capital.get().code(), text));
            }
        }
        boolean placeWord = last.pos().startsWith("NNP") || isShouted(text)
                || to - from == 1 && first.pos().startsWith("JJ") && first.ner().equals("LOCATION");
        if (placeWord && !(to - from == 1 && first.ner().equals("PERSON"))) {
            Optional<Place> place = knowledge.gazetteer().byName(text);
            if (place.isPresent()) {
                return Optional.of(new Hit(from, to, Hit.Kind.PLACE, place.get().country(), place.get().name()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether tokens from..to may be a name by their first word: capitalised, or an Arabic article joined
     * by a hyphen to a capitalised name ("al-Shabab", tokenised al / - / Shabab; "el-Sisi"), or one word
     * typed with its capital in the wrong place ("iSrael"), which the tables must still know. A lower-case
     * last word ends no multiword name ("a strict Islamic state" is not the Islamic State).
     */
    private static boolean isNameStart(Sentence s, int from, int to) {
        String first = s.token(from).word();
        if (Character.isUpperCase(first.charAt(0))) {
            return true;
        }
        if (first.matches("(?:al|el|ad|an|as|ash|at|az)-\\p{Lu}.*") || to - from == 1 && first.matches("\\p{Ll}+\\p{Lu}\\p{L}*")) {
            return true;
        }
        return first.matches("al|el|ad|an|as|ash|at|az") && to - from >= 3 && s.token(from + 1).word().equals("-")
                && Character.isUpperCase(s.token(from + 2).word().charAt(0));
    }

    /** True when one of the actor's names ends as the text does, in lower case ("UN nuclear watchdog"). */
    private static boolean spelledLowerTail(NamedActor actor, String text) {
        String tail = text.substring(text.lastIndexOf(' ') + 1);
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(actor.name()), actor.aliases().stream())
                .anyMatch(n -> n.endsWith(" " + tail));
    }

    /** A dateline word in capitals ("TEHRAN", "KYIV"). */
    private static boolean isShouted(String text) {
        return text.length() >= 4 && text.equals(text.toUpperCase(java.util.Locale.ROOT))
                && text.chars().anyMatch(Character::isLetter);
    }

    private static String titleCase(String text) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char c : text.toCharArray()) {
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return sb.toString();
    }

    /** Tokens joined as they stand in the text: a space only where the text has one. */
    static String text(Sentence s, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && s.token(i).begin() > s.token(i - 1).end()) {
                sb.append(' ');
            }
            sb.append(s.token(i).word());
        }
        return sb.toString();
    }
}
