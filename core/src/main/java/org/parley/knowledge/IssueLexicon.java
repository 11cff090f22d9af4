package org.parley.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The issue lexicon: which phrases and events make a text about which issue. Loaded from {@code issues.tsv}
 * (written for parley; see the knowledge README), whose columns are {@code code match context unless}:
 * <ul>
 *   <li>{@code code}: the issue code (upper case, {@code _});</li>
 *   <li>{@code match}: an {@link IssuePhrase}, or {@code event:NN} (an event whose CAMEO code starts with NN),
 *       {@code event-domestic:NN} (such an event with both sides in one country), {@code event-alone:NN}
 *       (such an event between two governments, used only when nothing else tagged the article),
 *       {@code war:sides} or {@code war:support} (see {@link IssueEntry.Kind});</li>
 *   <li>{@code context}, {@code unless}: {@code |}-separated phrases of which at least one must (none may) occur in
 *       the same sentence as the match.</li>
 * </ul>
 *
 * @param entries the rows in file order
 */
public record IssueLexicon(List<IssueEntry> entries) {
    private static final String RESOURCE = "issues.tsv";
    private static final List<String> HEADER = List.of("code", "match", "context", "unless");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern CAMEO_PREFIX = Pattern.compile("\\d{2,4}");

    public IssueLexicon {
        entries = List.copyOf(entries);
    }

    /**
     * The bundled lexicon.
     *
     * @throws IllegalArgumentException naming the line of a malformed row
     */
    public static IssueLexicon load() {
        List<IssueEntry> entries = new ArrayList<>();
        for (TsvRows.Row row : TsvRows.read(RESOURCE, HEADER)) {
            entries.add(parse(row));
        }
        return new IssueLexicon(entries);
    }

    /** The distinct issue codes of the lexicon, in file order. */
    public Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        entries.forEach(e -> codes.add(e.code()));
        return codes;
    }

    private static IssueEntry parse(TsvRows.Row row) {
        String code = row.cell(0);
        if (!CODE.matcher(code).matches()) {
            throw row.error("malformed issue code '" + code + "'");
        }
        String match = row.cell(1);
        try {
            List<IssuePhrase> context = phrases(row.cell(2));
            List<IssuePhrase> unless = phrases(row.cell(3));
            if (match.startsWith("war:")) {
                IssueEntry.Kind kind = switch (match) {
                    case "war:sides" -> IssueEntry.Kind.WAR_SIDES;
                    case "war:support" -> IssueEntry.Kind.WAR_SUPPORT;
                    default -> throw row.error("unknown war rule '" + match + "' (war:sides or war:support)");
                };
                return new IssueEntry(code, kind, Optional.empty(), "", context, unless, row.line());
            }
            if (match.startsWith("event")) {
                int colon = match.indexOf(':');
                String prefix = colon < 0 ? "" : match.substring(colon + 1);
                IssueEntry.Kind kind = switch (colon < 0 ? match : match.substring(0, colon)) {
                    case "event" -> IssueEntry.Kind.EVENT;
                    case "event-domestic" -> IssueEntry.Kind.EVENT_DOMESTIC;
                    case "event-alone" -> IssueEntry.Kind.EVENT_ALONE;
                    default -> null;
                };
                if (kind != null) {
                    if (!CAMEO_PREFIX.matcher(prefix).matches()) {
                        throw row.error("event rule needs a CAMEO code prefix of 2-4 digits: '" + match + "'");
                    }
                    return new IssueEntry(code, kind, Optional.empty(), prefix, context, unless, row.line());
                }
            }
            return new IssueEntry(code, IssueEntry.Kind.PHRASE, Optional.of(IssuePhrase.parse(match)), "",
                    context, unless, row.line());
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(RESOURCE)) {
                throw e;
            }
            throw row.error(e.getMessage());
        }
    }

    private static List<IssuePhrase> phrases(String cell) {
        return TsvRows.splitList(cell).stream().map(IssuePhrase::parse).toList();
    }
}
