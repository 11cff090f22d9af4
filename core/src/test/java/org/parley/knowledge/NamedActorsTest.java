package org.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NamedActorsTest {
    private static final NamedActors ACTORS = NamedActors.load();

    private String code(String phrase) {
        return ACTORS.byName(phrase).map(NamedActor::code).orElse("none");
    }

    @Test
    void seatsOfPowerAreGovernments() {
        assertThat(code("the Kremlin")).isEqualTo("RUSGOV");
        assertThat(code("The Kremlin")).isEqualTo("RUSGOV");
        assertThat(code("Kremlin")).isEqualTo("RUSGOV");
        assertThat(code("White House")).isEqualTo("USAGOV");
        assertThat(code("the Pentagon")).isEqualTo("USAMIL");
        assertThat(code("Downing Street")).isEqualTo("GBRGOV");
        assertThat(code("Elysee")).isEqualTo("FRAGOV");
        assertThat(code("Élysée")).isEqualTo("FRAGOV");
        assertThat(ACTORS.byName("the Kremlin").map(NamedActor::kind)).contains(NamedActor.Kind.SEAT);
    }

    @Test
    void organisationsHaveIgoCodes() {
        assertThat(code("United Nations")).isEqualTo("IGOUNO");
        assertThat(code("UN Security Council")).isEqualTo("IGOUNO");
        assertThat(code("SECURITY COUNCIL")).isEqualTo("IGOUNO");
        assertThat(code("NATO")).isEqualTo("IGONATO");
        assertThat(code("Nato")).isEqualTo("IGONATO");
        assertThat(code("G20")).isEqualTo("IGOG20");
        assertThat(code("The European Union")).isEqualTo("IGOEU");
        assertThat(code("International Criminal Court")).isEqualTo("IGOICC");
        assertThat(code("UN nuclear watchdog")).isEqualTo("IGOIAEA");
        assertThat(code("CSTO")).isEqualTo("IGOCSTO");
        assertThat(code("ECOWAS")).isEqualTo("IGOECOWAS");
        assertThat(code("African Union")).isEqualTo("IGOAU");
        assertThat(ACTORS.all().stream().filter(a -> a.kind() == NamedActor.Kind.IGO).count())
                .isGreaterThanOrEqualTo(40);
    }

    @Test
    void shortAcronymsMatchOnlyInCapitals() {
        assertThat(code("WHO")).isEqualTo("IGOWHO");
        assertThat(ACTORS.byName("who")).isEmpty();
        assertThat(ACTORS.byName("Who")).isEmpty();
        assertThat(ACTORS.byName("un")).isEmpty();
        assertThat(code("World Health Organization")).isEqualTo("IGOWHO");
    }

    @Test
    void armedGroupsAndAgencies() {
        assertThat(code("Hamas")).isEqualTo("PSEREB");
        assertThat(code("the Houthis")).isEqualTo("YEMREB");
        assertThat(code("Houthi")).isEqualTo("YEMREB");
        assertThat(code("Ansar Allah")).isEqualTo("YEMREB");
        assertThat(code("Hezbollah")).isEqualTo("LBNREB");
        assertThat(code("Boko Haram")).isEqualTo("NGAREB");
        assertThat(code("Rapid Support Forces")).isEqualTo("SDNREB");
        assertThat(code("FSB")).isEqualTo("RUSSPY");
        assertThat(code("CIA")).isEqualTo("USASPY");
        assertThat(code("Revolutionary Guards")).isEqualTo("IRNMIL");
        assertThat(code("Royal Air Force")).isEqualTo("GBRMIL");
        assertThat(code("Knesset")).isEqualTo("ISRLEG");
        assertThat(code("KCNA")).isEqualTo("PRKMED");
    }

    @Test
    void maxWordsCoversTheLongestName() {
        assertThat(ACTORS.maxWords()).isGreaterThanOrEqualTo(
                "Organization for Security and Co-operation in Europe".split("[ -]").length);
    }

    @Test
    void emptyAndUnknownInputFindNothing() {
        assertThat(ACTORS.byName("")).isEmpty();
        assertThat(ACTORS.byName("the")).isEmpty();
        assertThat(ACTORS.byName("the ")).isEmpty();
        assertThat(ACTORS.byName("Atlantis Defence League")).isEmpty();
    }

    @Test
    void randomInputNeverThrows() {
        Random random = new Random(7);
        for (int i = 0; i < 1000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                s.append((char) (' ' + random.nextInt(300)));
            }
            ACTORS.byName(s.toString());
        }
        assertThat(ACTORS.byName("QQQQ")).isEmpty();
    }

    @Test
    void aNameGivenToTwoActorsIsRejected() {
        NamedActor a = new NamedActor("Alpha Front", List.of("AF"), "XXXREB", NamedActor.Kind.GROUP);
        NamedActor b = new NamedActor("Alpha Force", List.of("AF"), "YYYMIL", NamedActor.Kind.AGENCY);
        assertThatThrownBy(() -> NamedActors.of(List.of(a, b))).hasMessageContaining("AF");
        assertThatThrownBy(() -> new NamedActor("X", List.of(), "usa", NamedActor.Kind.SEAT))
                .hasMessageContaining("usa");
    }

    @Test
    void partiesLegislaturesGroupsAndUniversities() {
        assertThat(ACTORS.byName("BJP")).hasValueSatisfying(a -> {
            assertThat(a.code()).isEqualTo("INDPTY");
            assertThat(a.kind()).isEqualTo(NamedActor.Kind.PARTY);
        });
        assertThat(ACTORS.byName("Congress Party").map(NamedActor::code)).contains("INDPTY");
        assertThat(ACTORS.byName("Congress").map(NamedActor::code)).contains("USALEG");
        assertThat(ACTORS.byName("the Republican Party").map(NamedActor::code)).contains("USAPTY");
        assertThat(ACTORS.byName("Likud").map(NamedActor::code)).contains("ISRPTY");
        assertThat(ACTORS.byName("AfD").map(NamedActor::code)).contains("DEUPTY");
        assertThat(ACTORS.byName("Morena").map(NamedActor::code)).contains("MEXPTY");
        assertThat(ACTORS.byName("Riigikogu").map(NamedActor::code)).contains("ESTLEG");
        assertThat(ACTORS.byName("Sejm").map(NamedActor::code)).contains("POLLEG");
        assertThat(ACTORS.byName("Zetas cartel").map(NamedActor::code)).contains("MEXCRM");
        assertThat(ACTORS.byName("Los Zetas").map(NamedActor::code)).contains("MEXCRM");
        assertThat(ACTORS.byName("Ahlu Sunnah Wal Jama'a").map(NamedActor::code)).contains("SOMREB");
        assertThat(ACTORS.byName("DfID").map(NamedActor::code)).contains("GBRGOV");
        assertThat(ACTORS.byName("Harvard")).hasValueSatisfying(a -> {
            assertThat(a.code()).isEqualTo("USAEDU");
            assertThat(a.kind()).isEqualTo(NamedActor.Kind.UNIVERSITY);
        });
        assertThat(ACTORS.byName("MIT").map(NamedActor::code)).contains("USAEDU");
        assertThat(ACTORS.byName("mit")).isEmpty();
        assertThat(ACTORS.byName("University of St Andrews").map(NamedActor::code)).contains("GBREDU");
        assertThat(ACTORS.byName("Tsinghua University").map(NamedActor::code)).contains("CHNEDU");
        assertThat(ACTORS.byName("National Guard")).isEmpty();
    }
}
