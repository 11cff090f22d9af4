package org.parley.knowledge;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A noun or noun phrase that names an agent (role) of a country's actor: "foreign minister" → GOV,
 * "troops" → MIL, "security forces" → COP. One row of {@code agents.tsv}.
 *
 * @param phrase the phrase in lower case with single spaces ("prime minister", "troops")
 * @param agent  the CAMEO agent code(s) without a country, one or more three-letter codes
 *               ("GOV", "MIL", "GOVMIL")
 * @param kind   whether the phrase is a personal title, a group of people or things, or an institution
 */
public record AgentNoun(String phrase, String agent, Kind kind) {
    private static final Pattern AGENT = Pattern.compile("(?:[A-Z]{3})+");

    /** How a phrase names its agent. */
    public enum Kind {
        /** A title that can precede a person's name: "president", "foreign minister", "general". */
        TITLE,
        /** People or equipment in the plural or as a collective: "troops", "protesters", "warships". */
        GROUP,
        /** An institution: "government", "defence ministry", "supreme court". */
        BODY
    }

    /**
     * @throws IllegalArgumentException if the phrase is blank, not lower case or not whitespace-normalised,
     *                                  or the agent is not a sequence of three-letter upper-case codes
     * @throws NullPointerException     if kind is null
     */
    public AgentNoun {
        Objects.requireNonNull(kind, "kind");
        if (phrase == null || phrase.isBlank() || !phrase.equals(NameKeys.phrase(phrase))) {
            throw new IllegalArgumentException("agent phrase must be lower case, single-spaced: '" + phrase + "'");
        }
        if (agent == null || !AGENT.matcher(agent).matches()) {
            throw new IllegalArgumentException("malformed CAMEO agent code for '" + phrase + "': " + agent);
        }
    }
}
