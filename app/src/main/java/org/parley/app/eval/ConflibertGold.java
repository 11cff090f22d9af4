package org.parley.app.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Converts ConfliBERT's {@code cameo_class_*.tsv} (no header; {@code sentence TAB label}, label 0-4 the penta
 * class: shared/data/conflibert-cameo/SOURCE.md) into labelled cases {@code conflibert-N} (N the 1-based line), no
 * date. This is class accuracy, not event matching: see {@link ClassAccuracy#penta()}.
 */
public final class ConflibertGold {
    private ConflibertGold() {
    }

    /** Reads a class TSV file. */
    public static PeerGold.Converted read(Path file) throws GoldFileException {
        return read(PeerGold.text(file), file.toString());
    }

    /** Converts the text of a class TSV; a line without a tab and a 0-4 label is an error naming the line. */
    public static PeerGold.Converted read(String content, String name) throws GoldFileException {
        List<ClassAccuracy.LabelledCase> cases = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            String label = tab < 0 ? "" : line.substring(tab + 1).strip();
            String text = tab < 0 ? "" : line.substring(0, tab).strip();
            if (!label.matches("[0-4]") || text.isEmpty()) {
                throw new GoldFileException(name + ":" + (i + 1) + ": expected 'sentence<TAB>0-4'");
            }
            cases.add(new ClassAccuracy.LabelledCase("conflibert-" + (i + 1), Optional.empty(), text, label,
                    Set.of(label)));
        }
        return new PeerGold.Converted(List.of(), cases, "conflibert gold " + name + ": " + cases.size()
                + " sentences with a penta class");
    }
}
