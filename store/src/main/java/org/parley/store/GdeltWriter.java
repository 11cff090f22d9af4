package org.parley.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.knowledge.Gazetteer;
import org.parley.knowledge.Place;

/**
 * The GDELT 2.0 event table layout (GDELT Event Codebook V2.0, 2015): one line per event, 61 tab-separated fields in
 * GDELT's order, no header, fields parley does not know left empty. Reads the rows {@link Exports} selected.
 *
 * <p>Filled: GLOBALEVENTID (GDELT's is a number: the first 13 hex digits of SHA-256 of parley's event id, so stable
 * across exports), SQLDATE, MonthYear, Year, FractionDate (year + day of year / 365, 4 decimals), Actor1/2 Code,
 * Name (upper case, as GDELT), CountryCode (the code's first three letters; empty for an IGO), Type1-3Code (the agent
 * codes after the country), IsRootEvent (1 when the event is in the first sentence), EventCode, EventBaseCode,
 * EventRootCode, QuadClass, GoldsteinScale, NumMentions, NumSources, NumArticles, AvgTone (the article's tone, when
 * stored; GDELT averages over the mentions), ActionGeo_FullName (parley's location), ActionGeo_Type, _Lat and
 * _Long (from parley's gazetteer, see {@link #actionGeo}), DATEADDED (UTC, YYYYMMDDHHMMSS) and SOURCEURL (when the
 * article has one). Left empty: known group, ethnic and religion codes, the actors' Geo fields, FIPS country, ADM
 * codes and feature ids (GDELT's geo fields use FIPS codes and gazetteer ids parley does not have). Events without a date, or dated only to a year, are
 * left out (GDELT needs a day; a month-precision event is dated to the first of its month).
 */
final class GdeltWriter {
    /** GDELT 2.0's 61 event fields, in order. */
    static final List<String> FIELDS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
            "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
            "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
            "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type",
            "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat",
            "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");
    private static final DateTimeFormatter SQLDATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private GdeltWriter() {
    }

    /** The event's tab-separated line, or empty when it has no day or month. */
    static Optional<String> line(ResultSet rs) throws SQLException {
        LocalDate day = rs.getObject("day", LocalDate.class);
        if (day == null) {
            day = rs.getObject("month", LocalDate.class);
        }
        return day == null ? Optional.empty() : Optional.of(String.join("\t", line(rs, day)));
    }

    private static String[] line(ResultSet rs, LocalDate day) throws SQLException {
        String[] f = new String[FIELDS.size()];
        Arrays.fill(f, "");
        f[0] = Long.toString(globalId(rs.getString("event_id")));
        f[1] = day.format(SQLDATE);
        f[2] = f[1].substring(0, 6);
        f[3] = f[1].substring(0, 4);
        f[4] = String.format(Locale.ROOT, "%.4f", day.getYear() + day.getDayOfYear() / 365.0);
        actor(f, 5, rs.getString("source"), rs.getString("source_name"));
        actor(f, 15, rs.getString("target"), rs.getString("target_name"));
        f[25] = rs.getInt("sentence") == 0 ? "1" : "0";
        String code = rs.getString("code");
        f[26] = code;
        f[27] = code.substring(0, 3);
        f[28] = code.substring(0, 2);
        f[29] = Integer.toString(rs.getInt("quad_class"));
        f[30] = String.format(Locale.ROOT, "%.1f", rs.getDouble("goldstein"));
        f[31] = Long.toString(rs.getLong("num_mentions"));
        f[32] = Long.toString(rs.getLong("num_sources"));
        f[33] = Long.toString(rs.getLong("num_articles"));
        double tone = rs.getDouble("avg_tone");
        f[34] = rs.wasNull() ? "" : String.format(Locale.ROOT, "%.4f", tone);
        actionGeo(f, clean(rs.getString("location")));
        Timestamp added = rs.getTimestamp("date_added");
        f[59] = added == null ? "" : added.toLocalDateTime().format(ADDED);
        f[60] = clean(rs.getString("url"));
        return f;
    }

    /**
     * ActionGeo_Type, FullName, Lat and Long (fields 51, 52, 56, 57) from parley's location "Name, CCC": a place of
     * the gazetteer in that country is a city (type 3 in the US, 4 elsewhere) or a region (2 in the US, 5
     * elsewhere) with its coordinates; any other named location (a country) is type 1 without coordinates.
     */
    private static void actionGeo(String[] f, String location) {
        f[52] = location;
        int comma = location.lastIndexOf(", ");
        if (comma < 0) {
            return;
        }
        String name = location.substring(0, comma);
        String country = location.substring(comma + 2);
        Optional<Place> place = Places.GAZETTEER.byName(name).filter(p -> p.country().equals(country));
        if (place.isEmpty()) {
            f[51] = "1";
            return;
        }
        boolean us = country.equals("USA");
        f[51] = place.get().kind() == Place.Kind.CITY ? (us ? "3" : "4") : (us ? "2" : "5");
        f[56] = String.format(Locale.ROOT, "%.4f", place.get().latitude());
        f[57] = String.format(Locale.ROOT, "%.4f", place.get().longitude());
    }

    /** The gazetteer, loaded on first use. */
    private static final class Places {
        static final Gazetteer GAZETTEER = Gazetteer.load();
    }

    /** Code, Name, CountryCode, (4 empty), Type1..3 from position {@code at}. */
    private static void actor(String[] f, int at, String code, String name) {
        f[at] = code;
        f[at + 1] = clean(name).toUpperCase(Locale.ROOT);
        boolean igo = code.startsWith("IGO");
        f[at + 2] = igo ? "" : code.substring(0, 3);
        String agents = igo ? "" : code.substring(3);
        for (int i = 0; i < 3 && agents.length() >= 3 * (i + 1); i++) {
            f[at + 7 + i] = agents.substring(3 * i, 3 * i + 3);
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    /** A stable positive number from parley's event id: the first 13 hex digits (52 bits) of its SHA-256. */
    static long globalId(String eventId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 7; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return v >>> 4;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
