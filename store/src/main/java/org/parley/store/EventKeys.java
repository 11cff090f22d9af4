package org.parley.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.parley.model.Event;
import org.parley.model.Modality;

/**
 * Which reports are the same event. Two event mentions are one event when they have the same source and target
 * actor codes, CAMEO code, date (at its precision: "2023-06-18", "2022-11") and modality, where asserted and
 * past count as one ("it happened"); a hypothetical or intended meeting is not the meeting. An undated mention
 * is only ever the same event as mentions of its own article, since nothing says two undated reports agree.
 */
public final class EventKeys {
    private EventKeys() {
    }

    /**
     * The key text {@code source|target|code|date|modality} ({@code date} is {@code undated:ARTICLE_ID} when the
     * event has none; modality is the label, with past folded into asserted).
     */
    public static String key(Event event, String articleId) {
        String date = event.date().map(Object::toString).orElse("undated:" + articleId);
        String modality = event.modality() == Modality.PAST ? Modality.ASSERTED.label() : event.modality().label();
        return event.source().code() + "|" + event.target().code() + "|" + event.code().value() + "|" + date + "|"
                + modality;
    }

    /** The event id: the first 16 hex digits of SHA-256 over the UTF-8 {@link #key} (what schema v2's migration computes). */
    public static String id(Event event, String articleId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key(event, articleId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
