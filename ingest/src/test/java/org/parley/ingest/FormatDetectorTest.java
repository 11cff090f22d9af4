package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {
    private static Optional<InputFormat> detect(String name, String head) {
        return FormatDetector.detect(name, head.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decisiveContentWinsOverTheName() throws IOException {
        assertThat(detect("a.txt", "WARC/1.1\r\nWARC-Type: warcinfo")).contains(InputFormat.WARC);
        assertThat(detect("a.jsonl", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>")).contains(InputFormat.FEED);
        assertThat(detect("a.txt", "<feed xmlns=\"http://www.w3.org/2005/Atom\">")).contains(InputFormat.FEED);
        assertThat(detect("a.xml", "\uFEFF <!-- saved --> <!DOCTYPE html><html>")).contains(InputFormat.HTML);
        assertThat(detect("", "<html lang=en>")).contains(InputFormat.HTML);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("WARC/1.0\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(FormatDetector.detect("crawl.bin", gz.toByteArray())).contains(InputFormat.WARC);
    }

    @Test
    void otherwiseTheNameThenAnOpeningBraceThenText() {
        assertThat(detect("x.warc.gz", "garbage")).contains(InputFormat.WARC);
        assertThat(detect("x.HTM", "just words")).contains(InputFormat.HTML);
        assertThat(detect("x.ndjson", "words")).contains(InputFormat.JSONL);
        assertThat(detect("x.atom", "words")).contains(InputFormat.FEED);
        assertThat(detect("x.txt", "{\"text\": 1}")).contains(InputFormat.TEXT);
        assertThat(detect("", "  {\"text\": 1}")).contains(InputFormat.JSONL);
        assertThat(detect("", "The <html> tag leaked.")).contains(InputFormat.TEXT);
        assertThat(detect("notes.md", "<htmlish> text")).contains(InputFormat.TEXT);
    }

    @Test
    void gzipWithoutAWarcIsUnreadable() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("plain text".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(FormatDetector.detect("a.txt.gz", gz.toByteArray())).isEmpty();
    }

    @Test
    void formatNamesParse() {
        assertThat(InputFormat.parse("RSS")).contains(InputFormat.FEED);
        assertThat(InputFormat.parse("warc")).contains(InputFormat.WARC);
        assertThat(InputFormat.parse("pdf")).isEmpty();
    }
}
