package org.parley.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.parley.analytics.Period;
import org.parley.store.ArticleSpans;
import org.parley.store.DyadAnalysis;
import org.parley.store.EventStore;
import org.parley.store.Listings;
import org.parley.store.StoreException;

/**
 * The HTTP server of {@code parley serve}: the routes in one place ({@link #create}), each JSON handler parsing its
 * parameters ({@link WebParams}), calling one store query (or the upload coder, {@link WebUpload}) and writing JSON;
 * the dashboard's pages (HTML, CSS, JavaScript) are class-path resources under {@code org/parley/app/web}, served at
 * {@code /} with a Content-Security-Policy that allows only this server's own scripts and styles.
 *
 * <p>Errors are {@code {"error": "..."}}: 400 for a bad parameter, 401 without the token (when one is required; the
 * token guards {@code /api/}, the pages carry no data and ask for it), 404 for an unknown id or route, 413 for an
 * upload over the cap, 500 when the database fails, 503 when the coding pipeline cannot be loaded. The store holds
 * one connection, so queries run one at a time. The shapes of the answers are in {@code openapi.json} (served at
 * {@code /api/openapi.json}).
 */
final class WebApi {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String JSON = "application/json; charset=utf-8";
    private static final String HANDLED = "parley.handled";
    private static final String PAGES = "/org/parley/app/web";
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final EventStore store;
    private final Optional<BearerToken> token;

    private WebApi(EventStore store, Optional<BearerToken> token) {
        this.store = Objects.requireNonNull(store, "store");
        this.token = Objects.requireNonNull(token, "token");
    }

    /** Thrown by a handler for an unknown id: answered with 404 and the message. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    private static final class Unauthorized extends RuntimeException {
        Unauthorized() {
            super("missing or wrong bearer token");
        }
    }

    /**
     * The configured, not yet started server over an open (read-only) store, coding uploads with {@code upload};
     * with a token, every request to {@code /api/} must carry {@code Authorization: Bearer TOKEN}.
     */
    static Javalin create(EventStore store, Optional<BearerToken> token, WebUpload upload) {
        WebApi api = new WebApi(store, token);
        Objects.requireNonNull(upload, "upload");
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = PAGES;
                files.location = Location.CLASSPATH;
            });
        });
        app.before(WebApi::securityHeaders);
        app.before(api::checkToken);
        app.get("/api/stats", ctx -> api.json(ctx, s -> api.stats()));
        app.get("/api/events", ctx -> api.json(ctx, s -> api.events(ctx)));
        app.get("/api/dyads", ctx -> api.json(ctx, s -> api.dyads(ctx)));
        app.get("/api/dyads/{a}/{b}/series", ctx -> api.json(ctx, s -> api.series(ctx)));
        app.get("/api/articles/{id}", ctx -> api.json(ctx, s -> api.article(ctx.pathParam("id"))));
        app.get("/api/quotes", ctx -> api.json(ctx, s -> api.quotes(ctx)));
        app.get("/api/actors", ctx -> api.json(ctx, s -> api.actors(ctx)));
        app.get("/api/issues", ctx -> api.json(ctx, s -> api.issues(ctx)));
        app.get("/api/openapi.json", ctx -> ctx.contentType(JSON).result(openApi()));
        app.post("/api/code", ctx -> ctx.contentType(JSON).result(upload.code(ctx).toString()));
        app.exception(WebUpload.TooLarge.class, (e, ctx) -> error(ctx, HttpStatus.CONTENT_TOO_LARGE, e.getMessage()));
        app.exception(LazyCoder.PipelineUnavailable.class, (e, ctx) -> error(ctx, HttpStatus.SERVICE_UNAVAILABLE,
                e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        app.exception(NotFound.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
        app.exception(Unauthorized.class, (e, ctx) -> {
            ctx.header("WWW-Authenticate", "Bearer");
            error(ctx, HttpStatus.UNAUTHORIZED, e.getMessage());
        });
        app.exception(StoreException.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
                "database error: " + e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error"));
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.attribute(HANDLED) == null) {
                error(ctx, HttpStatus.NOT_FOUND, "no such route: " + ctx.method() + " " + ctx.path());
            }
        });
        return app;
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    private void checkToken(Context ctx) {
        if (token.isPresent() && ctx.path().startsWith("/api/") && !token.get().accepts(ctx.header("Authorization"))) {
            throw new Unauthorized();
        }
    }

    private void json(Context ctx, Function<EventStore, JsonNode> query) {
        JsonNode body;
        synchronized (store) {
            body = query.apply(store);
        }
        ctx.contentType(JSON).result(body.toString());
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.attribute(HANDLED, Boolean.TRUE);
        ctx.status(status).contentType(JSON).result(NODES.objectNode().put("error", message).toString());
    }

    private JsonNode stats() {
        ObjectNode o = NODES.objectNode();
        StatsCommand.rows(store.counts()).forEach(o::put);
        return o;
    }

    private JsonNode events(Context ctx) {
        return WebJson.events(new Listings(store).events(WebParams.filter(ctx), WebParams.limit(ctx),
                WebParams.offset(ctx), WebParams.newestFirst(ctx)));
    }

    private JsonNode dyads(Context ctx) {
        int limit = WebParams.limit(ctx);
        ArrayNode array = NODES.arrayNode();
        for (Map.Entry<String, Integer> e : store.countByDyad().entrySet()) {
            if (array.size() == limit) {
                break;
            }
            String[] ab = e.getKey().split("-", 2);
            array.addObject().put("dyad", e.getKey()).put("a", ab[0]).put("b", ab[1]).put("events", e.getValue());
        }
        return array;
    }

    private JsonNode series(Context ctx) {
        String a = ctx.pathParam("a");
        String b = ctx.pathParam("b");
        Period by = Period.parse(WebParams.text(ctx, "by").orElse("month"));
        return new DyadAnalysis(store).report(a, b, WebParams.flag(ctx, "both_directions"), by,
                        WebParams.day(ctx, "from"), WebParams.day(ctx, "to"))
                .<JsonNode>map(DyadView::json)
                .orElseThrow(() -> new NotFound("no events from " + a + " to " + b));
    }

    private JsonNode article(String id) {
        if (!id.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("not an article id (16 hex digits): '" + id + "'");
        }
        return new ArticleSpans(store).page(id).map(WebJson::article)
                .orElseThrow(() -> new NotFound("no article " + id));
    }

    private JsonNode quotes(Context ctx) {
        return WebJson.quotes(new Listings(store).quotes(WebParams.text(ctx, "speaker"), WebParams.text(ctx, "about"),
                WebParams.limit(ctx)));
    }

    private JsonNode actors(Context ctx) {
        return WebJson.actors(new Listings(store).actors(WebParams.filter(ctx), WebParams.limit(ctx)));
    }

    private JsonNode issues(Context ctx) {
        return WebJson.issues(new Listings(store).issues(WebParams.filter(ctx), WebParams.limit(ctx)));
    }

    /** The hand-written OpenAPI 3 document, {@code org/parley/app/openapi.json} on the class path. */
    static String openApi() {
        try (InputStream in = WebApi.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
