package org.parley.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --db FILE}: the database a reading command reads (a picocli mixin; default {@code parley.duckdb}). */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = IngestCommand.DEFAULT_DB,
            description = "DuckDB file to read (default: ${DEFAULT-VALUE}).")
    Path file;
}
