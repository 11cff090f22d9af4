package org.parley.knowledge;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parley.model.CameoCode;

/**
 * The PLOVER contexts of an event: those the CAMEO-to-PLOVER mapping of 2021 gives its code
 * ({@link Codebook#ploverContextsFor}), then those of the issues the event is about, from
 * {@code plover-contexts.tsv} (issue code to context, written for parley). POLECAT's records list contexts such as
 * "diplomatic", "military", "economic", "terrorism", "refugee" and "cbrn".
 */
public final class PloverContexts {
    private static final PloverContexts BUNDLED = new PloverContexts(loadTable());

    private final Map<String, String> byIssue;

    private PloverContexts(Map<String, String> byIssue) {
        this.byIssue = Map.copyOf(byIssue);
    }

    /**
     * The bundled table.
     *
     * @throws IllegalArgumentException (at class load) naming the line of a malformed row
     */
    public static PloverContexts bundled() {
        return BUNDLED;
    }

    private static Map<String, String> loadTable() {
        Map<String, String> table = new TreeMap<>();
        for (TsvRows.Row row : TsvRows.read("plover-contexts.tsv", List.of("issue", "context"))) {
            if (!row.cell(1).matches("[a-z][a-z_]*")) {
                throw row.error("malformed PLOVER context: " + row.cell(1));
            }
            table.put(row.cell(0), row.cell(1));
        }
        return table;
    }

    /**
     * The contexts of an event coded {@code code} and tagged with {@code issues} (issue codes, any order): the
     * codebook's contexts for the code first, then the issues' in the order given, without duplicates.
     *
     * @return the contexts, lower case; empty when the code has none and no issue maps to one
     */
    public List<String> of(Codebook codebook, CameoCode code, Collection<String> issues) {
        Set<String> out = new LinkedHashSet<>(codebook.ploverContextsFor(code));
        for (String issue : issues) {
            String context = byIssue.get(issue);
            if (context != null) {
                out.add(context);
            }
        }
        return List.copyOf(out);
    }
}
