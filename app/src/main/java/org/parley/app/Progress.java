package org.parley.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows how far a long run is: a progress bar (me.tongfei:progressbar) with speed, ETA and articles/s on a
 * terminal, or a plain line every few seconds otherwise (a log file, a pipe, CI). Work is counted in units that
 * are known before the run ({@code done} of {@code total}: bytes of input for ingest, articles for recode);
 * articles/s is the rate of articles handled so far.
 */
interface Progress extends AutoCloseable {
    /** How progress is shown; {@code auto} picks {@code bar} on a terminal, else {@code lines}. */
    enum Mode { auto, bar, lines, none }

    /** The unit work is counted in: its name as shown and how many counted units make one shown unit. */
    record Unit(String name, long size) {
        static final Unit MEGABYTES = new Unit("MB", 1024 * 1024);
        static final Unit KILOBYTES = new Unit("KB", 1024);
        static final Unit ARTICLES = new Unit("articles", 1);

        /** MB for input of 10 MB or more (or of unknown size), else KB. */
        static Unit bytes(OptionalLong total) {
            return total.isPresent() && total.getAsLong() < 10L * MEGABYTES.size() ? KILOBYTES : MEGABYTES;
        }
    }

    /**
     * Reports the state after one more item.
     *
     * @param done     units of work done, at most the total when one is known
     * @param articles articles handled so far (stored, skipped or failed)
     * @param counts   the run's counts so far, e.g. "stored 5, skipped 1, failed 0"
     */
    void update(long done, long articles, String counts);

    /** Ends the display (the bar's last state stays on the terminal). */
    @Override
    void close();

    /** Where messages go while this progress shows: {@code err} itself, or for a bar, lines that clear it first. */
    default PrintWriter messages(PrintWriter err) {
        return err;
    }

    /** Shows nothing. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long articles, String counts) {
        }

        @Override
        public void close() {
        }
    };

    /**
     * The progress display for {@code mode}: a bar on {@code terminal}, lines every 10 s on {@code err}.
     *
     * @param task  what is running, e.g. "ingest"
     * @param total units of the whole run, when known (a bar without one shows no ETA)
     */
    static Progress of(Mode mode, String task, OptionalLong total, Unit unit, PrintStream terminal, PrintWriter err) {
        Mode chosen = mode == Mode.auto ? (System.console() != null ? Mode.bar : Mode.lines) : mode;
        return switch (chosen) {
            case bar -> new Bar(task, total, unit, terminal);
            case lines -> new Lines(task, total, unit, err, Clock.systemUTC(), Duration.ofSeconds(10));
            default -> NONE;
        };
    }

    /** The terminal bar. */
    final class Bar implements Progress {
        private final ProgressBar bar;
        private final long started = System.nanoTime();

        Bar(String task, OptionalLong total, Unit unit, PrintStream terminal) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total.orElse(-1))
                    .setUnit(" " + unit.name(), unit.size()).showSpeed(new java.text.DecimalFormat("0.0"))
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setUpdateIntervalMillis(500).setConsumer(new ConsoleProgressBarConsumer(terminal)).build();
        }

        @Override
        public void update(long done, long articles, String counts) {
            double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            bar.stepTo(done);
            bar.setExtraMessage(String.format(java.util.Locale.ROOT, " %.1f articles/s; %s", articles / seconds, counts));
        }

        /** Each line starts by going back and clearing the bar's line, which the next update draws again. */
        @Override
        public PrintWriter messages(PrintWriter err) {
            return new PrintWriter(new java.io.Writer() {
                private boolean lineStart = true;

                @Override
                public void write(char[] chars, int off, int len) {
                    for (int i = off; i < off + len; i++) {
                        if (lineStart) {
                            err.write("\r\u001b[K");
                        }
                        err.write(chars[i]);
                        lineStart = chars[i] == '\n';
                    }
                }

                @Override
                public void flush() {
                    err.flush();
                }

                @Override
                public void close() {
                    err.flush();
                }
            }, true);
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    /**
     * A line on {@code err} at most every {@code interval}: {@code parley ingest: 120 articles (4.2/s), 35 of
     * 100 MB (35%), ETA 0:15:20; stored 100, skipped 15, failed 5} (the run's summary follows it at the end).
     */
    final class Lines implements Progress {
        private final String task;
        private final OptionalLong total;
        private final Unit unit;
        private final PrintWriter err;
        private final Clock clock;
        private final Duration interval;
        private final Instant started;
        private Instant lastLine;

        Lines(String task, OptionalLong total, Unit unit, PrintWriter err, Clock clock, Duration interval) {
            this.task = task;
            this.total = total;
            this.unit = unit;
            this.err = err;
            this.clock = clock;
            this.interval = interval;
            this.started = clock.instant();
            this.lastLine = started;
        }

        @Override
        public void update(long done, long articles, String counts) {
            Instant now = clock.instant();
            if (!now.isBefore(lastLine.plus(interval))) {
                err.println(line(done, articles, counts, now));
                err.flush();
                lastLine = now;
            }
        }

        @Override
        public void close() {
        }

        String line(long done, long articles, String counts, Instant now) {
            double seconds = Math.max(1e-3, Duration.between(started, now).toMillis() / 1000.0);
            StringBuilder sb = new StringBuilder("parley ").append(task).append(": ").append(articles).append(" articles (")
                    .append(String.format(java.util.Locale.ROOT, "%.1f/s", articles / seconds)).append(')');
            if (total.isPresent() && total.getAsLong() > 0) {
                long all = total.getAsLong();
                sb.append(", ").append(done / unit.size()).append(" of ").append(all / unit.size()).append(' ')
                        .append(unit.name()).append(" (").append(Math.min(100, done * 100 / all)).append("%)");
                if (done > 0 && done < all) {
                    long eta = (long) (seconds * (all - done) / done);
                    sb.append(String.format(java.util.Locale.ROOT, ", ETA %d:%02d:%02d", eta / 3600, eta / 60 % 60, eta % 60));
                }
            }
            return sb.append("; ").append(counts).toString();
        }
    }
}
