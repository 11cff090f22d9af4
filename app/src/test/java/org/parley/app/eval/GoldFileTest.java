package org.parley.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.app.eval.GoldCase.GoldActor;
import org.parley.app.eval.GoldCase.GoldEvent;
import org.parley.app.eval.GoldCase.GoldQuote;
import org.parley.model.CameoCode;
import org.parley.model.EventDate;

class GoldFileTest {
    private static final String FULL = """
            {"id": "dev-017", "date": "2023-06-19", "text": "Blinken met Xi.", \
            "events": [{"source": "USAGOV", "target": "CHNGOV", "codes": ["040", "042"], "optional": false, \
            "date": "2023-06", "note": "meeting"}, {"source": "CHNGOV", "target": "USAGOV", "codes": ["040"], \
            "optional": true}], \
            "quotes": [{"contains": "stabilise", "speaker": "Antony Blinken", "speaker_actor": "USAGOV"}], \
            "actors": [{"text": "Blinken", "code": "USAGOV"}, {"text": "Xi", "code": "CHN", "match": "prefix"}], \
            "issues": ["TAIWAN"]}""";

    private static List<GoldCase> read(String content) throws Exception {
        return GoldFile.read(new BufferedReader(new StringReader(content)), "gold.jsonl");
    }

    @Test
    void readsEveryFieldOfACase() throws Exception {
        GoldCase c = read(FULL + "\n").get(0);

        assertThat(c.id()).isEqualTo("dev-017");
        assertThat(c.date()).contains(LocalDate.of(2023, 6, 19));
        assertThat(c.text()).isEqualTo("Blinken met Xi.");
        GoldEvent first = c.events().get(0);
        assertThat(first.source().code()).isEqualTo("USAGOV");
        assertThat(first.target().country()).isEqualTo("CHN");
        assertThat(first.codes()).containsExactly(CameoCode.of("040"), CameoCode.of("042"));
        assertThat(first.optional()).isFalse();
        assertThat(first.date()).contains(EventDate.parse("2023-06"));
        assertThat(first.date().orElseThrow().precision()).isEqualTo(EventDate.Precision.MONTH);
        assertThat(first.note()).isEqualTo("meeting");
        assertThat(c.events().get(1).optional()).isTrue();
        assertThat(c.events().get(1).date()).isEmpty();
        assertThat(c.events().get(1).describe()).isEqualTo("CHNGOV->USAGOV 040 (optional)");
        assertThat(c.quotes()).containsExactly(new GoldQuote("stabilise", "Antony Blinken", "USAGOV"));
        assertThat(c.actors()).containsExactly(new GoldActor("Blinken", "USAGOV", false),
                new GoldActor("Xi", "CHN", true));
        assertThat(c.issues()).containsExactly("TAIWAN");
    }

    @Test
    void skipsBlankLinesAndAcceptsAMissingDateOrADateTime() throws Exception {
        List<GoldCase> cases = read("""
                {"id": "a", "text": "One.", "events": [], "quotes": [], "actors": [], "issues": []}

                {"id": "b", "date": "2023-06-19T08:30:00Z", "text": "Two."}
                """);

        assertThat(cases).extracting(GoldCase::id).containsExactly("a", "b");
        assertThat(cases.get(0).date()).isEqualTo(Optional.empty());
        assertThat(cases.get(1).date()).contains(LocalDate.of(2023, 6, 19));
        assertThat(cases.get(1).events()).isEmpty();
    }

    @Test
    void emptyInputHasNoCases() throws Exception {
        assertThat(read("")).isEmpty();
    }

    @Test
    void aLineThatIsNotJsonIsReportedWithItsLineNumber() {
        assertThatThrownBy(() -> read(FULL + "\n\n{\"id\": \"x\", \"text\": \n"))
                .isInstanceOf(GoldFileException.class)
                .hasMessageStartingWith("gold.jsonl:3: not JSON");
    }

    @Test
    void badFieldsAreReportedWithLineAndField() {
        assertThatThrownBy(() -> read("{\"id\": \"x\"}"))
                .hasMessage("gold.jsonl:1: missing or non-string field 'text'");
        assertThatThrownBy(() -> read("{\"id\": \"x\", \"text\": \"t\", \"events\": [{\"source\": \"USA\", "
                + "\"target\": \"CHN\", \"codes\": [\"42\"]}]}"))
                .hasMessage("gold.jsonl:1: CAMEO root out of 01..20 in code 42");
        assertThatThrownBy(() -> read("{\"id\": \"x\", \"text\": \"t\", \"events\": [{\"source\": \"usa\", "
                + "\"target\": \"CHN\", \"codes\": [\"042\"]}]}"))
                .hasMessage("gold.jsonl:1: malformed CAMEO actor code: usa");
        assertThatThrownBy(() -> read("{\"id\": \"x\", \"text\": \"t\", \"events\": [{\"source\": \"USA\", "
                + "\"target\": \"CHN\", \"codes\": []}]}"))
                .hasMessage("gold.jsonl:1: gold event USA->CHN has no codes");
        assertThatThrownBy(() -> read("{\"id\": \"x\", \"date\": \"June 2023\", \"text\": \"t\"}"))
                .hasMessage("gold.jsonl:1: bad date 'June 2023'");
        assertThatThrownBy(() -> read("[1, 2]"))
                .hasMessage("gold.jsonl:1: a case must be a JSON object");
    }

    @Test
    void aRepeatedIdIsAnError() {
        assertThatThrownBy(() -> read("{\"id\": \"x\", \"text\": \"t\"}\n{\"id\": \"x\", \"text\": \"u\"}\n"))
                .hasMessage("gold.jsonl:2: duplicate case id x");
    }

    @Test
    void readsAFileAndNamesAMissingOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dev.jsonl");
        Files.writeString(file, FULL + "\n", StandardCharsets.UTF_8);

        assertThat(GoldFile.read(file)).hasSize(1);
        assertThatThrownBy(() -> GoldFile.read(dir.resolve("absent.jsonl")))
                .isInstanceOf(GoldFileException.class)
                .hasMessage("no such file: " + dir.resolve("absent.jsonl"));
    }

    @Test
    void nonUtf8OrBinaryFilesAreNotText(@TempDir Path dir) throws Exception {
        Path latin1 = Files.write(dir.resolve("latin1.jsonl"), new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xE9, '"', '}'});
        assertThatThrownBy(() -> GoldFile.read(latin1))
                .isInstanceOf(GoldFileException.class)
                .hasMessage(latin1 + ": not valid UTF-8 text");
        Path binary = Files.write(dir.resolve("gold.jsonl.gz"), new byte[] {0x1F, 0x0B, 0, 0, 'x', '\n'});
        assertThatThrownBy(() -> GoldFile.read(binary))
                .isInstanceOf(GoldFileException.class)
                .hasMessage(binary + ": not valid UTF-8 text");
    }
}
