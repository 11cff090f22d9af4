package org.parley.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes small WARC files for tests with jwarc's writer: a crawl of a few pages, as a crawler would record it. */
final class Warcs {
    static final Instant CRAWLED = Instant.parse("2024-01-05T10:00:00Z");

    private Warcs() {
    }

    /**
     * A crawl of five records: warcinfo, a request, an HTML response (the page of {@link HtmlArticlesTest#PAGE}),
     * a PNG response, and a second HTML response with an ISO-8859-1 charset and a dateline.
     */
    static Path crawl(Path file, WarcCompression compression) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
             WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
            writer.write(new Warcinfo.Builder().filename(file.getFileName().toString()).date(CRAWLED).build());
            writer.write(new WarcRequest.Builder("https://news.example.org/world/blinken-xi").date(CRAWLED)
                    .body(new HttpRequest.Builder("GET", "/world/blinken-xi").build()).build());
            writer.write(response("https://news.example.org/world/blinken-xi", "text/html; charset=utf-8",
                    HtmlArticlesTest.PAGE.getBytes(StandardCharsets.UTF_8)));
            writer.write(response("https://news.example.org/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
            writer.write(response("https://other.example.net/niger", "text/html; charset=iso-8859-1",
                    ("<html><body><p>NIAMEY, Aug. 10, 2023 - ECOWAS ordered a standby force for Niger, "
                            + "said the Ivorian president Alassane Ouattara, caf\u00e9 owners heard.</p></body></html>")
                            .getBytes(StandardCharsets.ISO_8859_1)));
        }
        return file;
    }

    static WarcResponse response(String uri, String contentType, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(uri).date(CRAWLED).body(http).build();
    }
}
