package org.parley.app;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.parley.store.EventFilter;

/**
 * Query parameters of the HTTP API, parsed with the rules of the command line's options. Every method throws
 * {@link IllegalArgumentException} naming the parameter and its bad value; the server answers that with 400.
 */
final class WebParams {
    /** Rows a listing returns when {@code limit} is not given. */
    static final int DEFAULT_LIMIT = 100;
    /** The largest {@code limit} a listing accepts. */
    static final int MAX_LIMIT = 1000;

    private WebParams() {
    }

    /** The parameter, stripped; empty when absent or blank. */
    static Optional<String> text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    /** {@code limit}: 1..{@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}. */
    static int limit(Context ctx) {
        int limit = integer(ctx, "limit").orElse(DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT + ": " + limit);
        }
        return limit;
    }

    /** {@code offset}: rows to skip, 0 or more, default 0. */
    static int offset(Context ctx) {
        int offset = integer(ctx, "offset").orElse(0);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        return offset;
    }

    /** {@code order}: "oldest" (default) or "newest" first; true for newest. */
    static boolean newestFirst(Context ctx) {
        String order = text(ctx, "order").orElse("oldest").toLowerCase(Locale.ROOT);
        return switch (order) {
            case "oldest" -> false;
            case "newest" -> true;
            default -> throw new IllegalArgumentException("order must be oldest or newest: '" + order + "'");
        };
    }

    /** A boolean flag: absent, "false" or "0" is false; "", "true" or "1" is true; anything else is an error. */
    static boolean flag(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return false;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "", "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false: '" + v + "'");
        };
    }

    /** An ISO day (YYYY-MM-DD), if given. */
    static Optional<LocalDate> day(Context ctx, String name) {
        Optional<String> v = text(ctx, name);
        try {
            return v.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " is not a day (YYYY-MM-DD): '" + v.get() + "'");
        }
    }

    /**
     * The event filter of {@code parley events} from {@code actor, dyad (A-B), both_directions, code, quad, plover,
     * issue, from, to, text, happened, min_confidence}.
     */
    static EventFilter filter(Context ctx) {
        Optional<String> source = Optional.empty();
        Optional<String> target = Optional.empty();
        Optional<String> dyad = text(ctx, "dyad");
        if (dyad.isPresent()) {
            String[] parts = dyad.get().split("-");
            if (parts.length != 2) {
                throw new IllegalArgumentException("malformed dyad '" + dyad.get() + "' (want A-B, e.g. USA-CHN)");
            }
            source = Optional.of(parts[0]);
            target = Optional.of(parts[1]);
        }
        return new EventFilter(text(ctx, "actor"), source, target, flag(ctx, "both_directions"), text(ctx, "code"),
                integer(ctx, "quad"), text(ctx, "plover").map(p -> p.toUpperCase(Locale.ROOT)),
                text(ctx, "issue").map(i -> i.toUpperCase(Locale.ROOT)), day(ctx, "from"), day(ctx, "to"),
                text(ctx, "text"), flag(ctx, "happened"), decimal(ctx, "min_confidence"));
    }

    private static Optional<Double> decimal(Context ctx, String name) {
        Optional<String> v = text(ctx, name);
        try {
            return v.map(Double::valueOf);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number: '" + v.get() + "'");
        }
    }

    private static Optional<Integer> integer(Context ctx, String name) {
        Optional<String> v = text(ctx, name);
        try {
            return v.map(Integer::valueOf);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a whole number: '" + v.get() + "'");
        }
    }
}
