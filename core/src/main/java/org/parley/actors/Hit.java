package org.parley.actors;

/**
 * A table match over tokens [start, end) of one sentence: a country name, capital, demonym, named actor, or
 * another place of the gazetteer (a city or region, standing for its country).
 *
 * @param start first token
 * @param end   token one past the match
 * @param kind  which table matched
 * @param code  the country code (alpha-3 or region) or the named actor's CAMEO code
 * @param name  the canonical name from the table
 */
record Hit(int start, int end, Kind kind, String code, String name) {
    enum Kind { COUNTRY, CAPITAL, DEMONYM, NAMED, PLACE }

    boolean covers(int token) {
        return token >= start && token < end;
    }
}
