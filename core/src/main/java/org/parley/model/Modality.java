package org.parley.model;

/**
 * How the text presents an event.
 *
 * <p>ASSERTED and PAST events are reported as having happened (eval's predictions); INTENDED is an
 * announced intent coded with CAMEO's intent codes (03x, 13x), which is itself an act that happened;
 * NEGATED ("did not meet") and HYPOTHETICAL ("could meet", "hopes that") are kept as evidence but are
 * not events that happened.
 */
public enum Modality {
    ASSERTED, PAST, INTENDED, NEGATED, HYPOTHETICAL;

    /** True when the event is reported as having happened (the events eval scores). */
    public boolean happened() {
        return this == ASSERTED || this == PAST || this == INTENDED;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
