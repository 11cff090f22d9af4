package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Article;
import org.parley.model.CodedArticle;
import org.parley.model.Mention;

class ActorCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock JUNE_FIRST = Clock.fixed(Instant.parse("2023-06-01T12:00:00Z"), ZoneOffset.UTC);

    private final List<Article> coded = new ArrayList<>();

    /**
     * A canned coder: "Vladimir Putin" is RUSGOV (President) from 2012 and RUSGOV (Prime Minister) before,
     * "the Kremlin" is RUSGOV, "Ukrainian officials" is UKRGOV without a name; anything else resolves to nothing.
     */
    private CodedArticle fake(Article article) {
        coded.add(article);
        String text = article.text();
        List<Mention> mentions = new ArrayList<>();
        int putin = text.indexOf("Vladimir Putin");
        if (putin >= 0) {
            boolean president = article.published().orElseThrow().getYear() >= 2012;
            mentions.add(new Mention(0, 0, 2, 1, putin, putin + 14, "Vladimir Putin",
                    new Actor("RUSGOV", "Vladimir Putin"),
                    "office holder: " + (president ? "President" : "Prime Minister") + " of RUS"));
        }
        int officials = text.indexOf("Ukrainian officials");
        if (officials >= 0) {
            mentions.add(new Mention(0, 0, 2, 1, officials, officials + 19, "Ukrainian officials",
                    new Actor("UKRGOV", ""), "agent 'officials' + UKR in the text"));
        }
        int kremlin = text.indexOf("the Kremlin");
        if (kremlin >= 0) {
            mentions.add(new Mention(0, 3, 5, 4, kremlin, kremlin + 11, "the Kremlin",
                    new Actor("RUSGOV", "the Kremlin"), "seat of power"));
        }
        return new CodedArticle(article, mentions, List.of(), List.of(), List.of());
    }

    private Run run(String... args) {
        return Run.of(new ActorCommand(() -> this::fake, JUNE_FIRST), args);
    }

    private static JsonNode oneJsonDocument(String out) throws IOException {
        return JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(out);
    }

    @Test
    void printsTheMentionWithCodeNameAndEvidence() {
        Run r = run("Vladimir Putin", "--date", "2023-06-01");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("as of 2023-06-01\n"
                + "'Vladimir Putin' -> RUSGOV (Vladimir Putin): office holder: President of RUS\n");
        assertThat(r.err()).isEmpty();
        assertThat(coded).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Vladimir Putin");
            assertThat(a.published()).hasValueSatisfying(d -> assertThat(d).hasToString("2023-06-01"));
        });
    }

    @Test
    void theDateReachesTheCoder() {
        Run r = run("Vladimir Putin", "--date", "2009-06-01");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("as of 2009-06-01\n").contains("office holder: Prime Minister of RUS");
    }

    @Test
    void withoutADateItIsTodayAndSaysSo() {
        Run r = run("Vladimir Putin");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("as of 2023-06-01 (today; choose another day with --date)\n");
        assertThat(coded.get(0).published()).hasValueSatisfying(d -> assertThat(d).hasToString("2023-06-01"));
    }

    @Test
    void anActorWithoutANameIsPrintedWithoutParentheses() {
        Run r = run("Ukrainian officials", "--date", "2023-06-01");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("as of 2023-06-01\n"
                + "'Ukrainian officials' -> UKRGOV: agent 'officials' + UKR in the text\n");
    }

    @Test
    void nothingResolvedExitsOneWithANoActorLine() {
        Run r = run("Jane Doe", "--date", "2023-06-01");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("as of 2023-06-01\nno actor: 'Jane Doe'\n");
    }

    @Test
    void unresolvedPartsBesideAMentionAreListedWithoutConnectives() {
        Run r = run("Vladimir Putin and the Kremlin and Jane Doe", "--date", "2023-06-01");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("as of 2023-06-01\n"
                + "'Vladimir Putin' -> RUSGOV (Vladimir Putin): office holder: President of RUS\n"
                + "'the Kremlin' -> RUSGOV (the Kremlin): seat of power\n"
                + "no actor: 'Jane Doe'\n");
    }

    @Test
    void contextIsCodedAndOnlyMentionsOverlappingTheTextAreReported() {
        Run r = run("the kremlin", "--context", "Vladimir Putin said the Kremlin would reply.",
                "--date", "2023-06-01");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("as of 2023-06-01\n'the Kremlin' -> RUSGOV (the Kremlin): seat of power\n");
        assertThat(coded.get(0).text()).isEqualTo("Vladimir Putin said the Kremlin would reply.");
    }

    @Test
    void contextWithoutTheTextIsAUsageError() {
        Run r = run("Mariupol", "--context", "Vladimir Putin spoke.");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("parley: 'Mariupol' does not occur in the context: Vladimir Putin spoke.\n");
        assertThat(coded).isEmpty();
    }

    @Test
    void jsonIsOneArrayAndTheDefaultDateNoteGoesToStandardError() throws IOException {
        Run r = run("Vladimir Putin and Jane Doe", "--json");
        assertThat(r.exit()).isZero();
        JsonNode array = oneJsonDocument(r.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        JsonNode putin = array.get(0);
        assertThat(putin.get("text").asText()).isEqualTo("Vladimir Putin");
        assertThat(putin.get("code").asText()).isEqualTo("RUSGOV");
        assertThat(putin.get("name").asText()).isEqualTo("Vladimir Putin");
        assertThat(putin.get("evidence").asText()).isEqualTo("office holder: President of RUS");
        assertThat(putin.get("begin").asInt()).isZero();
        assertThat(putin.get("end").asInt()).isEqualTo(14);
        JsonNode doe = array.get(1);
        assertThat(doe.get("text").asText()).isEqualTo("Jane Doe");
        assertThat(doe.get("code").isNull()).isTrue();
        assertThat(r.err()).isEqualTo("parley: as of 2023-06-01 (today; choose another day with --date)\n");
    }

    @Test
    void jsonWithNothingResolvedExitsOne() throws IOException {
        Run r = run("Jane Doe", "--json", "--date", "2023-06-01");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(oneJsonDocument(r.out())).hasSize(1);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aPipelineThatCannotBeBuiltIsOneLineAndExitOne() {
        Run r = Run.of(new ActorCommand(() -> {
            throw new IllegalStateException("agents.tsv line 3: bad code");
        }, JUNE_FIRST), "Putin", "--date", "2023-06-01");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("parley: cannot load parley's knowledge tables: agents.tsv line 3: bad code\n");
    }

    @Test
    void badDateIsAUsageError() {
        Run r = run("Putin", "--date", "June");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("not a date (YYYY-MM-DD): June");
        assertThat(coded).isEmpty();
    }

    @Test
    void emptyTextIsRejected() {
        Run r = run("", "--date", "2023-06-01");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("parley: no actor text given\n");
        assertThat(coded).isEmpty();
    }

    @Test
    void registeredUnderMain() {
        assertThat(Main.commandLine().getSubcommands()).containsKey("actor");
    }

    @Test
    void randomTextNeverCrashes() {
        Random random = new Random(7);
        String alphabet = "ab '.,-\u00e9\u2019Kremlin";
        for (int i = 0; i < 200; i++) {
            StringBuilder s = new StringBuilder();
            int n = 1 + random.nextInt(20);
            for (int j = 0; j < n; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Run r = run(s.toString(), "--date", "2023-06-01");
            assertThat(r.exit()).as("exit for '%s'", s).isIn(0, 1, 2);
        }
    }
}
