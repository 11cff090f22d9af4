package org.parley.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.app.eval.Ratio;

class BenchReportTest {
    private static final long MB = 1024 * 1024;

    private static Measurement run(String name, int threads, double seconds, long heapMb) {
        return new Measurement(name, name + " run", List.of("annotators=tokenize,ssplit"), threads, 100, 50_000,
                seconds, 12.5, heapMb * MB);
    }

    private static BenchReport report() {
        Machine machine = new Machine(2, "Test CPU", "Linux 6 amd64", "Java 17", 4096);
        return new BenchReport("generated", machine, 0.4, 0.6, run("floor", 1, 10, 900), run("parley", 1, 12.5, 1200),
                run("default", 1, 250, 3500), run("parley-threads", 2, 6.25, 1500), 14.2,
                List.of(new Accuracy("lean NER", "ner.model=x", 60, 4000, new Ratio(74, 80), new Ratio(74, 107))),
                "dev.jsonl");
    }

    @Test
    void ratiosAreOfTokensPerSecond() {
        BenchReport r = report();
        assertThat(r.ratioToFloor()).isEqualTo(0.8);
        assertThat(r.speedupOverDefault()).isEqualTo(20.0);
        assertThat(r.threadScaling()).isEqualTo(2.0);
        assertThat(r.peakHeapMb()).isEqualTo(1500);
    }

    @Test
    void jsonHasTheFieldsTheIssueAsksFor() throws Exception {
        JsonNode json = new ObjectMapper().readTree(report().toJson());
        assertThat(json.get("floor_tokens_per_s").asDouble()).isEqualTo(5000.0);
        assertThat(json.get("parley_tokens_per_s").asDouble()).isEqualTo(4000.0);
        assertThat(json.get("default_tokens_per_s").asDouble()).isEqualTo(200.0);
        assertThat(json.get("parley_threads_tokens_per_s").asDouble()).isEqualTo(8000.0);
        assertThat(json.get("threads").asInt()).isEqualTo(2);
        assertThat(json.get("ratio_to_floor").asDouble()).isEqualTo(0.8);
        assertThat(json.get("speedup_over_default").asDouble()).isEqualTo(20.0);
        assertThat(json.get("thread_scaling").asDouble()).isEqualTo(2.0);
        assertThat(json.get("peak_heap_mb").asLong()).isEqualTo(1500);
        assertThat(json.get("first_article_s").asDouble()).isEqualTo(14.2);
        assertThat(json.get("configurations").get("floor").get("properties").get(0).asText())
                .isEqualTo("annotators=tokenize,ssplit");
        assertThat(json.get("accuracy").get(0).get("event_f1").asDouble()).isEqualTo(0.791);
    }

    @Test
    void textGivesPropertiesThenTableThenRatiosLast() {
        String text = report().toText();
        assertThat(text).contains("machine: 2 cores, Test CPU", "load average 0.40 at start, 0.60 at end",
                "(a) floor: floor run\n    annotators=tokenize,ssplit\n");
        assertThat(text.indexOf("annotators=")).isLessThan(text.indexOf("configuration "));
        assertThat(text).containsPattern("\\(b\\) parley +1 +8\\.00 +4000 +1 +1200 +12\\.5");
        assertThat(text.strip().lines().toList()).last().asString().startsWith("first_article_s");
        assertThat(text).contains("ratio_to_floor            0.80", "target >= 0.8   met", "thread_scaling            2.00");
    }

    @Test
    void badMeasurementsNameTheValue() {
        assertThatThrownBy(() -> new Measurement("x", "", List.of(), 0, 1, 1, 1, 0, 0))
                .hasMessageContaining("threads 0");
        assertThatThrownBy(() -> new Measurement("x", "", List.of(), 1, 1, 1, 0, 0, 0))
                .hasMessageContaining("seconds [0.0]");
        assertThatThrownBy(() -> new Measurement("x", "", List.of(), 1, 1, 1, List.of(1.0), 0, 0, List.of(1.0, 2.0)))
                .hasMessageContaining("bad CPU seconds of x: [1.0, 2.0] for runs [1.0]");
        assertThatThrownBy(() -> new Measurement("x", "", List.of(), 1, 1, 1, List.of(), 0, 0, List.of()))
                .hasMessageContaining("seconds []");
    }

    @Test
    void speedIsThatOfTheMedianRun() {
        Measurement odd = new Measurement("parley", "", List.of(), 1, 10, 60_000, List.of(30.0, 10.0, 20.0), 1, 0,
                List.of(15.0, 6.0, 12.0));
        assertThat(odd.seconds()).isEqualTo(20.0);
        assertThat(odd.tokensPerSecond()).isEqualTo(3000.0);
        assertThat(odd.slowestTokensPerSecond()).isEqualTo(2000.0);
        assertThat(odd.fastestTokensPerSecond()).isEqualTo(6000.0);
        assertThat(odd.articlesPerSecond()).isEqualTo(0.5);
        assertThat(odd.cpuTokensPerSecond()).hasValue(5000.0);
        Measurement even = new Measurement("parley", "", List.of(), 1, 10, 60_000, List.of(10.0, 40.0, 20.0, 30.0), 1, 0,
                List.of());
        assertThat(even.seconds()).isEqualTo(25.0);
        assertThat(even.runSeconds()).containsExactly(10.0, 40.0, 20.0, 30.0);
        assertThat(even.cpuTokensPerSecond()).isEmpty();
    }

    @Test
    void textAndJsonShowEveryRun() throws Exception {
        Machine machine = new Machine(2, "Test CPU", "Linux 6 amd64", "Java 17", 4096);
        Measurement floor = new Measurement("floor", "floor run", List.of(), 1, 100, 50_000, List.of(10.0, 12.5, 10.0),
                1, 0, List.of(8.0, 10.0, 12.5));
        BenchReport r = new BenchReport("generated", machine, 0.4, 0.6, floor, run("parley", 1, 12.5, 1200),
                run("default", 1, 250, 3500), run("parley-threads", 2, 6.25, 1500), 14.2, List.of(), "");
        assertThat(r.toText()).containsPattern("\\(a\\) floor +1 +10\\.00 +5000 +3: 4000-5000 ");
        assertThat(r.ratioToFloor()).isEqualTo(0.8);
        assertThat(r.toText()).doesNotContain("per CPU second");
        JsonNode json = new ObjectMapper().readTree(r.toJson());
        assertThat(json.get("configurations").get("floor").get("run_seconds").toString()).isEqualTo("[10.0,12.5,10.0]");
        assertThat(json.get("floor_tokens_per_s").asDouble()).isEqualTo(5000.0);
        assertThat(json.get("configurations").get("floor").get("cpu_tokens_per_s").asDouble()).isEqualTo(5000.0);
        assertThat(json.get("configurations").get("parley").has("cpu_tokens_per_s")).isFalse();
    }
}
