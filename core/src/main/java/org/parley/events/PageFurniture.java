package org.parley.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.model.Sentence;

/**
 * Page furniture that news sites leave in an article's text ("SEE ALSO: ...", "Hide Caption 7 of 14 Photos: ...",
 * "Media caption ..."): such a sentence names a related story or a picture, not an event of the article. The openers
 * are the resource {@code org/parley/knowledge/page-furniture.txt}, one lower-case phrase per line, compared with the
 * sentence's first tokens.
 */
final class PageFurniture {
    private static final String RESOURCE = "/org/parley/knowledge/page-furniture.txt";
    private final List<List<String>> openers;

    private PageFurniture(List<List<String>> openers) {
        this.openers = List.copyOf(openers);
    }

    /**
     * Loads the bundled openers.
     *
     * @throws IllegalStateException when the resource is missing
     * @throws UncheckedIOException  when it cannot be read
     */
    static PageFurniture load() {
        InputStream in = PageFurniture.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        List<List<String>> openers = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String phrase = line.strip().toLowerCase(Locale.ROOT);
                if (!phrase.isEmpty() && !phrase.startsWith("#")) {
                    openers.add(List.of(phrase.split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
        return new PageFurniture(openers);
    }

    /** True when the sentence's first tokens are one of the openers ("See also", "Hide Caption"). */
    boolean opens(Sentence s) {
        int first = 0;
        while (first < s.size() && s.token(first).word().matches("\\p{Punct}+")) {
            first++;
        }
        for (List<String> opener : openers) {
            boolean match = first + opener.size() <= s.size();
            for (int i = 0; match && i < opener.size(); i++) {
                match = s.token(first + i).word().toLowerCase(Locale.ROOT).equals(opener.get(i));
            }
            if (match) {
                return true;
            }
        }
        return false;
    }
}
