package org.parley.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one ingest run did.
 *
 * @param stored     articles newly stored
 * @param duplicates articles skipped because their id was already stored (or seen earlier in the run)
 * @param failed     inputs (files, lines, entries, records) that could not be read, coded or saved
 * @param events     event mentions of the newly stored articles
 * @param quotes     quotes of the newly stored articles
 * @param reasons    how many failures had each reason ({@link #reason}), in the order first seen
 */
record Summary(int stored, int duplicates, int failed, int events, int quotes, Map<String, Integer> reasons) {
    Summary {
        reasons = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
    }

    /** True when some article was stored or found already stored. */
    boolean anyProcessed() {
        return stored + duplicates > 0;
    }

    /** {@code stored N, skipped N duplicate(s), failed N; events N, quotes N}. */
    @Override
    public String toString() {
        return "stored " + stored + ", skipped " + duplicates + " duplicate(s), failed " + failed
                + "; events " + events + ", quotes " + quotes;
    }

    /** The short form progress shows: {@code stored 5, skipped 1, failed 0}. */
    String counts() {
        return "stored " + stored + ", skipped " + duplicates + ", failed " + failed;
    }

    /** {@code failed: 2 not JSON, 1 empty file} (most frequent first), or "" when nothing failed. */
    String reasonsLine() {
        if (reasons.isEmpty()) {
            return "";
        }
        return "failed: " + reasons.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    /**
     * The kind of a problem, for counting: the problem without a leading URL, up to its first ':' or '('
     * ("not JSON: Unexpected character" is "not JSON", "https://x/a: HTTP 404" is "HTTP 404").
     */
    static String reason(String problem) {
        String s = problem.replaceFirst("^https?://\\S+: ", "");
        int cut = s.length();
        for (char c : new char[] {':', '('}) {
            int at = s.indexOf(c);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        return s.substring(0, cut).strip();
    }

    /** An exception's message on one line, or its class name. */
    static String oneLine(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
