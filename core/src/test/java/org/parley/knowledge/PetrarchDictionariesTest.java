package org.parley.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PetrarchDictionariesTest {
    private static final Path PHOENIX = Path.of("../../shared/data/phoenix-cameo-dictionaries");
    private static final Path VALIDATE = Path.of("../../shared/data/petrarch2-unittest/dictionaries");

    private static PetrarchDictionaries.ImportResult<PetrarchDictionaries.Actors> actors(String text) {
        return PetrarchDictionaries.readActors(new BufferedReader(new StringReader(text)), "test.actors");
    }

    private static PetrarchDictionaries.ImportResult<List<AgentNoun>> agents(String text) {
        return PetrarchDictionaries.readAgents(new BufferedReader(new StringReader(text)), "test.agents");
    }

    private static final String SNIPPET = String.join("\n",
            "# a comment line",
            "<!-- a comment",
            "   over two lines -->",
            "AFGHANISTAN_  [AFG]",
            "+AFGHAN_ ",
            "+KA\u0000BUL_  # NUL inside a name",
            "",
            "BARACK_OBAMA_  ; TABARI comment",
            "+OBAMA_",
            "+PRESIDENT_OBAMA_",
            "\t[USAELI 780101-090119]",
            "\t[USAGOV 20090120-170120]",
            "\t[USAELI]",
            "KOFI_ANNAN_\t[IGOUNO 970101-061231] [ELI]",
            "BAN_KI-MOON_",
            "\t[IGOUNO >20070101]",
            "\t[KORGOVBUS 2004017-20061201]",
            "\t[KORGOV <061231",
            "\t[KORGOV 19990101]",
            "+ORPHAN_",
            "UN_ [IGOUNO]",
            "U.N._",
            "UN_SECRETARY_GENERAL",
            "\t[IGOUNO]",
            "BOROMIR  [---]",
            "NOBODY_",
            "");

    @Test
    void snippetGivesNamedActorsAndDatedHolders() {
        var result = actors(SNIPPET);
        var entries = result.entries();
        NamedActors named = NamedActors.of(entries.namedActors());
        assertEquals("AFG", named.byName("Kabul").orElseThrow().code());
        assertEquals("AFG", named.byName("afghan").orElseThrow().code());
        assertEquals(NamedActor.Kind.IGO, named.byName("UN").orElseThrow().kind());
        assertEquals("IGOUNO", named.byName("U.N.").orElseThrow().code(), "name line before codes joins the block");
        assertEquals("IGOUNO", named.byName("UN Secretary General").orElseThrow().code());
        assertTrue(named.byName("Boromir").isEmpty(), "null code gives no row");

        OfficeHolders holders = OfficeHolders.of(entries.officeHolders());
        assertEquals("USAGOV", code(holders, "Barack Obama", "2010-05-01"));
        assertEquals("USAGOV", code(holders, "President Obama", "2017-01-20"), "end day is inclusive");
        assertEquals("USAELI", code(holders, "Obama", "2017-01-21"), "undated code fills the gaps");
        assertEquals("USAELI", code(holders, "Obama", "1990-01-01"));
        assertEquals("IGOUNO", code(holders, "Kofi Annan", "2000-01-01"));
        assertEquals("IGOUNO", code(holders, "Ban Ki-moon", "2010-01-01"));
        assertEquals("IGOUNO", holders.byName("Ban Ki Moon").get(0).country());
        assertEquals(PetrarchDictionaries.ROLE, holders.byName("Ban Ki Moon").get(0).role());
        assertTrue(holders.holding("Ban Ki-moon", LocalDate.parse("2005-01-01")).isEmpty(),
                "the malformed KORGOVBUS range was skipped");
        assertEquals(6, entries.actors());

        assertEquals(List.of(
                "test.actors:17: [KORGOVBUS 2004017-20061201]: date '2004017' is neither YYMMDD nor YYYYMMDD; skipped",
                "test.actors:18: missing ']' in '[KORGOV <061231'; skipped",
                "test.actors:19: [KORGOV 19990101]: cannot read date restriction '19990101'"
                        + " (expected <date, >date or date-date); skipped",
                "test.actors:26: actor 'Nobody' has no code; skipped"), result.problems());
    }

    @Test
    void synonymOrCodeWithoutActorIsReported() {
        var result = actors("+STRAY_\n\t[USA]\nFRANCE_ [FRA]\n");
        assertEquals(List.of("test.actors:1: synonym 'STRAY_' with no actor before it; skipped",
                "test.actors:2: code with no actor before it; skipped"), result.problems());
        assertEquals(1, result.entries().namedActors().size());
    }

    @Test
    void malformedCodeAndBackwardsRangeAreReported() {
        var result = actors("X_ [usa]\nY_\n\t[US1]\nZ_\n\t[USAGOV 100101-090101]\n\t[USA]\n");
        assertEquals("USA", result.entries().namedActors().get(0).code(), "lower-case codes are read upper case");
        assertEquals(2, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().get(0).startsWith("test.actors:3: malformed actor code 'US1'"));
        assertTrue(result.problems().get(1).startsWith("test.actors:5: [USAGOV 100101-090101]: range ends"));
    }

    @Test
    void agentsWithPluralsMarkersAndPrefixCodes() {
        var result = agents(String.join("\n",
                "!PERSON! = MAN, MEN, WOMAN, WOMEN",
                "PRESIDENT_ [~GOV] # comment",
                "POLICE {} [ ~COP]",
                "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]",
                "PARTY [~PTY]",
                "CONGRESS!PERSON! [~LEG]",
                "FOREIGN_!MINIST! [~GOV]",
                "HUMAN_RIGHTS_BODY  [NGO~]",
                "ISLAMIC_EXTREMIST",
                "PRESIDENT [~ELI]",
                "BAD_CODE [~GO]",
                ""));
        AgentNouns table = AgentNouns.of(result.entries());
        assertEquals(new AgentNoun("president", "GOV", AgentNoun.Kind.TITLE), table.lookup("President").orElseThrow());
        assertEquals(AgentNoun.Kind.GROUP, table.lookup("presidents").orElseThrow().kind());
        assertTrue(table.lookup("polices").isEmpty());
        assertEquals("JUD", table.lookup("attorneys general").orElseThrow().agent());
        assertEquals("PTY", table.lookup("parties").orElseThrow().agent());
        assertEquals("LEG", table.lookup("congresswomen").orElseThrow().agent());
        assertEquals("NGO", table.lookup("human rights bodies").orElseThrow().agent());
        assertEquals(List.of(
                "test.agents:7: substitution marker '!MINIST!' is not defined; skipped",
                "test.agents:9: agent 'ISLAMIC_EXTREMIST' has no [code]; skipped",
                "test.agents:11: malformed agent code '[~GO]'; skipped"), result.problems());
    }

    @Test
    void emptyAndRandomInputNeverThrow() {
        assertEquals(0, actors("").entries().actors());
        assertTrue(agents("").entries().isEmpty());
        Random random = new Random(7);
        String alphabet = "AB_+[]<>-0123456789 \t\n#;{}!~=\u0000";
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            actors(text.toString());
            agents(text.toString());
        }
    }

    @Test
    void mergeKeepsBuiltInsAndToleratesRepeats() {
        Knowledge builtIn = new Knowledge(Codebook.load(), Countries.load(),
                AgentNouns.of(List.of(new AgentNoun("president", "GOV", AgentNoun.Kind.TITLE))),
                NamedActors.of(List.of(new NamedActor("United Nations", List.of("UN"), "IGOUNO", NamedActor.Kind.IGO))),
                OfficeHolders.of(List.of(new OfficeHolder("Barack Obama", List.of("Obama"), "USA", "USAGOV",
                        "President", LocalDate.parse("2009-01-20"), LocalDate.parse("2017-01-20")))),
                EventPatterns.load(), Gazetteer.load());
        var imported = actors(SNIPPET + "\nUN_ [IGOUNO]\n+UNITED_NATIONS_ORG_\nAFGHANISTAN_ [AFG]\n").entries();
        var agentRows = agents("PRESIDENT [~ELI]\nPRESIDENT [~MIL]\nMINISTER [~GOV]\n").entries();

        Knowledge merged = builtIn.withImported(imported.namedActors(), imported.officeHolders(), agentRows, false);
        assertEquals("GOV", merged.agents().lookup("president").orElseThrow().agent(), "built-in wins");
        assertEquals("GOV", merged.agents().lookup("minister").orElseThrow().agent());
        assertEquals("United Nations", merged.namedActors().byName("UN").orElseThrow().name());
        assertEquals("IGOUNO", merged.namedActors().byName("United Nations Org").orElseThrow().code());
        assertEquals("President", merged.officeHolders().holding("Obama", LocalDate.parse("2012-01-01"))
                .orElseThrow().role(), "an imported person known to the built-ins is skipped");
        assertTrue(merged.officeHolders().holding("Obama", LocalDate.parse("2020-01-01")).isEmpty());
        assertEquals("IGOUNO", code(merged.officeHolders(), "Kofi Annan", "2000-01-01"));

        Knowledge replaced = builtIn.withImported(imported.namedActors(), imported.officeHolders(), agentRows, true);
        assertEquals("ELI", replaced.agents().lookup("president").orElseThrow().agent());
        assertEquals("USAELI", code(replaced.officeHolders(), "Obama", "2020-01-01"));
        assertEquals("UN", replaced.namedActors().byName("UN").orElseThrow().name());
        assertFalse(replaced.namedActors().byName("United Nations").isPresent());
    }

    @Test
    void realPhoenixAndValidationDictionaries() throws IOException {
        assumeTrue(Files.isDirectory(PHOENIX) && Files.isDirectory(VALIDATE), "shared/data not present");
        var countries = readActors(PHOENIX.resolve("Phoenix.Countries.actors.txt"));
        var international = readActors(PHOENIX.resolve("Phoenix.International.actors.txt"));
        var milNonState = readActors(PHOENIX.resolve("Phoenix.MilNonState.actors.txt"));
        var phoenixAgents = readAgents(PHOENIX.resolve("Phoenix.agents.txt"));
        var validateActors = readActors(VALIDATE.resolve("PETR.Validate.actors.txt"));
        var validateAgents = readAgents(VALIDATE.resolve("PETR.Validate.agents.txt"));

        assertEquals(18_350, countries.entries().actors());
        assertEquals(30_187, countries.entries().officeHolders().size());
        assertEquals(7_813, international.entries().actors());
        assertEquals(1_021, milNonState.entries().actors());
        assertEquals(120, validateActors.entries().actors());
        assertEquals(5_110, phoenixAgents.entries().size());
        assertEquals(165, validateAgents.entries().size());
        assertEquals(List.of(8, 26, 0, 7, 2, 0), List.of(countries.problems().size(),
                international.problems().size(), milNonState.problems().size(), validateActors.problems().size(),
                phoenixAgents.problems().size(), validateAgents.problems().size()));
        assertTrue(countries.problems().contains("Phoenix.Countries.actors.txt:22509: [IRQOCC 1920030320-20060520]:"
                + " date '1920030320' is neither YYMMDD nor YYYYMMDD; skipped"), countries.problems().toString());
        assertTrue(phoenixAgents.problems().contains("Phoenix.agents.txt:544: missing ']'; skipped"));

        OfficeHolders holders = OfficeHolders.of(countries.entries().officeHolders());
        assertEquals("USAGOV", code(holders, "Barack Obama", "2012-06-01"));
        assertEquals("USAELI", code(holders, "Barack Obama", "1990-06-01"));
        assertEquals("none", code(holders, "Barack Obama", "2005-06-01"), "no code between his two ranges");
        assertEquals("AFGGOV", code(holders, "Hamid Karzai", "2005-01-01"));
        assertEquals("IGOUNO", NamedActors.ofMerged(List.of(), international.entries().namedActors())
                .byName("UN").orElseThrow().code());
        AgentNouns agentTable = AgentNouns.of(phoenixAgents.entries());
        assertEquals("GOV", agentTable.lookup("foreign minister").orElseThrow().agent());
        assertEquals("GOV", agentTable.lookup("foreign ministries").orElseThrow().agent());

        Knowledge merged = Knowledge.load().withImported(countries.entries().namedActors(),
                countries.entries().officeHolders(), phoenixAgents.entries(), false);
        assertTrue(merged.officeHolders().all().size() > Knowledge.load().officeHolders().all().size());
    }

    private static String code(OfficeHolders holders, String name, String date) {
        Optional<OfficeHolder> held = holders.holding(name, LocalDate.parse(date));
        return held.map(OfficeHolder::code).orElse("none");
    }

    private static PetrarchDictionaries.ImportResult<PetrarchDictionaries.Actors> readActors(Path file)
            throws IOException {
        try (BufferedReader in = lenient(file)) {
            return PetrarchDictionaries.readActors(in, file.getFileName().toString());
        }
    }

    private static PetrarchDictionaries.ImportResult<List<AgentNoun>> readAgents(Path file) throws IOException {
        try (BufferedReader in = lenient(file)) {
            return PetrarchDictionaries.readAgents(in, file.getFileName().toString());
        }
    }

    private static BufferedReader lenient(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
    }
}
