package org.parley.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding with the reader's text normalisation (BOM stripped, CRLF and CR to LF). */
final class Utf8Text {
    private Utf8Text() {
    }

    /** The outcome of decoding: the text, or the problem (one line). */
    record Decoded(String text, String problem) {
        boolean ok() {
            return problem.isEmpty();
        }
    }

    /**
     * Decodes {@code bytes[from, to)}; {@code base} is the file offset of {@code bytes[from]}, so the
     * problem names the file's byte offset of the first malformed byte.
     */
    static Decoded decode(byte[] bytes, int from, int to, long base) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == 0) {
                return new Decoded("", "binary file, not text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(to - from);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Decoded("", "not valid UTF-8 (byte offset " + (base + in.position() - from) + ")");
        }
        result = decoder.flush(out);
        if (result.isError()) {
            return new Decoded("", "not valid UTF-8 (byte offset " + (base + in.position() - from) + ")");
        }
        out.flip();
        return new Decoded(normalise(out.toString()), "");
    }

    /** Whether {@code bytes} hold a NUL byte, the mark of binary data. */
    static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** Drops a leading byte order mark and turns CRLF and lone CR line ends into LF. */
    static String normalise(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
