package org.parley.app.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.app.eval.GoldCase.GoldActor;
import org.parley.app.eval.GoldCase.GoldEvent;
import org.parley.app.eval.GoldCase.GoldQuote;
import org.parley.model.Actor;
import org.parley.model.CameoCode;
import org.parley.model.EventDate;

/**
 * Reads gold files: JSON Lines (UTF-8), one {@link GoldCase} per line, blank lines skipped, unknown keys ignored.
 * The format is {@code shared/eval/FORMAT.md}.
 */
public final class GoldFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOT_TEXT = "not valid UTF-8 text";

    private GoldFile() {
    }

    /**
     * Reads every case of a gold file, in file order.
     *
     * @throws GoldFileException when the file is missing ("no such file: dev.jsonl"), is not UTF-8 text
     *                           ("dev.jsonl: not valid UTF-8 text"), cannot be read, a line is not a valid case
     *                           ("dev.jsonl:17: ...") or an id repeats
     */
    public static List<GoldCase> read(Path file) throws GoldFileException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new GoldFileException("no such file: " + file, e);
        } catch (CharacterCodingException e) {
            throw new GoldFileException(file + ": " + NOT_TEXT, e);
        } catch (AccessDeniedException e) {
            throw new GoldFileException(file + ": permission denied", e);
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new GoldFileException(file + ": cannot read gold file: " + message, e);
        }
    }

    /**
     * Reads cases from a reader; {@code name} stands for the file in error messages.
     *
     * @throws GoldFileException naming {@code name} and the 1-based line of the first bad case, or the file
     *                           when it holds a NUL byte (binary, not text)
     * @throws CharacterCodingException when {@code in} decodes bytes that are not valid UTF-8
     */
    public static List<GoldCase> read(BufferedReader in, String name) throws IOException, GoldFileException {
        List<GoldCase> cases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.indexOf('\0') >= 0) {
                throw new GoldFileException(name + ": " + NOT_TEXT);
            }
            if (line.isBlank()) {
                continue;
            }
            GoldCase c;
            try {
                c = parse(JSON.readTree(line));
            } catch (JsonProcessingException e) {
                throw new GoldFileException(name + ":" + lineNumber + ": not JSON: " + e.getOriginalMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new GoldFileException(name + ":" + lineNumber + ": " + e.getMessage(), e);
            }
            if (!ids.add(c.id())) {
                throw new GoldFileException(name + ":" + lineNumber + ": duplicate case id " + c.id());
            }
            cases.add(c);
        }
        return List.copyOf(cases);
    }

    /** Converts one parsed JSON case; throws IllegalArgumentException naming the bad field. */
    static GoldCase parse(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("a case must be a JSON object");
        }
        String id = text(node, "id");
        Optional<LocalDate> date = node.hasNonNull("date") ? Optional.of(day(text(node, "date"))) : Optional.empty();
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : array(node, "events")) {
            events.add(event(e));
        }
        List<GoldQuote> quotes = new ArrayList<>();
        for (JsonNode q : array(node, "quotes")) {
            quotes.add(new GoldQuote(text(q, "contains"), optionalText(q, "speaker"), optionalText(q, "speaker_actor")));
        }
        List<GoldActor> actors = new ArrayList<>();
        for (JsonNode a : array(node, "actors")) {
            String match = optionalText(a, "match");
            if (!match.isEmpty() && !match.equals("prefix") && !match.equals("exact")) {
                throw new IllegalArgumentException("unknown actor match '" + match + "'");
            }
            actors.add(new GoldActor(text(a, "text"), text(a, "code"), match.equals("prefix")));
        }
        List<String> issues = new ArrayList<>();
        for (JsonNode i : array(node, "issues")) {
            if (!i.isTextual()) {
                throw new IllegalArgumentException("issues must be strings: " + i);
            }
            issues.add(i.asText());
        }
        return new GoldCase(id, date, text(node, "text"), events, quotes, actors, issues);
    }

    private static GoldEvent event(JsonNode e) {
        List<CameoCode> codes = new ArrayList<>();
        for (JsonNode c : array(e, "codes")) {
            codes.add(CameoCode.of(c.asText()));
        }
        JsonNode optional = e.path("optional");
        if (!optional.isMissingNode() && !optional.isBoolean()) {
            throw new IllegalArgumentException("'optional' must be true or false: " + optional);
        }
        Optional<EventDate> date = e.hasNonNull("date") ? Optional.of(EventDate.parse(text(e, "date")))
                : Optional.empty();
        return new GoldEvent(new Actor(text(e, "source"), ""), new Actor(text(e, "target"), ""), codes,
                optional.asBoolean(false), date, optionalText(e, "note"));
    }

    /** The day of an ISO date or date-time ("2023-06-19", "2023-06-19T08:00:00Z"). */
    private static LocalDate day(String iso) {
        try {
            return LocalDate.parse(iso.length() > 10 && iso.charAt(10) == 'T' ? iso.substring(0, 10) : iso);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad date '" + iso + "'", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("missing or non-string field '" + field + "'");
        }
        return v.asText();
    }

    private static String optionalText(JsonNode node, String field) {
        return node.hasNonNull(field) ? text(node, field) : "";
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("field '" + field + "' must be an array");
        }
        return v;
    }
}
