package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.CameoCode;
import org.parley.model.CodedArticle;
import org.parley.model.Event;
import org.parley.model.Modality;
import picocli.CommandLine;

class EvalCommandTest {
    private static final String GOLD = """
            {"id": "c1", "date": "2023-06-19", "text": "Blinken met Xi.", "events": [{"source": "USAGOV", \
            "target": "CHNGOV", "codes": ["040"], "optional": false}, {"source": "CHNGOV", "target": "USAGOV", \
            "codes": ["040"], "optional": false}], "quotes": [], "actors": [], "issues": ["TAIWAN"]}
            {"id": "c2", "text": "Nothing happened.", "events": [], "quotes": [], "actors": [], "issues": []}
            """;

    private final List<Article> seen = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Codes every article as one USAGOV -> CHNGOV meeting. */
    private CodedArticle code(Article article) {
        seen.add(article);
        CameoCode meet = CameoCode.of("040");
        Event e = new Event(new Actor("USAGOV", "Blinken"), new Actor("CHNGOV", "Xi"), meet, "Consult",
                meet.quadClass(), 1.0, "", Modality.ASSERTED, Optional.empty(), "", 0, 0, 11, "Blinken met", "met");
        return new CodedArticle(article, List.of(), List.of(e), List.of(), List.of());
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new EvalCommand(this::code));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void codesEachCaseAndPrintsOneJsonLine(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, GOLD, StandardCharsets.UTF_8);

        assertThat(run("--gold", gold.toString(), "--json")).isZero();

        assertThat(out.toString().strip()).doesNotContain("\n");
        JsonNode n = new ObjectMapper().readTree(out.toString());
        assertThat(n.get("cases").asInt()).isEqualTo(2);
        assertThat(n.get("events").get("tp").asInt()).isEqualTo(1);
        assertThat(n.get("events").get("fp").asInt()).isEqualTo(1);
        assertThat(n.get("events").get("fn").asInt()).isEqualTo(1);
        assertThat(n.get("events").get("precision").asDouble()).isEqualTo(0.5);
        assertThat(n.get("issues").get("precision").isNull()).isTrue();
        assertThat(n.get("issues").get("recall").asDouble()).isZero();
        assertThat(seen).extracting(Article::source).containsExactly(gold + ":c1", gold + ":c2");
        assertThat(seen.get(0).published()).contains(java.time.LocalDate.of(2023, 6, 19));
        assertThat(seen.get(1).published()).isEmpty();
    }

    @Test
    void scoresTheIssuesTheCoderTags(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, GOLD, StandardCharsets.UTF_8);
        org.parley.model.IssueTag taiwan = new org.parley.model.IssueTag("TAIWAN", "Taiwan", 0, 0, 6, "test");
        org.parley.model.IssueTag trade = new org.parley.model.IssueTag("TRADE_DISPUTE", "tariff", 0, 0, 6, "test");
        CommandLine cli = new CommandLine(new EvalCommand(article -> {
            CodedArticle plain = code(article);
            return new CodedArticle(plain.article(), plain.mentions(), plain.events(), plain.quotes(),
                    plain.warnings(), plain.unresolved(), new org.parley.model.Issues(List.of(taiwan, trade),
                    List.of(List.of(taiwan))), org.parley.model.Tone.NONE);
        }));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("--gold", gold.toString(), "--json")).isZero();
        JsonNode issues = new ObjectMapper().readTree(out.toString()).get("issues");
        assertThat(issues.get("tp").asInt()).isEqualTo(1);
        assertThat(issues.get("fp").asInt()).isEqualTo(3);
        assertThat(issues.get("fn").asInt()).isZero();
        assertThat(issues.get("precision").asDouble()).isEqualTo(0.25);
        assertThat(issues.get("recall").asDouble()).isEqualTo(1.0);
    }

    @Test
    void verboseTextListsTheCasesWithErrors(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, GOLD, StandardCharsets.UTF_8);

        assertThat(run("--gold", gold.toString(), "--verbose")).isZero();

        assertThat(out.toString()).contains("F1 0.50 (tp 1, fp 1, fn 1; 0 optional matched)")
                .contains("c1\n  miss        CHNGOV->USAGOV 040\n")
                .contains("c2\n  false alarm USAGOV->CHNGOV 040 \"met\" (sentence 0)\n");
    }

    @Test
    void aBadGoldFileIsAOneLineErrorAndExitOne(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("bad.jsonl");
        Files.writeString(gold, "{\"id\": \"c1\", \"text\": \"t\"}\n{oops\n", StandardCharsets.UTF_8);

        assertThat(run("--gold", gold.toString())).isEqualTo(1);

        assertThat(err.toString()).startsWith("parley eval: " + gold + ":2: not JSON").hasLineCount(1);
        assertThat(out.toString()).isEmpty();
        assertThat(seen).isEmpty();
    }

    @Test
    void aMissingGoldFileIsNamed(@TempDir Path dir) {
        Path gold = dir.resolve("nope.jsonl");

        assertThat(run("--gold", gold.toString())).isEqualTo(1);

        assertThat(err.toString()).isEqualTo("parley eval: no such file: " + gold + "\n");
    }

    @Test
    void aBinaryGoldFileIsNotText(@TempDir Path dir) throws Exception {
        Path gold = Files.write(dir.resolve("gold.jsonl"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n'});

        assertThat(run("--gold", gold.toString())).isEqualTo(1);

        assertThat(err.toString()).isEqualTo("parley eval: " + gold + ": not valid UTF-8 text\n");
        assertThat(seen).isEmpty();
    }

    @Test
    void aBadLineNamesItsNumberOnce(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("mixed.jsonl");
        Files.writeString(gold, "{\"id\": \"c1\", \"text\": \"t\"}\n{\"id\": \"c2\"}\n", StandardCharsets.UTF_8);

        assertThat(run("--gold", gold.toString())).isEqualTo(1);

        assertThat(err.toString()).isEqualTo("parley eval: " + gold + ":2: missing or non-string field 'text'\n");
    }

    @Test
    void knowledgeTablesThatCannotLoadAreOneLine(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, GOLD, StandardCharsets.UTF_8);
        CommandLine cli = new CommandLine(new EvalCommand(() -> {
            throw new IllegalArgumentException("org/parley/knowledge/goldstein.tsv line 4: goldstein 12.0 outside -10..10");
        }));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));

        assertThat(cli.execute("--gold", gold.toString())).isEqualTo(1);

        assertThat(err.toString()).isEqualTo("parley: cannot load parley's knowledge tables: "
                + "org/parley/knowledge/goldstein.tsv line 4: goldstein 12.0 outside -10..10\n");
        assertThat(out.toString()).isEmpty();
    }
}
