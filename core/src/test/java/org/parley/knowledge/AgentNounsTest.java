package org.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AgentNounsTest {
    private static final AgentNouns NOUNS = AgentNouns.load();

    @Test
    void titlesGroupsAndBodiesResolveToTheirAgents() {
        assertThat(NOUNS.lookup("foreign minister")).contains(new AgentNoun("foreign minister", "GOV", AgentNoun.Kind.TITLE));
        assertThat(NOUNS.lookup("troops")).hasValueSatisfying(n -> {
            assertThat(n.agent()).isEqualTo("MIL");
            assertThat(n.kind()).isEqualTo(AgentNoun.Kind.GROUP);
        });
        assertThat(NOUNS.lookup("security forces").map(AgentNoun::agent)).contains("COP");
        assertThat(NOUNS.lookup("protesters").map(AgentNoun::agent)).contains("OPP");
        assertThat(NOUNS.lookup("warplanes").map(AgentNoun::agent)).contains("MIL");
        assertThat(NOUNS.lookup("missiles").map(AgentNoun::agent)).contains("MIL");
        assertThat(NOUNS.lookup("gunmen").map(AgentNoun::agent)).contains("UAF");
        assertThat(NOUNS.lookup("separatists").map(AgentNoun::agent)).contains("SEP");
        assertThat(NOUNS.lookup("former president").map(AgentNoun::agent)).contains("ELI");
        assertThat(NOUNS.lookup("supreme court")).contains(new AgentNoun("supreme court", "JUD", AgentNoun.Kind.BODY));
    }

    @Test
    void britishAndAmericanSpellingsAgree() {
        assertThat(NOUNS.lookup("defence ministry").map(AgentNoun::agent)).contains("GOVMIL");
        assertThat(NOUNS.lookup("defense ministry").map(AgentNoun::agent)).contains("GOVMIL");
        assertThat(NOUNS.lookup("defence minister")).isEqualTo(
                NOUNS.lookup("defense minister").map(n -> new AgentNoun("defence minister", n.agent(), n.kind())));
    }

    @Test
    void lookupIgnoresCaseAndExtraWhitespace() {
        assertThat(NOUNS.lookup("  Prime   MINISTER ").map(AgentNoun::phrase)).contains("prime minister");
    }

    @Test
    void coversEveryRequiredAgentCode() {
        Set<String> agents = NOUNS.all().stream().map(AgentNoun::agent).collect(Collectors.toSet());
        assertThat(agents).contains("GOV", "MIL", "OPP", "REB", "COP", "JUD", "LEG", "MED", "BUS", "NGO", "CVL",
                "SPY", "PTY", "ELI", "SEP", "UAF");
        assertThat(NOUNS.all()).hasSizeGreaterThan(300);
        assertThat(NOUNS.maxWords()).isEqualTo(NOUNS.all().stream()
                .mapToInt(n -> n.phrase().split(" ").length).max().orElseThrow());
    }

    @Test
    void emptyAndUnknownInputFindNothing() {
        assertThat(NOUNS.lookup("")).isEmpty();
        assertThat(NOUNS.lookup("   ")).isEmpty();
        assertThat(NOUNS.lookup("xylophone")).isEmpty();
    }

    @Test
    void randomInputNeverThrows() {
        Random random = new Random(42);
        for (int i = 0; i < 1000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(20);
            for (int j = 0; j < length; j++) {
                s.append((char) (' ' + random.nextInt(95)));
            }
            NOUNS.lookup(s.toString());
        }
        assertThat(NOUNS.lookup("zq zq zq")).isEmpty();
    }

    @Test
    void recordsRejectMalformedRowsAndDuplicates() {
        assertThatThrownBy(() -> new AgentNoun("Troops", "MIL", AgentNoun.Kind.GROUP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Troops");
        assertThatThrownBy(() -> new AgentNoun("troops", "MI", AgentNoun.Kind.GROUP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MI");
        AgentNoun troops = new AgentNoun("troops", "MIL", AgentNoun.Kind.GROUP);
        assertThatThrownBy(() -> AgentNouns.of(List.of(troops, troops)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("troops");
    }

    @Test
    void agricultureLawyersInspectorsAndRegionalLeaders() {
        assertThat(NOUNS.lookup("farmer").map(AgentNoun::agent)).contains("AGR");
        assertThat(NOUNS.lookup("farmers").map(AgentNoun::agent)).contains("AGR");
        assertThat(NOUNS.lookup("agricultural workers").map(AgentNoun::agent)).contains("AGR");
        assertThat(NOUNS.lookup("attorney").map(AgentNoun::agent)).contains("JUD");
        assertThat(NOUNS.lookup("lawyers").map(AgentNoun::agent)).contains("JUD");
        assertThat(NOUNS.lookup("inspectors").map(AgentNoun::agent)).contains("GOV");
        assertThat(NOUNS.lookup("immigration inspector").map(AgentNoun::agent)).contains("COP");
        assertThat(NOUNS.lookup("immigration officer").map(AgentNoun::agent)).contains("COP");
        assertThat(NOUNS.lookup("displaced").map(AgentNoun::agent)).contains("REF");
        assertThat(NOUNS.lookup("gunmen").map(AgentNoun::agent)).contains("UAF");
        assertThat(NOUNS.lookup("rebel fighters").map(AgentNoun::agent)).contains("REB");
        assertThat(NOUNS.lookup("ombudsman").map(AgentNoun::agent)).contains("GOV");
        assertThat(NOUNS.lookup("news agency").map(AgentNoun::agent)).contains("MED");
        assertThat(NOUNS.lookup("state news agency").map(AgentNoun::agent)).contains("MED");
        assertThat(NOUNS.lookup("chief minister")).contains(new AgentNoun("chief minister", "GOV", AgentNoun.Kind.TITLE));
        assertThat(NOUNS.lookup("governor").map(AgentNoun::agent)).contains("GOV");
        assertThat(NOUNS.lookup("official").map(AgentNoun::agent)).contains("GOV");
    }
}
