package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.CodedArticle;

class ArticleJsonTest {
    @Test
    void articleDocumentHasEveryField() {
        CodedArticle coded = CannedArticles.blinken(CannedArticles.article(Optional.of(LocalDate.of(2023, 6, 18))));
        JsonNode doc = ArticleJson.article(coded);
        assertThat(doc.get("article_id").asText()).isEqualTo(coded.article().id());
        assertThat(doc.get("title").asText()).isEqualTo("Blinken in Beijing");
        assertThat(doc.get("date").asText()).isEqualTo("2023-06-18");
        assertThat(doc.get("url").asText()).isEqualTo("https://example.org/a");
        assertThat(doc.get("source").asText()).isEqualTo("Reuters");
        JsonNode actor = doc.get("actors").get(0);
        assertThat(actor.get("text").asText()).isEqualTo("Antony Blinken");
        assertThat(actor.get("code").asText()).isEqualTo("USAGOV");
        assertThat(actor.get("name").asText()).isEqualTo("Antony Blinken");
        assertThat(actor.get("sentence").asInt()).isZero();
        assertThat(actor.get("start").asInt()).isEqualTo(22);
        assertThat(actor.get("end").asInt()).isEqualTo(36);
        assertThat(actor.get("evidence").asText()).startsWith("title");
        assertThat(doc.get("events")).hasSize(3);
        JsonNode quote = doc.get("quotes").get(0);
        assertThat(quote.get("speaker").asText()).isEqualTo("Antony Blinken");
        assertThat(quote.get("speaker_actor").asText()).isEqualTo("USAGOV");
        assertThat(doc.get("quotes").get(1).get("speaker_actor").isNull()).isTrue();
        assertThat(doc.get("warnings").get(0).asText()).isEqualTo("pipeline note");
    }

    @Test
    void eventRowCarriesCodesDatesAndEvidence() {
        CodedArticle coded = CannedArticles.blinken(CannedArticles.article(Optional.of(LocalDate.of(2023, 6, 18))));
        JsonNode visit = ArticleJson.event("abc", coded.events().get(0));
        assertThat(visit.get("article_id").asText()).isEqualTo("abc");
        assertThat(visit.get("source").asText()).isEqualTo("USAGOV");
        assertThat(visit.get("target").asText()).isEqualTo("CHN");
        assertThat(visit.get("code").asText()).isEqualTo("042");
        assertThat(visit.get("root").asText()).isEqualTo("04");
        assertThat(visit.get("quad_class").asInt()).isEqualTo(1);
        assertThat(visit.get("goldstein").asDouble()).isEqualTo(1.9);
        assertThat(visit.get("plover").asText()).isEqualTo("CONSULT/visit");
        assertThat(visit.get("date").asText()).isEqualTo("2023-06-18");
        assertThat(visit.get("modality").asText()).isEqualTo("asserted");
        assertThat(visit.get("happened").asBoolean()).isTrue();
        assertThat(visit.get("location").asText()).isEqualTo("Beijing, CHN");
        assertThat(visit.get("evidence").asText()).isEqualTo("visited Beijing");
        assertThat(visit.get("trigger").asText()).isEqualTo("visited");
        JsonNode meet = ArticleJson.event("abc", coded.events().get(1));
        assertThat(meet.get("date").asText()).isEqualTo("2022-11");
        assertThat(meet.get("modality").asText()).isEqualTo("hypothetical");
        assertThat(meet.get("happened").asBoolean()).isFalse();
        JsonNode undated = ArticleJson.event("abc", coded.events().get(2));
        assertThat(undated.get("date").isNull()).isTrue();
        assertThat(undated.get("quad_class").asInt()).isEqualTo(4);
        assertThat(undated.get("goldstein").asDouble()).isEqualTo(-10.0);
    }

    @Test
    void emptyArticleHasEmptyArraysAndNullDate() {
        JsonNode doc = ArticleJson.article(CannedArticles.nothing(CannedArticles.article(Optional.empty())));
        assertThat(doc.get("date").isNull()).isTrue();
        assertThat(doc.get("actors")).isEmpty();
        assertThat(doc.get("events")).isEmpty();
        assertThat(doc.get("quotes")).isEmpty();
        assertThat(doc.get("warnings")).isEmpty();
    }
}
