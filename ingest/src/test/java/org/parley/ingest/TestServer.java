package org.parley.ingest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP server on 127.0.0.1 (a free port) for tests: serves fixed bodies by path; "/slow" answers only when
 * the test closes the server; any other path is a 404. Records the User-Agent of the last request and counts
 * the requests of each path.
 */
final class TestServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, String[]> pages = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Map<String, java.util.concurrent.atomic.AtomicInteger> requests = new ConcurrentHashMap<>();
    volatile String lastUserAgent = "";

    TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            lastUserAgent = exchange.getRequestHeaders().getFirst("User-Agent");
            String path = exchange.getRequestURI().getPath();
            requests.computeIfAbsent(path, p -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
            if (path.equals("/slow")) {
                try {
                    closing.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String[] page = pages.get(path);
            byte[] body = (page == null ? "not found" : page[1]).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", page == null ? "text/plain" : page[0]);
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException e) {
                // the client gave up (a timeout test)
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    /** Serves {@code body} with {@code contentType} at {@code path}. */
    TestServer serve(String path, String contentType, String body) {
        pages.put(path, new String[] {contentType, body});
        return this;
    }

    /** How many requests {@code path} has had. */
    int requests(String path) {
        return requests.containsKey(path) ? requests.get(path).get() : 0;
    }

    /** The URL of {@code path} on this server. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
