package org.parley.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.store.Exports;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code parley export --format csv|jsonl|parquet|gdelt|plover --out PATH [filters]}: writes the stored events the
 * filters keep (see {@link Exports} for each format). Prints one line: how many events went to which file, and how
 * many the format could not take. Exit 1 with one line on a missing database, a bad filter or an unwritable file.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export stored events as CSV, JSON Lines, Parquet, GDELT 2.0 event table or PLOVER JSON.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption db = new DatabaseOption();

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "csv, jsonl, parquet, gdelt (tab-separated, 61 columns) or plover (JSON Lines).")
    private Exports.Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "File to write (replaced).")
    private Path out;

    @Mixin
    private FilterOptions filters = new FilterOptions();

    @Override
    public Integer call() {
        return Databases.read(db.file, "export", spec.commandLine().getOut(), spec.commandLine().getErr(), store -> {
            Exports.Result r = new Exports(store).write(filters.filter(), format, out);
            return "parley export: " + r.written() + " events to " + out + " (" + format.name().toLowerCase(Locale.ROOT)
                    + ")" + (r.leftOut() == 0 ? "" : "; " + r.leftOut() + " left out ("
                    + (format == Exports.Format.GDELT ? "no day" : "no PLOVER type") + ")") + "\n";
        });
    }

    /** Parses {@code --format} in any case. */
    static final class FormatConverter implements ITypeConverter<Exports.Format> {
        @Override
        public Exports.Format convert(String value) {
            try {
                return Exports.Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("not an export format (csv, jsonl, parquet, gdelt or plover): "
                        + value);
            }
        }
    }
}
