package org.parley.knowledge;

import java.util.Objects;

/**
 * All knowledge tables parley codes with, loaded once and shared (every table is immutable).
 *
 * @param codebook     the CAMEO event codebook with Goldstein, QuadClass and PLOVER
 * @param countries    ISO 3166-1 countries with aliases, demonyms and capitals
 * @param agents       CAMEO agent nouns and titles
 * @param namedActors  international organisations, armed groups, seats of power and agencies by name
 * @param officeHolders dated table of heads of state and government and ministers
 * @param patterns     event verb and noun patterns with the intent and reject code tables
 * @param gazetteer    cities and first-level regions with their country (GeoNames, ISO 3166-2)
 */
public record Knowledge(Codebook codebook, Countries countries, AgentNouns agents, NamedActors namedActors,
                        OfficeHolders officeHolders, EventPatterns patterns, Gazetteer gazetteer) {
    public Knowledge {
        Objects.requireNonNull(codebook, "codebook");
        Objects.requireNonNull(countries, "countries");
        Objects.requireNonNull(agents, "agents");
        Objects.requireNonNull(namedActors, "namedActors");
        Objects.requireNonNull(officeHolders, "officeHolders");
        Objects.requireNonNull(patterns, "patterns");
        Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** Loads every table from parley's bundled resources; throws IllegalStateException naming a broken table. */
    public static Knowledge load() {
        return new Knowledge(Codebook.load(), Countries.load(), AgentNouns.load(), NamedActors.load(),
                OfficeHolders.load(), EventPatterns.load(), Gazetteer.load());
    }
}
