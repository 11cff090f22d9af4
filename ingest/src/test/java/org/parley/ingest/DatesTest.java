package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static final LocalDate DAY = LocalDate.of(2023, 6, 18);

    @Test
    void readsTheFormsSourcesWrite() {
        assertThat(Dates.parse("2023-06-18")).contains(DAY);
        assertThat(Dates.parse("2023-06-18T23:30:00-04:00")).contains(DAY);
        assertThat(Dates.parse("2023-06-18 09:30:00")).contains(DAY);
        assertThat(Dates.parse("Sun, 18 Jun 2023 09:30:00 GMT")).contains(DAY);
        assertThat(Dates.parse("June 18, 2023")).contains(DAY);
        assertThat(Dates.parse("Jun. 18, 2023")).contains(DAY);
        assertThat(Dates.parse("18 June 2023")).contains(DAY);
        assertThat(Dates.parse("Sept. 5, 2023")).contains(LocalDate.of(2023, 9, 5));
    }

    @Test
    void impossibleOrUnknownFormsGiveNothing() {
        assertThat(Dates.parse("2023-02-30")).isEmpty();
        assertThat(Dates.parse("yesterday")).isEmpty();
        assertThat(Dates.parse("")).isEmpty();
        assertThat(Dates.parse("18/06/2023")).isEmpty();
    }

    @Test
    void datelinesGiveFullDatesNearTheStartOnly() {
        assertThat(Datelines.find("BEIJING, June 18, 2023 (Reuters) - Blinken met Xi.")).contains(DAY);
        assertThat(Datelines.find("LONDON, 18 June 2023 \u2014 Britain said.")).contains(DAY);
        assertThat(Datelines.find("Published 2023-06-18. Blinken met Xi.")).contains(DAY);
        assertThat(Datelines.find("BEIJING, June 18 (Reuters) - no year here")).isEmpty();
        assertThat(Datelines.find("x".repeat(Datelines.DATELINE_CHARS) + " June 18, 2023")).isEmpty();
        assertThat(Datelines.find("On February 30, 2023 nothing happened")).isEmpty();
        assertThat(Datelines.find("")).isEmpty();
    }
}
