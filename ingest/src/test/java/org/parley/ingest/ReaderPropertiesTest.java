package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every reader, fed random bytes (alone and after each format's opening), gives items and never throws: each
 * item is an article or a one-line problem naming its input.
 */
class ReaderPropertiesTest {
    private static final String[] OPENINGS = {"", "Title: T\nDate: 2023-06-18\n\n", "{\"text\":\"", "<!DOCTYPE html><html><body><p>",
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><description>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><summary>", "WARC/1.1\r\nWARC-Type: response\r\n",
            "WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: 40\r\n\r\n"
                    + "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"};

    @Provide
    Arbitrary<byte[]> inputs() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        Arbitrary<String> opening = Arbitraries.of(OPENINGS);
        return net.jqwik.api.Combinators.combine(opening, random).as((o, r) -> {
            byte[] head = o.getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[head.length + r.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(r, 0, all, head.length, r.length);
            return all;
        });
    }

    @Provide
    Arbitrary<Optional<InputFormat>> formats() {
        return Arbitraries.of(InputFormat.class).map(Optional::of).injectNull(0.2).map(f -> f == null ? Optional.empty() : f);
    }

    @Property(tries = 400)
    void randomBytesGiveItemsNeverExceptions(@ForAll("inputs") byte[] bytes, @ForAll("formats") Optional<InputFormat> format) {
        ReadOptions options = ReadOptions.defaults().withFormat(format).withStdin(new ByteArrayInputStream(bytes));
        List<SourceItem> items = new ArrayList<>();
        new ArticleReader(options).read(List.of("-"), items::add);
        assertThat(items).isNotEmpty().allSatisfy(item -> {
            assertThat(item.origin()).startsWith("stdin");
            if (item instanceof SourceItem.Failed failed) {
                assertThat(failed.problem()).isNotBlank().doesNotContain("\n");
            } else {
                assertThat(((SourceItem.Loaded) item).article().text()).isNotBlank();
            }
        });
    }

    @Property(tries = 200)
    void randomTextNeverBreaksDateParsing(@ForAll String text) {
        assertThat(Dates.parse(text)).isNotNull();
        assertThat(Datelines.find(text)).isNotNull();
    }
}
