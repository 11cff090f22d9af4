package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Usage errors through the real {@code parley} command line: one line on stderr, exit 2, no usage block. */
class UsageErrorsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void badDateIsOneLine() {
        assertThat(run("code", "--date", "notadate", "story.txt")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("parley: Invalid value for option '--date': "
                + "not a date (YYYY-MM-DD): notadate (see 'parley code --help')" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void badFormatIsOneLine() {
        assertThat(run("code", "--format", "xml", "story.txt")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("parley: Invalid value for option '--format': "
                + "not a format (table, json or jsonl): xml (see 'parley code --help')" + System.lineSeparator());
    }

    @Test
    void everyCommandAnswersInOneLine() {
        assertThat(run("eval")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("parley: Missing required option: '--gold=FILE' (see 'parley eval --help')"
                + System.lineSeparator());
        for (String[] args : new String[][] {{"ingest"}, {"events", "--limit", "many"}, {"demo", "--bogus"}, {"nosuch"}}) {
            err.getBuffer().setLength(0);
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err.toString().lines()).as(String.join(" ", args)).hasSize(1)
                    .allMatch(line -> line.startsWith("parley: ") && line.endsWith(" --help')"));
        }
        assertThat(err.toString()).endsWith("(see 'parley --help')" + System.lineSeparator());
    }

    @Test
    void multiLineMessagesBecomeOneLine() {
        assertThat(UsageErrors.line("Unknown option:\n  '--x'", "parley code"))
                .isEqualTo("parley: Unknown option: '--x' (see 'parley code --help')");
        assertThat(UsageErrors.line("", "parley")).isEqualTo("parley: invalid command line (see 'parley --help')");
    }
}
