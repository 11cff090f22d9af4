package org.parley.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agent half of {@link PetrarchDictionaries}: {@code PHRASE {PLURALS} [~CODE]} lines and
 * {@code !MARKER! = A, B} substitution sets into {@link AgentNoun} rows. Package-private.
 */
final class PetrarchAgents {
    private static final Pattern MARKER_DEFINITION = Pattern.compile("!([^!\\s]+)!\\s*=\\s*(.*)");
    private static final Pattern MARKER_USE = Pattern.compile("!([^!\\s]+)!");
    private static final Pattern AGENT = Pattern.compile("(?:[A-Z]{3})+");
    private static final Set<String> TITLE_WORDS = Set.of("minister", "president", "secretary", "ambassador",
            "chief", "leader", "spokesman", "spokeswoman", "spokesperson", "general", "governor", "mayor",
            "commander", "prosecutor", "judge", "envoy", "king", "queen", "prince", "premier", "chancellor",
            "senator", "lawmaker", "official", "director", "chairman", "chairwoman", "adviser", "advisor",
            "officer", "diplomat", "emir", "sheikh", "cleric", "colonel", "captain", "admiral", "lieutenant");

    private PetrarchAgents() {
    }

    static PetrarchDictionaries.ImportResult<List<AgentNoun>> read(List<PetrarchLines.Line> lines, String source) {
        Map<String, List<String>> markers = new HashMap<>();
        Map<String, AgentNoun> rows = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (PetrarchLines.Line line : lines) {
            String text = line.text().strip();
            String where = source + ":" + line.number() + ": ";
            Matcher definition = MARKER_DEFINITION.matcher(text);
            if (definition.matches() && !text.contains("[")) {
                List<String> members = new ArrayList<>();
                for (String member : definition.group(2).split(",")) {
                    if (!member.isBlank()) {
                        members.add(member.strip());
                    }
                }
                markers.put(definition.group(1).toUpperCase(Locale.ROOT), members);
                continue;
            }
            int open = text.indexOf('[');
            int close = text.indexOf(']', Math.max(open, 0));
            if (open < 0 || close < 0) {
                problems.add(where + (open < 0 ? "agent '" + text + "' has no [code]" : "missing ']'") + "; skipped");
                continue;
            }
            String code = text.substring(open + 1, close).replace("~", "").strip().toUpperCase(Locale.ROOT);
            if (!AGENT.matcher(code).matches()) {
                problems.add(where + "malformed agent code '" + text.substring(open, close + 1) + "'; skipped");
                continue;
            }
            List<String> forms;
            try {
                forms = forms(text.substring(0, open).strip(), markers);
            } catch (IllegalArgumentException e) {
                problems.add(where + e.getMessage() + "; skipped");
                continue;
            }
            for (int i = 0; i < forms.size(); i++) {
                String phrase = NameKeys.phrase(forms.get(i).replace('_', ' '));
                if (phrase.isEmpty()) {
                    problems.add(where + "blank agent phrase; skipped");
                    break;
                }
                rows.putIfAbsent(phrase, new AgentNoun(phrase, code, kind(phrase, i > 0)));
            }
        }
        return new PetrarchDictionaries.ImportResult<>(List.copyOf(rows.values()), problems);
    }

    /** The singular and plural forms a phrase stands for, first the phrase itself. */
    private static List<String> forms(String phrase, Map<String, List<String>> markers) {
        Matcher marker = MARKER_USE.matcher(phrase);
        if (marker.find()) {
            List<String> members = markers.get(marker.group(1).toUpperCase(Locale.ROOT));
            if (members == null) {
                throw new IllegalArgumentException("substitution marker '" + marker.group() + "' is not defined");
            }
            String rest = phrase.substring(marker.end());
            if (rest.contains("{") && !rest.replaceAll("\\s+", "").contains("{}")) {
                throw new IllegalArgumentException("plural forms {...} cannot follow a substitution marker");
            }
            phrase = phrase.replaceAll("\\{\\s*}", "").strip();
            List<String> forms = new ArrayList<>();
            for (String member : members) {
                forms.add(phrase.substring(0, marker.start()) + member + phrase.substring(marker.end()));
            }
            return forms;
        }
        int brace = phrase.indexOf('{');
        if (brace < 0) {
            return List.of(phrase, plural(phrase.replaceAll("_+$", "")));
        }
        int end = phrase.indexOf('}', brace);
        if (end < 0) {
            throw new IllegalArgumentException("missing '}'");
        }
        List<String> forms = new ArrayList<>();
        forms.add(phrase.substring(0, brace).strip());
        for (String plural : phrase.substring(brace + 1, end).strip().split("\\s+")) {
            if (!plural.isEmpty()) {
                forms.add(plural);
            }
        }
        return forms;
    }

    /** The regular English plural of a phrase's last word: +S, +ES after S/X/CH/SH, Y→IES after a consonant. */
    static String plural(String phrase) {
        String upper = phrase.toUpperCase(Locale.ROOT);
        if (upper.endsWith("S") || upper.endsWith("X") || upper.endsWith("CH") || upper.endsWith("SH")) {
            return phrase + "ES";
        }
        if (upper.endsWith("Y") && upper.length() > 1 && "AEIOU".indexOf(upper.charAt(upper.length() - 2)) < 0) {
            return phrase.substring(0, phrase.length() - 1) + "IES";
        }
        return phrase + "S";
    }

    private static AgentNoun.Kind kind(String phrase, boolean derived) {
        String[] words = phrase.split(" ");
        boolean title = TITLE_WORDS.contains(words[words.length - 1]);
        return title && !derived ? AgentNoun.Kind.TITLE : AgentNoun.Kind.GROUP;
    }
}
