package org.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.model.CameoCode;
import org.parley.model.QuadClass;

class CodebookTest {
    private static final Codebook CODEBOOK = Codebook.load();

    @Test
    void loadsEveryCodeInCodeOrder() {
        List<CodebookEntry> all = CODEBOOK.all();
        assertThat(all).hasSize(312);
        assertThat(all.stream().filter(e -> e.code().value().length() == 2)).hasSize(20);
        assertThat(all.get(0).code().value()).isEqualTo("01");
        assertThat(all.get(1).code().value()).isEqualTo("010");
        assertThat(all.get(all.size() - 1).code().value()).isEqualTo("2042");
        assertThat(all).isSortedAccordingTo((a, b) -> a.code().compareTo(b.code()));
    }

    @Test
    void makeAVisit() {
        CodebookEntry visit = CODEBOOK.require("042");
        assertThat(visit.name()).isEqualTo("Make a visit");
        assertThat(visit.goldstein()).isEqualTo(1.9);
        assertThat(visit.quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
        assertThat(visit.ploverType()).isEqualTo("CONSULT");
        assertThat(visit.ploverMode()).isEqualTo("visit");
        assertThat(visit.plover()).isEqualTo("CONSULT/visit");
    }

    @Test
    void rootsAreTitleCasedAndClassedByParleysConvention() {
        assertThat(CODEBOOK.require("04").name()).isEqualTo("Consult");
        assertThat(CODEBOOK.require("04").plover()).isEqualTo("CONSULT");
        assertThat(CODEBOOK.require("09").quadClass()).isEqualTo(QuadClass.VERBAL_CONFLICT);
        assertThat(CODEBOOK.require("14").quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
        assertThat(CODEBOOK.require("190").quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
        assertThat(CODEBOOK.require("190").goldstein()).isEqualTo(-10.0);
        assertThat(CODEBOOK.require("08").plover()).isEqualTo("CONCEDE");
        assertThat(CODEBOOK.require("175").plover()).isEqualTo("ASSAULT/pro_autocracy");
    }

    @Test
    void goldsteinIsGdeltsExceptWhereOnlyIcewsHasOne() {
        assertThat(CODEBOOK.require("016").goldstein()).isEqualTo(-2.0);
        assertThat(CODEBOOK.require("164").goldstein()).isEqualTo(-7.0);
        assertThat(CODEBOOK.require("1213").goldstein()).isEqualTo(-4.0);
        assertThat(CODEBOOK.require("1213").name()).isEqualTo("Reject judicial cooperation");
    }

    @Test
    void statementsAndAppealsHaveNoPlover() {
        List<CodebookEntry> noPlover = CODEBOOK.all().stream()
                .filter(e -> e.code().root().equals("01") || e.code().root().equals("02")).toList();
        assertThat(noPlover).hasSize(39);
        assertThat(noPlover).allSatisfy(e -> {
            assertThat(e.plover()).isEmpty();
            assertThat(CODEBOOK.ploverFor(e.code())).isEmpty();
        });
        assertThat(CODEBOOK.all().stream().filter(e -> e.plover().isEmpty())).hasSize(39);
    }

    @Test
    void ploverForPrefersTheCodesOwnMappingThenItsParents() {
        assertThat(CODEBOOK.ploverFor(CameoCode.of("0871"))).isEqualTo("RETREAT/ceasefire");
        assertThat(CODEBOOK.ploverFor(CameoCode.of("087"))).isEqualTo("RETREAT/disarm");
        assertThat(CODEBOOK.ploverFor(CameoCode.of("1823"))).isEqualTo("ASSAULT");
        assertThat(CODEBOOK.ploverFor(CameoCode.of("0879"))).isEqualTo("RETREAT/disarm");
        assertThat(CODEBOOK.ploverFor(CameoCode.of("0999"))).isEmpty();

        Codebook handMade = Codebook.of(List.of(
                new CodebookEntry(CameoCode.of("087"), "De-escalate", 9.0, QuadClass.MATERIAL_COOPERATION,
                        "RETREAT", "disarm"),
                new CodebookEntry(CameoCode.of("0871"), "Declare truce", 9.0, QuadClass.MATERIAL_COOPERATION,
                        "", "")));
        assertThat(handMade.entry(CameoCode.of("0871")).orElseThrow().plover()).isEmpty();
        assertThat(handMade.ploverFor(CameoCode.of("0871"))).isEqualTo("RETREAT/disarm");
    }

    @Test
    void childrenAreTheNextLevelDown() {
        assertThat(CODEBOOK.children(CameoCode.of("04")))
                .extracting(e -> e.code().value())
                .containsExactly("040", "041", "042", "043", "044", "045", "046");
        assertThat(CODEBOOK.children(CameoCode.of("087")))
                .extracting(e -> e.code().value())
                .containsExactly("0871", "0872", "0873", "0874");
        assertThat(CODEBOOK.children(CameoCode.of("0871"))).isEmpty();
    }

    @Test
    void unknownCodesAreEmptyOrThrowNamingTheCode() {
        assertThat(CODEBOOK.entry(CameoCode.of("0999"))).isEmpty();
        assertThatThrownBy(() -> CODEBOOK.require("0999"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0999");
        assertThatThrownBy(() -> CODEBOOK.require("x42"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x42");
    }

    @Test
    void entriesRejectBadValues() {
        assertThatThrownBy(() -> new CodebookEntry(CameoCode.of("042"), "Make a visit", 11.0,
                QuadClass.VERBAL_COOPERATION, "CONSULT", "visit")).hasMessageContaining("11.0");
        assertThatThrownBy(() -> new CodebookEntry(CameoCode.of("042"), "Make a visit", 1.9,
                QuadClass.MATERIAL_CONFLICT, "CONSULT", "visit")).hasMessageContaining("042");
        assertThatThrownBy(() -> new CodebookEntry(CameoCode.of("042"), "Make a visit", 1.9,
                QuadClass.VERBAL_COOPERATION, "", "visit")).hasMessageContaining("visit");
    }

    @Test
    void randomInputNeverThrowsFromEntry() {
        Random random = new Random(42);
        for (int i = 0; i < 1000; i++) {
            int length = 2 + random.nextInt(3);
            StringBuilder code = new StringBuilder(String.format("%02d", 1 + random.nextInt(20)));
            while (code.length() < length) {
                code.append(random.nextInt(10));
            }
            CameoCode c = CameoCode.of(code.toString());
            CODEBOOK.entry(c).ifPresent(e -> assertThat(e.code()).isEqualTo(c));
            assertThat(CODEBOOK.ploverFor(c)).isNotNull();
        }
    }

    @Test
    void ploverContextsComeFromTheMappingThenTheIssues() {
        Codebook codebook = Codebook.load();
        assertThat(codebook.ploverContextsFor(CameoCode.of("190"))).containsExactly("military");
        assertThat(codebook.ploverContextsFor(CameoCode.of("0312"))).containsExactly("military");
        assertThat(codebook.ploverContextsFor(CameoCode.of("042"))).isEmpty();
        assertThat(PloverContexts.bundled().of(codebook, CameoCode.of("190"), List.of("ARMED_CONFLICT", "TERRORISM")))
                .containsExactly("military", "terrorism");
        assertThat(PloverContexts.bundled().of(codebook, CameoCode.of("042"), List.of("DIPLOMATIC_RELATIONS", "NONE")))
                .containsExactly("diplomatic");
    }
}
