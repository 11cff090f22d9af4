package org.parley.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.knowledge.Codebook;
import org.parley.knowledge.PloverContexts;
import org.parley.model.CameoCode;

/**
 * PLOVER JSON as POLECAT publishes its coded events (the record of the NGEC coder that builds POLECAT): one JSON
 * object per line with {@code id, date, event_type, event_mode (list), contexts (list), attributes {ACTOR: [{text,
 * country, code_1, code_2}], RECIP: [...], LOC: [{text}]}, event_text, pub_date, story_id, headline, publisher,
 * version}. Actors carry the ISO country ("IGO" for an international organisation, with its short name as
 * {@code code_1}) and the first two agent codes as sectors. Events whose CAMEO code has no PLOVER type (roots 01 and
 * 02) are left out; {@code contexts} are those of {@link PloverContexts}: the code's in the 2021 CAMEO-to-PLOVER
 * mapping, then those of the event's issues.
 */
final class PloverWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Codebook CODEBOOK = Codebook.load();

    private PloverWriter() {
    }

    /** The event's JSON record on one line, or empty when its CAMEO code has no PLOVER type. */
    static Optional<String> line(ResultSet rs) throws SQLException, IOException {
        String plover = rs.getString("plover");
        if (plover == null || plover.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(JSON.writeValueAsString(record(rs, plover)));
    }

    private static ObjectNode record(ResultSet rs, String plover) throws SQLException {
        ObjectNode o = JSON.createObjectNode();
        String[] typeMode = plover.split("/", 2);
        o.put("id", rs.getString("event_id"));
        String date = rs.getString("event_date");
        if (date == null) {
            o.putNull("date");
        } else {
            o.put("date", date);
        }
        o.put("event_type", typeMode[0]);
        ArrayNode mode = o.putArray("event_mode");
        if (typeMode.length > 1 && !typeMode[1].isEmpty()) {
            mode.add(typeMode[1]);
        }
        ArrayNode contexts = o.putArray("contexts");
        PloverContexts.bundled().of(CODEBOOK, CameoCode.of(rs.getString("code")), issues(rs)).forEach(contexts::add);
        ObjectNode attributes = o.putObject("attributes");
        attributes.putArray("ACTOR").add(actor(rs.getString("source"), rs.getString("source_name")));
        attributes.putArray("RECIP").add(actor(rs.getString("target"), rs.getString("target_name")));
        String location = rs.getString("location");
        ArrayNode loc = attributes.putArray("LOC");
        if (location != null && !location.isEmpty()) {
            loc.addObject().put("text", location);
        }
        o.put("event_text", rs.getString("evidence"));
        String published = rs.getString("published");
        if (published == null) {
            o.putNull("pub_date");
        } else {
            o.put("pub_date", published);
        }
        o.put("story_id", rs.getString("article_id"));
        o.put("headline", rs.getString("title"));
        o.put("publisher", rs.getString("url"));
        o.put("version", "parley");
        return o;
    }

    /** The export row's issue codes ({@code issues}, a list column). */
    private static List<String> issues(ResultSet rs) throws SQLException {
        java.sql.Array array = rs.getArray("issues");
        if (array == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add(String.valueOf(o));
        }
        return out;
    }

    private static ObjectNode actor(String code, String name) {
        ObjectNode a = JSON.createObjectNode();
        a.put("text", name);
        boolean igo = code.startsWith("IGO");
        a.put("country", igo ? "IGO" : code.substring(0, 3));
        String agents = code.substring(3);
        a.put("code_1", igo || agents.length() < 3 ? agents : agents.substring(0, 3));
        a.put("code_2", !igo && agents.length() >= 6 ? agents.substring(3, 6) : "");
        return a;
    }
}
