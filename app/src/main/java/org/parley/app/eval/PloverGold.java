package org.parley.app.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.app.eval.GoldCase.GoldEvent;
import org.parley.model.Actor;
import org.parley.model.CameoCode;
import org.parley.model.Event;

/**
 * Converts PLOVER's gold-standard records ({@code PLOVER_GSR_CAMEO.json}: shared/data/plover/SOURCE.md) with the
 * CAMEO-to-PLOVER table {@code CAMEO2PLOVER-2021.txt} read from the same folder.
 *
 * <p>The records carry actors (country code and sector) and a PLOVER 0.5b1 (2016) category, but no CAMEO code.
 * Their categories are mapped to PLOVER 2021 ({@link #TODAY}: DEMAND to REQUEST, DISAPPROVE and INVESTIGATE to
 * ACCUSE, FIGHT to ASSAULT, COERCE to COERCE or ASSAULT, the rest unchanged). Two things are scored:
 * <ul>
 *   <li>events: each record gives required gold events source x target (a record with two sources and no target
 *   is reciprocal: both directions), whose {@code codes} are every CAMEO code the 2021 table maps to an accepted
 *   category. Matching is then by root as usual, and "exact-code accuracy" means the predicted code maps to the
 *   gold category. Actors: country code plus the sector's first three capitals ({@code CVLalb} to CVL; {@code ***}
 *   dropped; JAP read as JPN); {@code IGO} by name (UN to IGOUNO, EU/European Community to IGOEU, NATO, OSCE,
 *   IAEA, Arab League to IGOARL); other IGOs, NGOs and records without a target or a source are left out of event
 *   scoring (counted in the summary);</li>
 *   <li>category accuracy over every record ({@link #categories}).</li>
 * </ul>
 * The records' date is a placeholder (2000-01-01), so cases carry none.
 */
public final class PloverGold {
    /** The name of the CAMEO-to-PLOVER table beside the gold file. */
    public static final String TABLE = "CAMEO2PLOVER-2021.txt";
    /** PLOVER 0.5b1 (2016) categories that PLOVER 2021 renamed or merged, with the 2021 categories accepted. */
    public static final Map<String, Set<String>> TODAY = Map.of(
            "DEMAND", Set.of("REQUEST"),
            "DISAPPROVE", Set.of("ACCUSE"),
            "INVESTIGATE", Set.of("ACCUSE"),
            "FIGHT", Set.of("ASSAULT"),
            "COERCE", Set.of("COERCE", "ASSAULT"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TABLE_LINE = Pattern.compile("\\s*(\\d{2,4})\\s*:\\s*([A-Z]+)\\b.*");
    private static final Pattern SECTOR = Pattern.compile("([A-Z]{3}).*");
    private static final List<Map.Entry<Pattern, String>> IGOS = List.of(
            Map.entry(Pattern.compile("\\b(U\\.?N\\.?|United Nations|Security Council|Kofi Annan)\\b"), "IGOUNO"),
            Map.entry(Pattern.compile("\\b(EU|European Community|European common market)\\b"), "IGOEU"),
            Map.entry(Pattern.compile("\\bNATO\\b"), "IGONATO"),
            Map.entry(Pattern.compile("\\bOSCE\\b"), "IGOOSCE"),
            Map.entry(Pattern.compile("\\b(IAEA|International Atomic Energy Agency)\\b"), "IGOIAEA"),
            Map.entry(Pattern.compile("\\bArab League\\b"), "IGOARL"));

    private PloverGold() {
    }

    /** Reads PLOVER_GSR_CAMEO.json and the table {@value #TABLE} beside it. */
    public static PeerGold.Converted read(Path file) throws GoldFileException {
        Path table = file.toAbsolutePath().resolveSibling(TABLE);
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), Files.readString(table, StandardCharsets.UTF_8),
                    file.toString());
        } catch (NoSuchFileException e) {
            throw new GoldFileException("no such file: " + e.getFile(), e);
        } catch (IOException e) {
            throw new GoldFileException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Converts the records (a JSON array) with the CAMEO-to-PLOVER table's text. */
    public static PeerGold.Converted read(String records, String table, String name) throws GoldFileException {
        Map<String, Set<String>> categoriesOf = table(table);
        JsonNode all;
        try {
            all = JSON.readTree(records);
        } catch (JsonProcessingException e) {
            throw new GoldFileException(name + ": not JSON: " + e.getOriginalMessage(), e);
        }
        if (all == null || !all.isArray()) {
            throw new GoldFileException(name + ": expected a JSON array of records");
        }
        List<GoldCase> cases = new ArrayList<>();
        List<ClassAccuracy.LabelledCase> labelled = new ArrayList<>();
        Map<String, Integer> left = new TreeMap<>();
        int events = 0;
        for (JsonNode r : all) {
            String category = r.path("event").asText("");
            String text = r.path("text").asText("").strip();
            if (category.equals("DOCUMENT") || category.isEmpty() || text.isEmpty()) {
                continue;
            }
            String id = r.path("id").asText("plover-" + (labelled.size() + 1));
            Set<String> accepted = TODAY.getOrDefault(category, Set.of(category));
            labelled.add(new ClassAccuracy.LabelledCase(id, Optional.empty(), text, category, accepted));
            List<CameoCode> codes = new ArrayList<>();
            categoriesOf.forEach((code, cats) -> {
                if (cats.stream().anyMatch(accepted::contains)) {
                    codes.add(CameoCode.of(code));
                }
            });
            if (codes.isEmpty()) {
                left.merge("records whose category maps to no CAMEO code", 1, Integer::sum);
                continue;
            }
            List<JsonNode> sources = actors(r.path("source"));
            List<JsonNode> targets = actors(r.path("target"));
            List<String[]> dyads = new ArrayList<>();
            if (!targets.isEmpty()) {
                for (JsonNode s : sources) {
                    for (JsonNode t : targets) {
                        dyads.add(new String[] {code(s).orElse(null), code(t).orElse(null)});
                    }
                }
            } else if (sources.size() == 2) {
                String a = code(sources.get(0)).orElse(null);
                String b = code(sources.get(1)).orElse(null);
                dyads.add(new String[] {a, b});
                dyads.add(new String[] {b, a});
            }
            if (dyads.isEmpty()) {
                left.merge(sources.isEmpty() ? "records without a source" : "records without a target", 1,
                        Integer::sum);
                continue;
            }
            List<GoldEvent> gold = new ArrayList<>();
            Set<String> done = new LinkedHashSet<>();
            for (String[] d : dyads) {
                if (d[0] == null || d[1] == null) {
                    left.merge("events with an actor of no CAMEO code (NGO, unlisted IGO)", 1, Integer::sum);
                } else if (done.add(d[0] + ">" + d[1])) {
                    gold.add(new GoldEvent(new Actor(d[0], ""), new Actor(d[1], ""), codes, false, Optional.empty(),
                            category));
                }
            }
            if (gold.isEmpty()) {
                left.merge("records all of whose events were left out", 1, Integer::sum);
                continue;
            }
            events += gold.size();
            cases.add(new GoldCase(id, Optional.empty(), text, gold, List.of(), List.of(), List.of()));
        }
        StringBuilder summary = new StringBuilder("plover gold " + name + ": " + labelled.size()
                + " records with a category; " + cases.size() + " cases, " + events
                + " required events for event matching");
        left.forEach((why, count) -> summary.append("; left out ").append(count).append(' ').append(why));
        return new PeerGold.Converted(cases, labelled, summary.toString());
    }

    /** PLOVER-category accuracy: a predicted event's categories are those the table gives its code. */
    public static ClassAccuracy categories(Path file) throws GoldFileException {
        Path table = file.toAbsolutePath().resolveSibling(TABLE);
        try {
            return categories(Files.readString(table, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GoldFileException("cannot read " + table + ": " + e.getMessage(), e);
        }
    }

    /** PLOVER-category accuracy with the table's text. */
    public static ClassAccuracy categories(String table) {
        Map<String, Set<String>> categoriesOf = table(table);
        return new ClassAccuracy("plover category", e -> categoriesOf(categoriesOf, e));
    }

    private static Set<String> categoriesOf(Map<String, Set<String>> table, Event e) {
        String code = e.code().value();
        for (String c : new String[] {code, code.substring(0, Math.min(3, code.length())), e.code().root()}) {
            Set<String> cats = table.get(c);
            if (cats != null) {
                return cats;
            }
        }
        return Set.of();
    }

    /** CAMEO code to PLOVER 2021 categories, in file order ("08" gives CONCEDE and RETREAT). */
    static Map<String, Set<String>> table(String text) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            int hash = line.indexOf('#');
            Matcher m = TABLE_LINE.matcher(hash < 0 ? line : line.substring(0, hash));
            if (!m.matches()) {
                continue;
            }
            try {
                CameoCode.of(m.group(1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            map.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>()).add(m.group(2));
        }
        return map;
    }

    private static List<JsonNode> actors(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(a -> {
                if (a.isObject()) {
                    list.add(a);
                }
            });
        }
        return list;
    }

    /** The CAMEO actor code of a PLOVER actor, or empty when it has none the product could give. */
    static Optional<String> code(JsonNode actor) {
        String country = actor.path("code").asText("").strip();
        String text = actor.path("actorText").asText("");
        if (country.equals("IGO")) {
            return IGOS.stream().filter(e -> e.getKey().matcher(text).find()).map(Map.Entry::getValue).findFirst();
        }
        if (!country.matches("[A-Z]{3}") || country.equals("NGO")) {
            return Optional.empty();
        }
        if (country.equals("JAP")) {
            country = "JPN";
        }
        Matcher m = SECTOR.matcher(actor.path("sector").asText(""));
        return Optional.of(m.matches() ? country + m.group(1) : country);
    }
}
