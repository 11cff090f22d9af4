package org.parley.knowledge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.CameoCode;

/**
 * The event pattern tables: verb and noun triggers ({@code patterns.tsv}), the intent code of an announced
 * act ({@code intent-codes.tsv}) and the reject code of a refused act ({@code reject-codes.tsv}); all
 * written for parley from the CAMEO 1.1b3 codebook.
 */
public final class EventPatterns {
    private final Map<String, List<EventPattern>> verbs;
    private final Map<String, List<EventPattern>> nouns;
    private final Map<String, String> intents;
    private final Map<String, String> rejects;
    private final Map<String, String> appeals;
    private final Map<String, String> threats;
    private final Map<String, String> stateActs;

    private EventPatterns(Map<String, List<EventPattern>> verbs, Map<String, List<EventPattern>> nouns,
                          Map<String, String> intents, Map<String, String> rejects, Map<String, String> appeals,
                          Map<String, String> threats, Map<String, String> stateActs) {
        this.verbs = verbs;
        this.nouns = nouns;
        this.intents = intents;
        this.rejects = rejects;
        this.appeals = appeals;
        this.threats = threats;
        this.stateActs = stateActs;
    }

    /**
     * Loads the bundled tables.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed row
     */
    public static EventPatterns load() {
        Map<String, List<EventPattern>> verbs = new HashMap<>();
        Map<String, List<EventPattern>> nouns = new HashMap<>();
        for (TsvRows.Row row : TsvRows.read("patterns.tsv", List.of("kind", "lemma", "code", "target", "flags",
                "object"))) {
            EventPattern p = parse(row);
            (p.kind() == EventPattern.Kind.VERB ? verbs : nouns)
                    .computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
        }
        return new EventPatterns(freeze(verbs), freeze(nouns), prefixTable("intent-codes.tsv", "intent"),
                prefixTable("reject-codes.tsv", "reject"),
                prefixTable("appeal-codes.tsv", "appeal"), prefixTable("threat-codes.tsv", "threat"),
                prefixTable("state-codes.tsv", "state"));
    }

    private static EventPattern parse(TsvRows.Row row) {
        EventPattern.Kind kind = switch (row.cell(0)) {
            case "V" -> EventPattern.Kind.VERB;
            case "N" -> EventPattern.Kind.NOUN;
            default -> throw row.error("kind must be V or N: " + row.cell(0));
        };
        String[] words = row.cell(1).toLowerCase(Locale.ROOT).split(" ", 2);
        List<String> targets = new ArrayList<>();
        for (String t : row.cell(3).split(",")) {
            String slot = t.strip();
            if (slot.equals("-") || slot.isEmpty()) {
                continue;
            }
            targets.add(slot.startsWith("P:") ? slot.substring(2) : slot);
        }
        Set<EventPattern.Flag> flags = EnumSet.noneOf(EventPattern.Flag.class);
        for (String f : row.cell(4).split(",")) {
            if (!f.isBlank() && !f.strip().equals("-")) {
                try {
                    flags.add(EventPattern.Flag.valueOf(f.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw row.error("unknown flag " + f);
                }
            }
        }
        try {
            return new EventPattern(kind, words[0], words.length > 1 ? words[1] : "", CameoCode.of(row.cell(2)),
                    targets, flags, row.cell(5));
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    private static Map<String, String> prefixTable(String name, String column) {
        Map<String, String> table = new HashMap<>();
        for (TsvRows.Row row : TsvRows.read(name, List.of("prefix", column))) {
            CameoCode.of(row.cell(1));
            table.put(row.cell(0), row.cell(1));
        }
        return Map.copyOf(table);
    }

    private static Map<String, List<EventPattern>> freeze(Map<String, List<EventPattern>> m) {
        Map<String, List<EventPattern>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    /** Verb patterns for a lemma (lower case), with and without particles; empty when none. */
    public List<EventPattern> verb(String lemma) {
        return verbs.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * Verb patterns for a lemma (lower case) and its direct object: first the object-conditioned patterns
     * whose {@link EventPattern#objectLemma} is {@code objectLemma}, then the patterns that apply whatever
     * the object, each group in table order (parley's own before imported ones); object-conditioned patterns
     * for other objects are left out. Pass the object's lemma, or its compound ("bank account") where the
     * object has one, or "" when the verb has no object.
     *
     * @return the patterns, empty when none
     */
    public List<EventPattern> verb(String lemma, String objectLemma) {
        return verb(lemma, List.of(objectLemma));
    }

    /**
     * Verb patterns for a lemma (lower case) and the keys of its objects, most specific first: a direct
     * object's compound ("arrest warrant") and head lemma ("warrant"), and a prepositional dependent as
     * {@code marker:lemma} ("for:aid"). The object-conditioned patterns whose {@link EventPattern#objectLemma}
     * is one of the keys come first, in the order of the keys, then the patterns that apply whatever the
     * object, each group in table order.
     *
     * @return the patterns, empty when none
     */
    public List<EventPattern> verb(String lemma, List<String> objectKeys) {
        List<EventPattern> all = verb(lemma);
        List<EventPattern> out = new ArrayList<>();
        for (String key : objectKeys) {
            String object = key.strip().toLowerCase(Locale.ROOT);
            if (!object.isEmpty()) {
                all.stream().filter(p -> p.objectLemma().equals(object) && !out.contains(p)).forEach(out::add);
            }
        }
        all.stream().filter(p -> !p.isObjectConditioned()).forEach(out::add);
        return List.copyOf(out);
    }

    /**
     * These tables with imported verb patterns ({@link PetrarchVerbs}) added. For each lemma, parley's own
     * patterns come first and the imported ones after them, those that apply whatever the object before
     * the object-conditioned ones, each in the order given; a pattern equal to one already listed is
     * dropped. With {@code replaceBuiltIns}, parley's own verb patterns for a lemma the import defines are
     * dropped (lemmas it does not define keep theirs). Noun, intent and reject tables are unchanged.
     *
     * @param verbs VERB patterns
     * @return new tables; these are unchanged
     * @throws IllegalArgumentException naming the pattern if one is a NOUN pattern
     */
    public EventPatterns withImported(List<EventPattern> verbs, boolean replaceBuiltIns) {
        Map<String, List<EventPattern>> imported = new LinkedHashMap<>();
        for (EventPattern p : verbs) {
            if (p.kind() != EventPattern.Kind.VERB) {
                throw new IllegalArgumentException("imported pattern is not a verb pattern: " + p);
            }
            imported.computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
        }
        Map<String, List<EventPattern>> merged = new HashMap<>(this.verbs);
        imported.forEach((lemma, patterns) -> {
            Set<EventPattern> list = new LinkedHashSet<>(replaceBuiltIns ? List.of() : verb(lemma));
            patterns.stream().filter(p -> !p.isObjectConditioned()).forEach(list::add);
            patterns.stream().filter(EventPattern::isObjectConditioned).forEach(list::add);
            merged.put(lemma, List.copyOf(list));
        });
        return new EventPatterns(Map.copyOf(merged), nouns, intents, rejects, appeals, threats, stateActs);
    }

    /** Noun patterns for a lemma or two-word compound ("air strike"); empty when none. */
    public List<EventPattern> noun(String lemma) {
        return nouns.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /** The intent code for an announced act: longest listed prefix of {@code act}, else the act itself. */
    public CameoCode intentOf(CameoCode act) {
        return CameoCode.of(longestPrefix(intents, act.value()).orElse(act.value()));
    }

    /** The reject code for a refused act: longest listed prefix of {@code act}, else 120. */
    public CameoCode rejectOf(CameoCode act) {
        return CameoCode.of(longestPrefix(rejects, act.value()).orElse("120"));
    }

    /**
     * The appeal code for an act asked of another ("urged Iran to release" = 0253): longest listed prefix of
     * {@code act} in {@code appeal-codes.tsv}, else 020.
     */
    public CameoCode appealOf(CameoCode act) {
        return CameoCode.of(longestPrefix(appeals, act.value()).orElse("020"));
    }

    /**
     * The threat code for an act threatened ("threatened to impose sanctions" = 1312): longest listed prefix
     * of {@code act} in {@code threat-codes.tsv}, else 130.
     */
    public CameoCode threatOf(CameoCode act) {
        return CameoCode.of(longestPrefix(threats, act.value()).orElse("130"));
    }

    /**
     * The demand code for an act demanded of another ("demanded that Russia withdraw" = 1056): CAMEO numbers
     * demands (root 10) in parallel with appeals (root 02), so this is {@link #appealOf} with root 10.
     */
    public CameoCode demandOf(CameoCode act) {
        return CameoCode.of("10" + appealOf(act).value().substring(2));
    }

    /**
     * How a government or international organisation does {@code act} ("Beijing protested against the US
     * action" is a formal, verbal protest, 111, not a street demonstration, 141): the code for the longest
     * listed prefix of {@code act} in {@code state-codes.tsv}, else {@code act} itself.
     */
    public CameoCode stateReadingOf(CameoCode act) {
        return CameoCode.of(longestPrefix(stateActs, act.value()).orElse(act.value()));
    }

    private static Optional<String> longestPrefix(Map<String, String> table, String code) {
        for (int n = code.length(); n >= 2; n--) {
            String hit = table.get(code.substring(0, n));
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        return Optional.empty();
    }
}
