package org.parley.knowledge;

import java.util.List;
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

    /**
     * These tables with rows imported from users' dictionaries ({@link PetrarchDictionaries}) added.
     * Names repeat across and within dictionaries, so the merge keeps the first definition: built-in rows
     * first, then imported rows in the order given. An imported named actor loses the names and aliases an
     * earlier actor already has (and is skipped if none remain); an imported office holder whose name or
     * alias is that of a built-in office holder is skipped (all imported rows of other people are kept);
     * an imported agent phrase already defined is skipped. With {@code replaceBuiltIns}, the built-in named
     * actors and office holders are dropped when any actor rows are imported, and the built-in agent nouns
     * when any agent rows are; the other tables are unchanged.
     *
     * @return a new {@code Knowledge}; this one is unchanged
     */
    public Knowledge withImported(List<NamedActor> actors, List<OfficeHolder> holders, List<AgentNoun> agents,
                                  boolean replaceBuiltIns) {
        boolean replaceActors = replaceBuiltIns && !(actors.isEmpty() && holders.isEmpty());
        boolean replaceAgents = replaceBuiltIns && !agents.isEmpty();
        return new Knowledge(codebook, countries,
                AgentNouns.ofMerged(replaceAgents ? List.of() : this.agents.all(), agents),
                NamedActors.ofMerged(replaceActors ? List.of() : namedActors.all(), actors),
                OfficeHolders.ofMerged(replaceActors ? List.of() : officeHolders.all(), holders),
                patterns, gazetteer);
    }

    /** These tables with {@code patterns} as the event pattern tables (see {@link EventPatterns#withImported}). */
    public Knowledge withPatterns(EventPatterns patterns) {
        return new Knowledge(codebook, countries, agents, namedActors, officeHolders, patterns, gazetteer);
    }
}
