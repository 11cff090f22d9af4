package org.parley.app.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Gold data of peer systems converted for {@code parley eval --gold-format}: PETRARCH {@code expected.jsonl}
 * ({@link PetrarchGold}), PLOVER's gold-standard records ({@link PloverGold}) and ConfliBERT's CAMEO class test
 * sentences ({@link ConflibertGold}). These converters belong to the evaluation, not to the product's path.
 */
public final class PeerGold {
    private PeerGold() {
    }

    /** The gold formats {@code eval} reads. */
    public enum Format {
        /** shared/eval/FORMAT.md (the default). */
        PARLEY,
        /** PETRARCH-2 / UD-PETRARCH expected.jsonl (shared/data/petrarch2-*, udpetrarch-validate-2_02). */
        PETRARCH,
        /** PLOVER_GSR_CAMEO.json with CAMEO2PLOVER-2021.txt beside it (shared/data/plover). */
        PLOVER,
        /** ConfliBERT cameo_class_*.tsv: sentence TAB penta class 0-4 (shared/data/conflibert-cameo). */
        CONFLIBERT;

        /** "petrarch" for PETRARCH. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What a converter made of a peer file.
     *
     * @param cases    cases for event matching (FORMAT.md scoring)
     * @param labelled cases for class accuracy (each text with its gold class)
     * @param summary  one line on what was converted and what was left out, with counts
     */
    public record Converted(List<GoldCase> cases, List<ClassAccuracy.LabelledCase> labelled, String summary) {
        public Converted {
            cases = List.copyOf(cases);
            labelled = List.copyOf(labelled);
            Objects.requireNonNull(summary, "summary");
        }
    }

    /** Reads {@code file} in {@code format}; PARLEY reads a FORMAT.md gold file with {@link GoldFile}. */
    public static Converted read(Path file, Format format) throws GoldFileException {
        return switch (format) {
            case PARLEY -> new Converted(GoldFile.read(file), List.of(), "");
            case PETRARCH -> PetrarchGold.read(file);
            case PLOVER -> PloverGold.read(file);
            case CONFLIBERT -> ConflibertGold.read(file);
        };
    }

    /**
     * The whole text of a peer gold file (UTF-8).
     *
     * @throws GoldFileException naming the file when it is missing or cannot be read
     */
    static String text(java.nio.file.Path file) throws GoldFileException {
        try {
            return java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new GoldFileException("no such file: " + file, e);
        } catch (java.io.IOException e) {
            throw new GoldFileException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
