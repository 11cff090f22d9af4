package org.parley.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Article identifiers: the first 16 hex digits of SHA-256 over the normalised text. */
public final class ArticleIds {
    private ArticleIds() {
    }

    /**
     * The id of an article text. Normalisation: Unicode NFKC, whitespace runs collapsed to one space,
     * trimmed, lower-cased; so the same story re-read with different line breaks keeps its id.
     */
    public static String of(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("\\s+", " ").trim().toLowerCase(java.util.Locale.ROOT);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
