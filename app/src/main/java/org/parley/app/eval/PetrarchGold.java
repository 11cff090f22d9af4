package org.parley.app.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.parley.app.eval.GoldCase.GoldEvent;
import org.parley.model.Actor;
import org.parley.model.CameoCode;

/**
 * Converts PETRARCH {@code expected.jsonl} (schema of shared/data/petrarch2-unittest/SOURCE.md, shared by
 * petrarch2-gsr-validation and udpetrarch-validate-2_02) into gold cases: each expected (source, target, code)
 * triple is a required gold event with codes [code]; no actors, quotes or issues.
 *
 * <p>Left out, and counted in the summary: records with {@code evaluate: false}; records expecting a rejection
 * ({@code errors}); events whose code is not CAMEO ("174K") or whose side has no country (PETRARCH's {@code ---},
 * {@code ###}, {@code +++}, compounds such as {@code ELR/GAL}, or an unknown actor's literal text); records all of
 * whose events were left out. Dates are YYYYMMDD; a record with anything else ("121108", a typo upstream) takes
 * the date of the record before it, as its SOURCE.md advises (its neighbours are from the same day). PETRARCH IGO codes are
 * rewritten to the product's scheme (FORMAT.md): {@code IGOUNO...} to {@code IGOUNO}, {@code IGOEUREEC} and
 * {@code IGOEEU} to {@code IGOEU}, {@code IGOCOPITP} to {@code IGOINTERPOL}. Repeated ids get a suffix {@code ~2}.
 */
public final class PetrarchGold {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ACTOR = Pattern.compile("[A-Z]{3}[A-Z0-9]*");
    private static final Pattern CODE = Pattern.compile("\\d{3,4}");
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private PetrarchGold() {
    }

    /** Reads a PETRARCH expected.jsonl file. */
    public static PeerGold.Converted read(Path file) throws GoldFileException {
        return read(PeerGold.text(file), file.toString());
    }

    /** Converts the text of an expected.jsonl file; {@code name} stands for it in messages. */
    public static PeerGold.Converted read(String content, String name) throws GoldFileException {
        List<GoldCase> cases = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> left = new TreeMap<>();
        int records = 0;
        Optional<LocalDate> previousDay = Optional.empty();
        int redated = 0;
        int events = 0;
        int lineNumber = 0;
        try (BufferedReader in = new BufferedReader(new StringReader(content))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                records++;
                JsonNode r;
                try {
                    r = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new GoldFileException(name + ":" + lineNumber + ": not JSON: " + e.getOriginalMessage(), e);
                }
                String id = r.path("id").asText("").strip();
                String text = r.path("text").asText("").strip();
                JsonNode expected = r.path("expected");
                if (id.isEmpty()) {
                    id = "line-" + lineNumber;
                }
                if (!r.path("evaluate").asBoolean(true)) {
                    left.merge("records with evaluate=false", 1, Integer::sum);
                    continue;
                }
                if (expected.path("errors").size() > 0) {
                    left.merge("records expecting a rejection", 1, Integer::sum);
                    continue;
                }
                if (text.isEmpty()) {
                    left.merge("records without text", 1, Integer::sum);
                    continue;
                }
                Set<List<String>> triples = new LinkedHashSet<>();
                for (JsonNode e : expected.path("events")) {
                    triples.add(List.of(e.path("source").asText(""), e.path("target").asText(""),
                            e.path("code").asText("")));
                }
                List<GoldEvent> gold = new ArrayList<>();
                for (List<String> t : triples) {
                    Optional<String> why = problem(t);
                    if (why.isPresent()) {
                        left.merge(why.get(), 1, Integer::sum);
                        continue;
                    }
                    gold.add(new GoldEvent(new Actor(igo(t.get(0)), ""), new Actor(igo(t.get(1)), ""),
                            List.of(CameoCode.of(t.get(2))), false, Optional.empty(), ""));
                }
                if (!triples.isEmpty() && gold.isEmpty()) {
                    left.merge("records all of whose events were left out", 1, Integer::sum);
                    continue;
                }
                events += gold.size();
                int n = seen.merge(id, 1, Integer::sum);
                Optional<LocalDate> day = date(r.path("date").asText(""));
                if (day.isEmpty() && previousDay.isPresent() && !r.path("date").asText("").isEmpty()) {
                    day = previousDay;
                    redated++;
                }
                previousDay = day;
                cases.add(new GoldCase(n == 1 ? id : id + "~" + n, day, text, gold,
                        List.of(), List.of(), List.of()));
            }
        } catch (IOException e) {
            throw new GoldFileException(name + ": cannot read: " + e.getMessage(), e);
        }
        StringBuilder summary = new StringBuilder("petrarch gold " + name + ": " + records + " records -> "
                + cases.size() + " cases, " + events + " required events");
        left.forEach((why, count) -> summary.append("; left out ").append(count).append(' ').append(why));
        if (redated > 0) {
            summary.append("; ").append(redated).append(" malformed record date(s) taken from the record before");
        }
        return new PeerGold.Converted(cases, List.of(), summary.toString());
    }

    /** Why an expected (source, target, code) triple cannot be a gold event, or empty when it can. */
    static Optional<String> problem(List<String> triple) {
        for (int i = 0; i < 2; i++) {
            String actor = unescape(triple.get(i));
            if (!ACTOR.matcher(actor).matches()) {
                return Optional.of(actor.startsWith("---") ? "events with a side of no country (---)"
                        : "events with a side that is not a CAMEO actor code (###, +++, A/B, literal text)");
            }
        }
        String code = triple.get(2);
        String notCameo = "events with a non-CAMEO event code (174K, WEIS 2xx/3xx/8xx/9xx)";
        if (!CODE.matcher(code).matches()) {
            return Optional.of(notCameo);
        }
        try {
            CameoCode.of(code);
        } catch (IllegalArgumentException e) {
            return Optional.of(notCameo);
        }
        return Optional.empty();
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&amp;", "&").strip();
    }

    /** PETRARCH's IGO codes in the product's scheme; other codes unchanged. */
    static String igo(String code) {
        if (code.startsWith("IGOUNO")) {
            return "IGOUNO";
        }
        if (code.equals("IGOEUREEC") || code.equals("IGOEEU") || code.startsWith("IGOEUR")) {
            return "IGOEU";
        }
        if (code.equals("IGOCOPITP")) {
            return "IGOINTERPOL";
        }
        return code;
    }

    /** YYYYMMDD as a day; empty for placeholders that are not dates ("121108", ""). */
    static Optional<LocalDate> date(String yyyymmdd) {
        String s = yyyymmdd.strip();
        if (s.length() != 8) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s, YYYYMMDD));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
