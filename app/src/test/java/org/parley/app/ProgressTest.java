package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2024-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void linesComeAtMostEveryIntervalWithRateShareAndEta() {
        HandClock clock = new HandClock();
        StringWriter text = new StringWriter();
        long mb = 1024 * 1024;
        Progress.Lines lines = new Progress.Lines("ingest", OptionalLong.of(100 * mb), Progress.Unit.MEGABYTES,
                new PrintWriter(text), clock, Duration.ofSeconds(10));

        clock.now = clock.now.plusSeconds(5);
        lines.update(10 * mb, 20, "stored 20");
        assertThat(text.toString()).isEmpty();
        clock.now = clock.now.plusSeconds(5);
        lines.update(25 * mb, 40, "stored 38, skipped 1, failed 1");
        clock.now = clock.now.plusSeconds(1);
        lines.update(26 * mb, 41, "stored 39, skipped 1, failed 1");
        lines.close();

        assertThat(text.toString().lines()).containsExactly(
                "parley ingest: 40 articles (4.0/s), 25 of 100 MB (25%), ETA 0:00:30; stored 38, skipped 1, failed 1");
    }

    @Test
    void withoutATotalThereIsNoShareOrEta() {
        HandClock clock = new HandClock();
        StringWriter text = new StringWriter();
        Progress.Lines lines = new Progress.Lines("recode", OptionalLong.empty(), Progress.Unit.ARTICLES,
                new PrintWriter(text), clock, Duration.ofSeconds(10));
        clock.now = clock.now.plusSeconds(20);
        lines.update(0, 10, "recoded 10");
        assertThat(text.toString().strip()).isEqualTo("parley recode: 10 articles (0.5/s); recoded 10");
    }

    @Test
    void messagesDuringABarClearItsLineFirst() {
        java.io.ByteArrayOutputStream terminal = new java.io.ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try (Progress bar = new Progress.Bar("ingest", OptionalLong.of(100), Progress.Unit.KILOBYTES,
                new java.io.PrintStream(terminal, true, java.nio.charset.StandardCharsets.UTF_8))) {
            PrintWriter messages = bar.messages(new PrintWriter(err));
            messages.println("parley: a.txt: empty file");
            messages.println("parley: b.txt: empty file");
        }
        assertThat(err.toString()).isEqualTo("\r\u001b[Kparley: a.txt: empty file\n\r\u001b[Kparley: b.txt: empty file\n"
                .replace("\n", System.lineSeparator()));
        assertThat(terminal.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("ingest");
    }

    @Test
    void smallInputsCountInKilobytes() {
        assertThat(Progress.Unit.bytes(OptionalLong.of(1024))).isEqualTo(Progress.Unit.KILOBYTES);
        assertThat(Progress.Unit.bytes(OptionalLong.of(100L << 20))).isEqualTo(Progress.Unit.MEGABYTES);
        assertThat(Progress.Unit.bytes(OptionalLong.empty())).isEqualTo(Progress.Unit.MEGABYTES);
    }
}
