package org.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TablesVersionTest {
    @TempDir
    Path dir;

    @Test
    void builtInTablesHaveAStableFingerprintAndDictionariesAddTheirs() throws Exception {
        String builtIn = TablesVersion.of(new DictionaryOptions());
        assertThat(builtIn).matches("builtin-[0-9a-f]{8}").isEqualTo(TablesVersion.of(new DictionaryOptions()));

        Path actors = Files.writeString(dir.resolve("a.txt"), "BLINKEN_ [USAGOV]\n");
        String added = TablesVersion.of(new DictionaryOptions(List.of(actors), List.of(), false));
        String replaced = TablesVersion.of(new DictionaryOptions(List.of(actors), List.of(), true));
        assertThat(added).matches(builtIn + "\\+dict-[0-9a-f]{8}");
        assertThat(replaced).isEqualTo(added + "+replace");

        Files.writeString(actors, "PUTIN_ [RUSGOV]\n");
        assertThat(TablesVersion.of(new DictionaryOptions(List.of(actors), List.of(), false))).isNotEqualTo(added);
    }
}
