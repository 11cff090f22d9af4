package org.parley.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which stored events a query, listing or export reads. Every part is optional; an empty filter keeps all events.
 * Actor codes match by prefix ({@code USA} matches USAGOV, {@code USAGOV} matches USAGOVMIL); dates compare the
 * event's day (or first of its month for month precision) and leave undated events out.
 *
 * @param actor          either side starts with this code
 * @param source         the source starts with this code
 * @param target         the target starts with this code
 * @param bothDirections with source and target: also the events from target to source
 * @param code           the CAMEO code starts with this (a root "19", a code "042")
 * @param quadClass      GDELT QuadClass 1-4
 * @param plover         the PLOVER type (e.g. "CONSULT"), any case
 * @param issue          the event carries this issue code
 * @param from           first day, inclusive
 * @param to             last day, inclusive
 * @param text           the evidence contains this text (any case)
 * @param happenedOnly   keep only asserted and past events (FORMAT.md's predictions)
 * @param minConfidence  keep only events the coder's confidence (0..1, the highest of the event's reports) reaches;
 *                       events stored before schema v4 have none and are left out by this condition
 */
public record EventFilter(Optional<String> actor, Optional<String> source, Optional<String> target,
                          boolean bothDirections, Optional<String> code, Optional<Integer> quadClass,
                          Optional<String> plover, Optional<String> issue, Optional<LocalDate> from,
                          Optional<LocalDate> to, Optional<String> text, boolean happenedOnly,
                          Optional<Double> minConfidence) {
    /** Keeps every event. */
    public static final EventFilter ALL = new EventFilter(Optional.empty(), Optional.empty(), Optional.empty(), false,
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), false, Optional.empty());

    /**
     * @throws IllegalArgumentException on a malformed actor or CAMEO code, a QuadClass outside 1-4, a confidence
     *                                  outside 0..1, or {@code from} after {@code to}
     */
    public EventFilter {
        Objects.requireNonNull(minConfidence, "minConfidence");
        minConfidence.ifPresent(c -> {
            if (!(c >= 0 && c <= 1)) {
                throw new IllegalArgumentException("minimum confidence must be between 0 and 1: " + c);
            }
        });
        actor = actor.map(ActorCodes::check);
        source = source.map(ActorCodes::check);
        target = target.map(ActorCodes::check);
        Objects.requireNonNull(plover, "plover");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(text, "text");
        code.ifPresent(c -> {
            if (!c.matches("\\d{2,4}")) {
                throw new IllegalArgumentException("not a CAMEO code or root (2-4 digits): '" + c + "'");
            }
        });
        quadClass.ifPresent(q -> {
            if (q < 1 || q > 4) {
                throw new IllegalArgumentException("QuadClass must be 1-4: " + q);
            }
        });
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("--from " + from.get() + " is after --to " + to.get());
        }
    }

    /** A filter without a confidence condition. */
    public EventFilter(Optional<String> actor, Optional<String> source, Optional<String> target,
                       boolean bothDirections, Optional<String> code, Optional<Integer> quadClass,
                       Optional<String> plover, Optional<String> issue, Optional<LocalDate> from,
                       Optional<LocalDate> to, Optional<String> text, boolean happenedOnly) {
        this(actor, source, target, bothDirections, code, quadClass, plover, issue, from, to, text, happenedOnly,
                Optional.empty());
    }

    /** This filter keeping only events with confidence at least {@code min} (0..1). */
    public EventFilter withMinConfidence(double min) {
        return new EventFilter(actor, source, target, bothDirections, code, quadClass, plover, issue, from, to, text,
                happenedOnly, Optional.of(min));
    }

    /** The events between two actors in this direction (and back, with {@code bothDirections}), happened only. */
    public static EventFilter dyad(String a, String b, boolean bothDirections) {
        return ALL.withDyad(a, b, bothDirections);
    }

    /** This filter with source {@code a}, target {@code b}; happened only. */
    public EventFilter withDyad(String a, String b, boolean both) {
        return new EventFilter(actor, Optional.of(a), Optional.of(b), both, code, quadClass, plover, issue, from, to,
                text, true, minConfidence);
    }

    /** This filter over the days {@code from} to {@code to}. */
    public EventFilter between(Optional<LocalDate> first, Optional<LocalDate> last) {
        return new EventFilter(actor, source, target, bothDirections, code, quadClass, plover, issue, first, last,
                text, happenedOnly, minConfidence);
    }

    /** The filter as a SQL condition over {@link EventSql} columns (alias-free), with its parameters in order. */
    Sql where() {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (happenedOnly) {
            parts.add(EventSql.HAPPENED);
        }
        actor.ifPresent(a -> {
            parts.add("(starts_with(source, ?) OR starts_with(target, ?))");
            params.add(a);
            params.add(a);
        });
        if (source.isPresent() && target.isPresent() && bothDirections) {
            parts.add("((starts_with(source, ?) AND starts_with(target, ?)) OR (starts_with(source, ?) AND "
                    + "starts_with(target, ?)))");
            params.addAll(List.of(source.get(), target.get(), target.get(), source.get()));
        } else {
            source.ifPresent(s -> {
                parts.add("starts_with(source, ?)");
                params.add(s);
            });
            target.ifPresent(t -> {
                parts.add("starts_with(target, ?)");
                params.add(t);
            });
        }
        code.ifPresent(c -> {
            parts.add("starts_with(code, ?)");
            params.add(c);
        });
        quadClass.ifPresent(q -> {
            parts.add("quad_class = ?");
            params.add(q);
        });
        plover.ifPresent(p -> {
            parts.add("upper(split_part(plover, '/', 1)) = upper(?)");
            params.add(p.strip());
        });
        if (issue.isPresent()) {
            parts.add("event_id IN (SELECT event_id FROM issues WHERE issue = upper(?))");
            params.add(issue.get().strip());
        }
        from.ifPresent(f -> {
            parts.add("coalesce(day, month) >= CAST(? AS DATE)");
            params.add(f.toString());
        });
        to.ifPresent(t -> {
            parts.add("coalesce(day, month) <= CAST(? AS DATE)");
            params.add(t.toString());
        });
        text.ifPresent(t -> {
            parts.add("contains(lower(evidence), lower(?))");
            params.add(t);
        });
        minConfidence.ifPresent(c -> {
            parts.add("confidence >= ?");
            params.add(c);
        });
        return new Sql(parts.isEmpty() ? "TRUE" : String.join(" AND ", parts), params);
    }

    /** A SQL fragment and its parameters. */
    record Sql(String text, List<Object> params) {
        Sql {
            params = List.copyOf(params);
        }

        /** Binds the parameters from position {@code first}; returns the next free position. */
        int bind(PreparedStatement ps, int first) throws SQLException {
            int p = first;
            for (Object o : params) {
                ps.setObject(p++, o);
            }
            return p;
        }
    }
}
