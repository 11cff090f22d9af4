package org.parley.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * The secret a non-loopback server asks of every request ({@code Authorization: Bearer TOKEN}), read from a file
 * (its content, stripped of surrounding whitespace). Compared in constant time.
 */
final class BearerToken {
    /** The shortest token accepted, in characters. */
    static final int MIN_LENGTH = 16;

    private final byte[] token;

    private BearerToken(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The token in {@code file}.
     *
     * @throws IllegalArgumentException when the file cannot be read or holds fewer than {@value #MIN_LENGTH}
     *                                  characters
     */
    static BearerToken read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read token file " + file + ": " + e.getMessage());
        }
        if (text.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("token file " + file + " must hold a token of at least " + MIN_LENGTH
                    + " characters");
        }
        return new BearerToken(text);
    }

    /** True when {@code header} (an Authorization header value, or null) is "Bearer " and this token. */
    boolean accepts(String header) {
        String prefix = "Bearer ";
        if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return false;
        }
        byte[] given = header.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(Objects.requireNonNull(token), given);
    }
}
