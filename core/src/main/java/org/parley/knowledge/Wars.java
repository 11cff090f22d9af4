package org.parley.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Armed conflicts with their sides and dates ({@code wars.tsv}: columns {@code name side_a side_b from to};
 * sides are {@code |}-separated ISO alpha-3 codes, dates ISO days, {@code to} empty while it goes on). Facts from
 * public sources (news reports of the start and end of fighting); see the knowledge README.
 *
 * @param all the wars in file order
 */
public record Wars(List<War> all) {
    private static final List<String> HEADER = List.of("name", "side_a", "side_b", "from", "to");

    public Wars {
        all = List.copyOf(all);
    }

    /**
     * The bundled table.
     *
     * @throws IllegalArgumentException naming the line of a malformed row
     */
    public static Wars load() {
        List<War> wars = new ArrayList<>();
        for (TsvRows.Row row : TsvRows.read("wars.tsv", HEADER)) {
            try {
                wars.add(new War(row.cell(0), TsvRows.splitList(row.cell(1)), TsvRows.splitList(row.cell(2)),
                        LocalDate.parse(row.cell(3)),
                        row.cell(4).isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(row.cell(4)))));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        return new Wars(wars);
    }

    /** The wars going on on {@code day}. */
    public List<War> ongoing(LocalDate day) {
        return all.stream().filter(w -> w.ongoing(day)).toList();
    }
}
