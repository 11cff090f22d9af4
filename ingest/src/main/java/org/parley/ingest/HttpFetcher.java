package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Fetches feeds and article pages over HTTP(S) politely: a user agent that names parley, a timeout for the
 * whole request, a size cap on the body, and a pause between two requests to the same host. One instance is
 * used by one thread at a time; it keeps the time of the last request per host.
 */
public final class HttpFetcher {
    /** What a fetch gave: the body (at most the cap), its media type ("text/html", "" if none) and final URL. */
    public record Page(byte[] body, String contentType, Optional<String> charset, String url) {
        public Page {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(charset, "charset");
            Objects.requireNonNull(url, "url");
        }
    }

    /** A fetch that failed; the message is one line naming the problem ("HTTP 404", "timed out after 20 s"). */
    public static final class FetchException extends Exception {
        private static final long serialVersionUID = 1L;

        FetchException(String message) {
            super(message);
        }
    }

    private final Duration timeout;
    private final long maxBytes;
    private final String userAgent;
    private final Duration perHostPause;
    private final Map<String, Long> lastRequest = new HashMap<>();
    private HttpClient client;

    /**
     * @param timeout      the longest a request may take, connection and body included
     * @param maxBytes     the largest body accepted, in bytes; a longer one fails
     * @param userAgent    the {@code User-Agent} header, e.g. "parley/0.1.0 (news event coder)"
     * @param perHostPause the least time between two requests to one host (zero for none)
     */
    public HttpFetcher(Duration timeout, long maxBytes, String userAgent, Duration perHostPause) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("blank user agent");
        }
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
        this.perHostPause = Objects.requireNonNull(perHostPause, "perHostPause");
    }

    /** 20 s timeout, a 5 MB cap, a one-second pause per host, and a user agent naming {@code version}. */
    public static HttpFetcher polite(String version) {
        return new HttpFetcher(Duration.ofSeconds(20), ArticleReader.MAX_ARTICLE_BYTES,
                "parley/" + version + " (news event coder; one request per host per second)", Duration.ofSeconds(1));
    }

    /** This fetcher with another body cap in bytes (feeds are larger than articles). */
    public HttpFetcher withMaxBytes(long bytes) {
        return new HttpFetcher(timeout, bytes, userAgent, perHostPause);
    }

    /**
     * GETs {@code url} (http or https; redirects followed).
     *
     * @throws FetchException for a bad URL, a status other than 2xx, a timeout, a body over the cap or an I/O error
     */
    public Page fetch(String url) throws FetchException {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a URL");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new FetchException("not an http(s) URL");
        }
        pauseFor(uri.getHost());
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", userAgent).GET().build();
        try {
            HttpResponse<InputStream> response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw new FetchException("HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new FetchException("over " + Sizes.megabytes(maxBytes) + " (size cap)");
                }
                String type = response.headers().firstValue("Content-Type").orElse("");
                return new Page(bytes, mediaType(type), charset(type), response.uri().toString());
            }
        } catch (HttpTimeoutException e) {
            throw new FetchException("timed out after " + Sizes.duration(timeout));
        } catch (IOException e) {
            throw new FetchException("cannot fetch: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage().replaceAll("\\s+", " ")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        }
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return client;
    }

    private void pauseFor(String host) {
        long now = Clock.systemUTC().millis();
        Long last = lastRequest.get(host);
        long wait = last == null ? 0 : last + perHostPause.toMillis() - now;
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lastRequest.put(host, Clock.systemUTC().millis());
    }

    private static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Optional<String> charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(java.util.Locale.ROOT).startsWith("charset=")) {
                String value = p.substring(8).replace("\"", "").strip();
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
