package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.knowledge.Knowledge;
import picocli.CommandLine;

class DictionaryOptionsTest {
    private static final Path PHOENIX = Path.of("../../shared/data/phoenix-cameo-dictionaries");
    private static Knowledge builtIn;

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void loadTables() {
        builtIn = Knowledge.load();
    }

    private Knowledge apply(List<Path> actors, List<Path> agents, boolean replace) {
        return new DictionaryOptions(actors, agents, replace).apply(builtIn, new PrintWriter(err, true));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void noDictionariesLeaveTheTablesAlone() {
        assertThat(apply(List.of(), List.of(), true)).isSameAs(builtIn);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void readsLenientlyReportsProblemsAndSummarises() throws IOException {
        byte[] actors = ("GANDALF_THE_GREY_ [WIZ]\n+MITHRAN\u0000DIR_\nTHEODEN_KING_\n\t[ROHGOV 30190101-30190315]\n"
                + "\t[ROHELI]\nBROKEN_ [ROHGOV 3019-0101]\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBadByte = new byte[actors.length + 3];
        System.arraycopy(actors, 0, withBadByte, 0, actors.length);
        withBadByte[actors.length] = '#';
        withBadByte[actors.length + 1] = (byte) 0xFF;
        withBadByte[actors.length + 2] = '\n';
        Path actorFile = write("middle-earth.actors.txt", withBadByte);
        Path agentFile = write("middle-earth.agents.txt", "WIZARD [~WIZ]\nRANGER\n".getBytes(StandardCharsets.UTF_8));

        Knowledge merged = apply(List.of(actorFile), List.of(agentFile), false);

        assertThat(merged.namedActors().byName("Mithrandir").orElseThrow().code()).isEqualTo("WIZ");
        assertThat(merged.officeHolders().holding("Theoden King", LocalDate.of(3019, 2, 1)).orElseThrow().code())
                .isEqualTo("ROHGOV");
        assertThat(merged.officeHolders().holding("Theoden King", LocalDate.of(3019, 4, 1)).orElseThrow().code())
                .isEqualTo("ROHELI");
        assertThat(merged.agents().lookup("wizards").orElseThrow().agent()).isEqualTo("WIZ");
        assertThat(merged.agents().lookup("foreign minister")).isPresent();
        assertThat(err.toString().lines().toList()).containsExactly(
                "parley: " + actorFile + ":6: [ROHGOV 3019-0101]: date '3019' is neither YYMMDD nor YYYYMMDD; skipped",
                "parley: imported 2 actors, 0 agents from " + actorFile + " (1 lines skipped)",
                "parley: " + agentFile + ":2: agent 'RANGER' has no [code]; skipped",
                "parley: imported 0 actors, 2 agents from " + agentFile + " (1 lines skipped)");
    }

    @Test
    void verbDictionaryAddsPatternsAfterTheBuiltInOnes() throws IOException {
        Path verbFile = write("freeze.verbs.txt", ("---  FREEZE  [---]  ---\nFREEZE {FROZE}\n- * ASSET  [163]\n"
                + "- * RELATIONS  [160:160]\n- * POLICE (TO BORDER)  [153]\n- * AID [16x]\n---  MUMBLE [010] ---\n"
                + "MUMB\u0000LE\n").getBytes(StandardCharsets.UTF_8));

        Knowledge merged = new DictionaryOptions(List.of(), List.of(), List.of(verbFile), false)
                .apply(builtIn, new PrintWriter(err, true));

        assertThat(merged.patterns().verb("freeze", "relation").get(0).code().value()).isEqualTo("160");
        assertThat(merged.patterns().verb("freeze", "asset").get(0).code().value()).isEqualTo("163");
        assertThat(merged.patterns().verb("freeze").get(0)).isEqualTo(builtIn.patterns().verb("freeze").get(0));
        assertThat(merged.patterns().verb("mumble")).extracting(p -> p.code().value()).containsExactly("010");
        assertThat(merged.namedActors().all()).isEqualTo(builtIn.namedActors().all());
        assertThat(err.toString().lines().toList()).containsExactly(
                "parley: " + verbFile + ":6: [16x]: malformed CAMEO code: 16x; skipped",
                "parley: imported 3 verb patterns from " + verbFile + " (1 lines skipped)",
                "parley: " + verbFile + ": 1 patterns not imported: parley matches a verb with a particle,"
                        + " a preposition or one object, not longer contexts");
    }

    @Test
    void replaceBuiltInDropsTheBuiltInAgents() throws IOException {
        Path agentFile = write("a.agents.txt", "WIZARD [~WIZ]\n".getBytes(StandardCharsets.UTF_8));
        Knowledge replaced = apply(List.of(), List.of(agentFile), true);
        assertThat(replaced.agents().lookup("foreign minister")).isEmpty();
        assertThat(replaced.agents().lookup("wizard")).isPresent();
        assertThat(replaced.officeHolders().all()).isEqualTo(builtIn.officeHolders().all());
    }

    @Test
    void missingFileIsAnErrorNamingIt() {
        Path missing = dir.resolve("nope.actors.txt");
        assertThatThrownBy(() -> apply(List.of(missing), List.of(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot read dictionary " + missing + ": no such file");
    }

    @Test
    void commandsAcceptTheOptions() {
        for (Object command : List.of(new CodeCommand(), new IngestCommand(), new EvalCommand())) {
            CommandLine line = new CommandLine(command);
            assertThat(line.getCommandSpec().findOption("--actors")).isNotNull();
            assertThat(line.getCommandSpec().findOption("--agents")).isNotNull();
            assertThat(line.getCommandSpec().findOption("--replace-built-in")).isNotNull();
            assertThat(line.getCommandSpec().findOption("--verbs")).isNotNull();
        }
    }

    @Test
    void phoenixCountriesAddLeadersTheBuiltInsLack() {
        Path countries = PHOENIX.resolve("Phoenix.Countries.actors.txt");
        assumeTrue(Files.exists(countries), "shared/data not present");
        Knowledge merged = apply(List.of(countries), List.of(), false);
        assertThat(merged.officeHolders().holding("Mohammad Najibullah", LocalDate.of(1990, 1, 1)).orElseThrow()
                .code()).isEqualTo("AFGGOV");
        assertThat(err.toString()).contains("parley: imported 18350 actors, 0 agents from " + countries
                + " (8 lines skipped)");
    }
}
