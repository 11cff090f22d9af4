package org.parley.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One person in one office for one term: "Antony Blinken, USA, USAGOV, Secretary of State,
 * 2021-01-26 – 2025-01-20". One row of {@code office-holders.tsv}; a person with several offices
 * has several rows.
 *
 * <p>Terms are half-open: the holder is in office from {@code start} (inclusive) until {@code end}
 * (exclusive; the day the successor took over). An open term has {@code end == LocalDate.MAX}.
 *
 * @param name    the full name as English-language news writes it ("Recep Tayyip Erdoğan")
 * @param aliases other spellings and short forms ("Recep Tayyip Erdogan", "Erdogan"), possibly empty
 * @param country ISO 3166-1 alpha-3 code of the state served, or an IGO code ("IGOUNO")
 * @param code    the CAMEO actor code of the office ("USAGOV", "IGOUNO"); begins with {@code country}
 * @param role    the office in English ("President", "Prime Minister", "Foreign Minister")
 * @param start   first day in office
 * @param end     first day out of office, or {@link LocalDate#MAX} while still in office
 */
public record OfficeHolder(String name, List<String> aliases, String country, String code, String role,
                           LocalDate start, LocalDate end) {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}|IGO[A-Z0-9]+");
    private static final Pattern CODE = Pattern.compile("(?:[A-Z]{3})+|IGO[A-Z0-9]+");
    private static final Set<String> HEADS_OF_STATE = Set.of("president", "acting president", "king", "queen",
            "emir", "supreme leader", "sultan", "emperor", "general secretary", "chairman", "supreme commander",
            "president of the state administration council", "secretary-general", "director general",
            "prosecutor", "president of the european commission", "president of the european council");
    private static final Set<String> HEADS_OF_GOVERNMENT = Set.of("prime minister", "acting prime minister",
            "chancellor", "premier", "caretaker prime minister", "head of government", "chief executive",
            "state counsellor", "de facto leader");
    private static final Set<String> DEPUTIES = Set.of("crown prince", "vice president", "deputy president",
            "deputy prime minister");

    /**
     * @throws IllegalArgumentException if name or role is blank, the country or code is malformed,
     *                                  the code does not begin with the country, or end is not after start
     * @throws NullPointerException     if aliases, start or end is null
     */
    public OfficeHolder {
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("office holder needs a name");
        }
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException("office holder " + name + " needs a role");
        }
        if (country == null || !COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException("malformed country for " + name + ": " + country);
        }
        if (code == null || !CODE.matcher(code).matches() || !code.startsWith(country)) {
            throw new IllegalArgumentException("malformed CAMEO code for " + name + " (" + country + "): " + code);
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("term of " + name + " as " + role + " ends " + end
                    + ", not after its start " + start);
        }
    }

    /** The day the term ended (first day out of office), or empty while still in office. */
    public Optional<LocalDate> endDate() {
        return end.equals(LocalDate.MAX) ? Optional.empty() : Optional.of(end);
    }

    /** True if {@code date} falls within the term ({@code start <= date < end}). */
    public boolean inOffice(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(end);
    }

    /**
     * Rank of the office, lower is more senior: 0 head of state or of an organisation, 1 head of
     * government, 2 crown prince or deputy head of state or government, 3 a minister or secretary,
     * 4 anything else.
     */
    public int seniority() {
        String r = role.toLowerCase(Locale.ROOT);
        if (HEADS_OF_STATE.contains(r)) {
            return 0;
        }
        if (HEADS_OF_GOVERNMENT.contains(r)) {
            return 1;
        }
        if (DEPUTIES.contains(r)) {
            return 2;
        }
        return r.contains("minister") || r.contains("secretary") ? 3 : 4;
    }
}
