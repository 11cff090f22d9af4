package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.knowledge.Knowledge;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.Mention;
import org.parley.model.Modality;
import org.parley.model.ParsedArticle;
import org.parley.model.QuadClass;
import org.parley.testing.Parses;
import org.parley.testing.RandomParses;

/**
 * The event stage on hand-made parses (rows copied from CoreNLP's lean parse) and hand-made mentions.
 * Articles are dated Wednesday 2023-06-21 unless a test says otherwise.
 */
class EventCoderTest {
    private static final Knowledge KNOWLEDGE = Knowledge.load();
    private static final EventCoder CODER = new EventCoder(KNOWLEDGE);
    private static final String WEDNESDAY = "2023-06-21";

    private static Mention m(ParsedArticle pa, int token, String code) {
        return Parses.mention(pa, 0, token, code);
    }

    /** "Russia VERBED Ukraine." with Russia at 0, the verb at 1, Ukraine at 2, and any further rows. */
    private static ParsedArticle russiaUkraine(String text, String... rows) {
        return Parses.article(WEDNESDAY, text, rows);
    }

    private static List<Event> code(ParsedArticle pa, Mention... mentions) {
        return CODER.code(pa, List.of(mentions));
    }

    @Test
    void activeVerbCodesSubjectToObject() {
        ParsedArticle pa = russiaUkraine("Russia criticized Ukraine.",
                "0 Russia Russia NNP LOCATION 1 nsubj",
                "1 criticized criticize VBD O -1 root",
                "2 Ukraine Ukraine NNP LOCATION 1 obj",
                "3 . . . O 1 punct");
        List<Event> events = code(pa, m(pa, 0, "RUS"), m(pa, 2, "UKR"));
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.source().code()).isEqualTo("RUS");
        assertThat(e.target().code()).isEqualTo("UKR");
        assertThat(e.code().value()).isEqualTo("111");
        assertThat(e.quadClass()).isEqualTo(QuadClass.VERBAL_CONFLICT);
        assertThat(e.goldstein()).isEqualTo(-2.0);
        assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(e.date()).contains(EventDate.ofDay(LocalDate.parse(WEDNESDAY)));
        assertThat(e.trigger()).isEqualTo("criticized");
        assertThat(e.evidence()).isEqualTo("Russia criticized Ukraine.");
        assertThat(e.start()).isZero();
        assertThat(e.end()).isEqualTo(pa.article().text().length());
    }

    @Test
    void passiveTakesTheByAgentAsSource() {
        ParsedArticle pa = russiaUkraine("Ukraine was attacked by Russia.",
                "0 Ukraine Ukraine NNP LOCATION 2 nsubj:pass",
                "1 was be VBD O 2 aux:pass",
                "2 attacked attack VBN O -1 root",
                "3 by by IN O 4 case",
                "4 Russia Russia NNP LOCATION 2 obl",
                "5 . . . O 2 punct");
        List<Event> events = code(pa, m(pa, 0, "UKR"), m(pa, 4, "RUS"));
        assertThat(events).extracting(Event::dyad, e -> e.code().value(), Event::quadClass)
                .containsExactly(tuple("RUS-UKR", "190", QuadClass.MATERIAL_CONFLICT));
    }

    @Test
    void coordinatedSubjectOfASymmetricVerbGivesBothDirections() {
        ParsedArticle pa = russiaUkraine("Iran and Iraq met.",
                "0 Iran Iran NNP LOCATION 3 nsubj",
                "1 and and CC O 2 cc",
                "2 Iraq Iraq NNP LOCATION 0 conj",
                "3 met meet VBD O -1 root",
                "4 . . . O 3 punct");
        List<Event> events = code(pa, m(pa, 0, "IRN"), m(pa, 2, "IRQ"));
        assertThat(events).extracting(Event::dyad, e -> e.code().value())
                .containsExactlyInAnyOrder(tuple("IRN-IRQ", "040"), tuple("IRQ-IRN", "040"));
    }

    @Test
    void coordinatedObjectsGiveOneEventEach() {
        ParsedArticle pa = russiaUkraine("Russia attacked Ukraine and Georgia.",
                "0 Russia Russia NNP LOCATION 1 nsubj",
                "1 attacked attack VBD O -1 root",
                "2 Ukraine Ukraine NNP LOCATION 1 obj",
                "3 and and CC O 4 cc",
                "4 Georgia Georgia NNP LOCATION 2 conj",
                "5 . . . O 1 punct");
        List<Event> events = code(pa, m(pa, 0, "RUS"), m(pa, 2, "UKR"), m(pa, 4, "GEO"));
        assertThat(events).extracting(Event::dyad, e -> e.code().value())
                .containsExactly(tuple("RUS-UKR", "190"), tuple("RUS-GEO", "190"));
    }

    @Test
    void lightVerbTakesTheCodeOfItsEventNoun() {
        ParsedArticle pa = russiaUkraine("Russia held talks with China.",
                "0 Russia Russia NNP LOCATION 1 nsubj",
                "1 held hold VBD O -1 root",
                "2 talks talk NNS O 1 obj",
                "3 with with IN O 4 case",
                "4 China China NNP LOCATION 2 nmod",
                "5 . . . O 1 punct");
        List<Event> events = code(pa, m(pa, 0, "RUS"), m(pa, 4, "CHN"));
        assertThat(events).extracting(Event::dyad, e -> e.code().value(), Event::trigger)
                .contains(tuple("RUS-CHN", "046", "held talks"));
        assertThat(events).extracting(e -> e.code().value()).doesNotContain("040");
    }

    @Test
    void controlVerbTurnsTheComplementIntoAnIntent() {
        ParsedArticle pa = russiaUkraine("The United States agreed to aid Ukraine.",
                "0 The the DT O 2 det",
                "1 United United NNP LOCATION 2 compound",
                "2 States States NNPS LOCATION 3 nsubj",
                "3 agreed agree VBD O -1 root",
                "4 to to TO O 5 mark",
                "5 aid aid VB O 3 xcomp",
                "6 Ukraine Ukraine NNP LOCATION 5 obj",
                "7 . . . O 3 punct");
        List<Event> events = code(pa, Parses.mention(pa, 0, 0, 3, 2, "USA"), m(pa, 6, "UKR"));
        assertThat(events).extracting(Event::dyad, e -> e.code().value())
                .containsExactly(tuple("USA-UKR", "033"));
        assertThat(events.get(0).modality().happened()).isTrue();
    }

    @Test
    void controlOverALightVerbIntendsItsEventNoun() {
        ParsedArticle pa = russiaUkraine("Russia agreed to resume talks with Ukraine.",
                "0 Russia Russia NNP LOCATION 1 nsubj",
                "1 agreed agree VBD O -1 root",
                "2 to to TO O 3 mark",
                "3 resume resume VB O 1 xcomp",
                "4 talks talk NNS O 3 obj",
                "5 with with IN O 6 case",
                "6 Ukraine Ukraine NNP LOCATION 4 nmod",
                "7 . . . O 1 punct");
        List<Event> events = code(pa, m(pa, 0, "RUS"), m(pa, 6, "UKR"));
        assertThat(events).extracting(Event::dyad, e -> e.code().value()).contains(tuple("RUS-UKR", "036"));
    }

    @Test
    void refusalTurnsTheComplementIntoARejection() {
        ParsedArticle pa = russiaUkraine("Russia refused to meet Ukraine.",
                "0 Russia Russia NNP LOCATION 1 nsubj",
                "1 refused refuse VBD O -1 root",
                "2 to to TO O 3 mark",
                "3 meet meet VB O 1 xcomp",
                "4 Ukraine Ukraine NNP LOCATION 3 obj",
                "5 . . . O 1 punct");
        List<Event> events = code(pa, m(pa, 0, "RUS"), m(pa, 4, "UKR"));
        assertThat(events).extracting(Event::dyad, e -> e.code().value(), Event::modality)
                .containsExactly(tuple("RUS-UKR", "125", Modality.ASSERTED));
    }

    @Test
    void refusalToSignATreatyWithSomeone() {
        ParsedArticle pa = russiaUkraine("Russia refused to sign the treaty with Ukraine.",
                "0 Russia Russia NNP LOCATION 1 nsubj",
                "1 refused refuse VBD O -1 root",
                "2 to to TO O 3 mark",
                "3 sign sign VB O 1 xcomp",
                "4 the the DT O 5 det",
                "5 treaty treaty NN O 3 obj",
                "6 with with IN O 7 case",
                "7 Ukraine Ukraine NNP LOCATION 5 nmod",
                "8 . . . O 1 punct");
        List<Event> events = code(pa, m(pa, 0, "RUS"), m(pa, 7, "UKR"));
        assertThat(events).extracting(Event::dyad, e -> e.code().value()).containsExactly(tuple("RUS-UKR", "127"));
    }

    @Test
    void negatedEventIsKeptButDidNotHappen() {
        ParsedArticle pa = russiaUkraine("Russia did not meet Ukraine.",
                "0 Russia Russia NNP LOCATION 3 nsubj",
                "1 did do VBD O 3 aux",
                "2 not not RB O 3 advmod",
                "3 meet meet VB O -1 root",
                "4 Ukraine Ukraine NNP LOCATION 3 obj",
                "5 . . . O 3 punct");
        List<Event> events = code(pa, m(pa, 0, "RUS"), m(pa, 4, "UKR"));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).code().value()).isEqualTo("040");
        assertThat(events.get(0).modality()).isEqualTo(Modality.NEGATED);
        assertThat(events.get(0).modality().happened()).isFalse();
    }

    @Test
    void modalAuxiliaryMakesItHypothetical() {
        ParsedArticle pa = russiaUkraine("Russia could meet Ukraine.",
                "0 Russia Russia NNP LOCATION 2 nsubj",
                "1 could could MD O 2 aux",
                "2 meet meet VB O -1 root",
                "3 Ukraine Ukraine NNP LOCATION 2 obj",
                "4 . . . O 2 punct");
        List<Event> events = code(pa, m(pa, 0, "RUS"), m(pa, 3, "UKR"));
        assertThat(events).extracting(Event::modality).containsExactly(Modality.HYPOTHETICAL);
        assertThat(events.get(0).modality().happened()).isFalse();
    }

    @Test
    void futureActIsAnIntent() {
        ParsedArticle pa = russiaUkraine("The United States will donate weapons to Ukraine.",
                "0 The the DT O 2 det",
                "1 United United NNP LOCATION 2 compound",
                "2 States States NNP LOCATION 4 nsubj",
                "3 will will MD O 4 aux",
                "4 donate donate VB O -1 root",
                "5 weapons weapon NNS O 4 obj",
                "6 to to IN O 7 case",
                "7 Ukraine Ukraine NNP LOCATION 4 obl",
                "8 . . . O 4 punct");
        List<Event> events = code(pa, Parses.mention(pa, 0, 0, 3, 2, "USA"), m(pa, 7, "UKR"));
        assertThat(events).extracting(Event::dyad, e -> e.code().value(), Event::modality)
                .containsExactly(tuple("USA-UKR", "033", Modality.INTENDED));
        assertThat(events.get(0).modality().happened()).isTrue();
    }

    @Test
    void negatedFutureIsARefusal() {
        ParsedArticle pa = russiaUkraine("Russia will not meet Ukraine.",
                "0 Russia Russia NNP LOCATION 3 nsubj",
                "1 will will MD O 3 aux",
                "2 not not RB O 3 advmod",
                "3 meet meet VB O -1 root",
                "4 Ukraine Ukraine NNP LOCATION 3 obj",
                "5 . . . O 3 punct");
        List<Event> events = code(pa, m(pa, 0, "RUS"), m(pa, 4, "UKR"));
        assertThat(events).extracting(e -> e.code().value(), Event::modality)
                .containsExactly(tuple("125", Modality.ASSERTED));
    }

    @Test
    void reportedWouldIsAnIntent() {
        ParsedArticle pa = russiaUkraine("Russia said it would meet Ukraine.",
                "0 Russia Russia NNP LOCATION 1 nsubj",
                "1 said say VBD O -1 root",
                "2 it it PRP O 4 nsubj",
                "3 would would MD O 4 aux",
                "4 meet meet VB O 1 ccomp",
                "5 Ukraine Ukraine NNP LOCATION 4 obj",
                "6 . . . O 1 punct");
        List<Event> events = code(pa, m(pa, 0, "RUS"), m(pa, 2, "RUS"), m(pa, 5, "UKR"));
        assertThat(events).extracting(Event::dyad, e -> e.code().value(), Event::modality)
                .containsExactly(tuple("RUS-UKR", "036", Modality.INTENDED));
    }

    @Test
    void deniedActIsNotAsserted() {
        ParsedArticle pa = russiaUkraine("Russia denied that it attacked Ukraine.",
                "0 Russia Russia NNP LOCATION 1 nsubj",
                "1 denied deny VBD O -1 root",
                "2 that that IN O 4 mark",
                "3 it it PRP O 4 nsubj",
                "4 attacked attack VBD O 1 ccomp",
                "5 Ukraine Ukraine NNP LOCATION 4 obj",
                "6 . . . O 1 punct");
        List<Event> events = code(pa, m(pa, 0, "RUS"), m(pa, 3, "RUS"), m(pa, 5, "UKR"));
        assertThat(events).extracting(e -> e.code().value()).contains("190");
        assertThat(events).noneMatch(e -> e.code().value().equals("190") && e.modality().happened());
    }

    @Test
    void possessorOfAnEventNounIsItsSource() {
        ParsedArticle pa = russiaUkraine("Russia's visit to China ended.",
                "0 Russia Russia NNP LOCATION 2 nmod:poss",
                "1 's 's POS O 0 case",
                "2 visit visit NN O 5 nsubj",
                "3 to to IN O 4 case",
                "4 China China NNP LOCATION 2 nmod",
                "5 ended end VBD O -1 root",
                "6 . . . O 5 punct");
        List<Event> events = code(pa, m(pa, 0, "RUS"), m(pa, 4, "CHN"));
        assertThat(events).extracting(Event::dyad, e -> e.code().value(), Event::trigger)
                .containsExactly(tuple("RUS-CHN", "042", "visit"));
    }

    @Test
    void weekdayResolvesToTheMostRecentSuchDay() {
        ParsedArticle pa = russiaUkraine("Russia attacked Ukraine on Monday.",
                "0 Russia Russia NNP LOCATION 1 nsubj",
                "1 attacked attack VBD O -1 root",
                "2 Ukraine Ukraine NNP LOCATION 1 obj",
                "3 on on IN O 4 case",
                "4 Monday Monday NNP O 1 obl",
                "5 . . . O 1 punct");
        Event e = code(pa, m(pa, 0, "RUS"), m(pa, 2, "UKR")).get(0);
        assertThat(e.date()).contains(EventDate.ofDay(LocalDate.of(2023, 6, 19)));
        assertThat(e.modality()).isEqualTo(Modality.PAST);
    }

    @Test
    void lastNovemberIsMonthPrecisionInThePreviousYear() {
        ParsedArticle pa = russiaUkraine("Russia attacked Ukraine last November.",
                "0 Russia Russia NNP LOCATION 1 nsubj",
                "1 attacked attack VBD O -1 root",
                "2 Ukraine Ukraine NNP LOCATION 1 obj",
                "3 last last JJ O 4 amod",
                "4 November November NNP O 1 obl:tmod",
                "5 . . . O 1 punct");
        Event e = code(pa, m(pa, 0, "RUS"), m(pa, 2, "UKR")).get(0);
        assertThat(e.date()).hasValueSatisfying(d -> {
            assertThat(d.precision()).isEqualTo(EventDate.Precision.MONTH);
            assertThat(d.toString()).isEqualTo("2022-11");
        });
    }

    @Test
    void undatedArticleLeavesEventsUndated() {
        ParsedArticle pa = Parses.article("", "Russia attacked Ukraine on Monday.",
                "0 Russia Russia NNP LOCATION 1 nsubj",
                "1 attacked attack VBD O -1 root",
                "2 Ukraine Ukraine NNP LOCATION 1 obj",
                "3 on on IN O 4 case",
                "4 Monday Monday NNP O 1 obl",
                "5 . . . O 1 punct");
        Event e = code(pa, m(pa, 0, "RUS"), m(pa, 2, "UKR")).get(0);
        assertThat(e.date()).isEmpty();
    }

    @Test
    void anObjectReadAsTheSubjectOfAParticipleIsStillTheObject() {
        // CoreNLP's parse of a reduced relative after the object: "released [the envoy ... held a year ago]".
        ParsedArticle pa = Parses.article(WEDNESDAY, "Iran released the envoy, a diplomat held a year ago.",
                "0 Iran Iran NNP LOCATION 1 nsubj",
                "1 released release VBD O -1 root",
                "2 the the DT O 3 det",
                "3 envoy envoy NN O 7 nsubj",
                "4 , , , O 3 punct",
                "5 a a DT O 6 det",
                "6 diplomat diplomat NN O 3 appos",
                "7 held hold VBN O 1 xcomp",
                "8 a a DT O 9 det",
                "9 year year NN O 7 obl:npmod",
                "10 ago ago RB O 9 advmod",
                "11 . . . O 1 punct");
        List<Event> events = code(pa, m(pa, 0, "IRN"), m(pa, 3, "FRAGOV"));
        assertThat(events).extracting(e -> e.source().code() + " " + e.target().code() + " " + e.code().value())
                .containsExactly("IRN FRAGOV 0841");
    }

    @Test
    void sameEventTwiceInAnArticleIsOneEventAtItsFirstMention() {
        String[] rows = {
            "0 Russia Russia NNP LOCATION 1 nsubj",
            "1 attacked attack VBD O -1 root",
            "2 Ukraine Ukraine NNP LOCATION 1 obj",
            "3 . . . O 1 punct"};
        ParsedArticle pa = Parses.paragraph(WEDNESDAY, Parses.sentence("Russia attacked Ukraine.", rows),
                Parses.sentence("Russia attacked Ukraine.", rows));
        List<Event> events = code(pa, m(pa, 0, "RUS"), m(pa, 2, "UKR"),
                Parses.mention(pa, 1, 0, "RUS"), Parses.mention(pa, 1, 2, "UKR"));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).sentence()).isZero();
    }

    @Test
    void evidenceOfALaterSentenceIsItsOwnSpan() {
        ParsedArticle pa = Parses.lines(WEDNESDAY,
                Parses.sentence("Talks ended.",
                        "0 Talks talk NNS O 1 nsubj",
                        "1 ended end VBD O -1 root",
                        "2 . . . O 1 punct"),
                Parses.sentence("Russia criticized Ukraine.",
                        "0 Russia Russia NNP LOCATION 1 nsubj",
                        "1 criticized criticize VBD O -1 root",
                        "2 Ukraine Ukraine NNP LOCATION 1 obj",
                        "3 . . . O 1 punct"));
        List<Event> events = code(pa, Parses.mention(pa, 1, 0, "RUS"), Parses.mention(pa, 1, 2, "UKR"));
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.sentence()).isEqualTo(1);
        assertThat(e.start()).isEqualTo("Talks ended.\n".length());
        assertThat(pa.span(e.start(), e.end())).isEqualTo(e.evidence()).isEqualTo("Russia criticized Ukraine.");
    }

    @Test
    void noMentionsNoEvents() {
        ParsedArticle pa = russiaUkraine("Russia criticized Ukraine.",
                "0 Russia Russia NNP LOCATION 1 nsubj",
                "1 criticized criticize VBD O -1 root",
                "2 Ukraine Ukraine NNP LOCATION 1 obj",
                "3 . . . O 1 punct");
        assertThat(code(pa)).isEmpty();
        assertThat(code(Parses.article(WEDNESDAY, ".", "0 . . . O -1 root"))).isEmpty();
    }

    @Test
    void randomParsesAndMentionsNeverThrow() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            ParsedArticle pa = RandomParses.article(random);
            List<Mention> mentions = RandomParses.mentions(pa, random);
            assertThatCode(() -> {
                for (Event e : CODER.code(pa, mentions)) {
                    assertThat(e.source().code()).isNotEqualTo(e.target().code());
                    assertThat(pa.span(e.start(), e.end())).isEqualTo(e.evidence());
                }
            }).as(pa.article().text()).doesNotThrowAnyException();
        }
    }
}
