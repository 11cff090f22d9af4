package org.parley.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.knowledge.AgentNoun;
import org.parley.knowledge.EventPattern;
import org.parley.knowledge.Knowledge;
import org.parley.knowledge.NamedActor;
import org.parley.knowledge.OfficeHolder;
import org.parley.knowledge.PetrarchDictionaries;
import org.parley.knowledge.PetrarchVerbs;
import org.parley.nlp.NlpParser;
import org.parley.pipeline.Pipeline;
import picocli.CommandLine.Option;

/**
 * The options {@code code}, {@code ingest} and {@code eval} share for loading users' PETRARCH/TABARI
 * dictionaries ({@link PetrarchDictionaries} and {@link PetrarchVerbs} describe the formats,
 * {@link Knowledge#withImported} the merge).
 * Files are read as UTF-8 with malformed bytes replaced and NUL characters dropped.
 */
public final class DictionaryOptions {
    @Option(names = "--actors", paramLabel = "FILE",
            description = "A PETRARCH/TABARI actor dictionary to add to the built-in tables (repeatable).")
    private List<Path> actorFiles = new ArrayList<>();

    @Option(names = "--agents", paramLabel = "FILE",
            description = "A PETRARCH/TABARI agent dictionary to add to the built-in tables (repeatable).")
    private List<Path> agentFiles = new ArrayList<>();

    @Option(names = "--verbs", paramLabel = "FILE",
            description = "A PETRARCH verb dictionary (e.g. CAMEO.2.0.txt) whose patterns follow the built-in ones"
                    + " (repeatable).")
    private List<Path> verbFiles = new ArrayList<>();

    @Option(names = "--replace-built-in",
            description = "Use the given dictionaries instead of the built-in actor/agent tables (and the built-in"
                    + " patterns of the verbs a --verbs file defines), not in addition.")
    private boolean replaceBuiltIns;

    /** No dictionaries (what picocli starts from). */
    public DictionaryOptions() {
    }

    /** Options with these files (tests). */
    DictionaryOptions(List<Path> actorFiles, List<Path> agentFiles, boolean replaceBuiltIns) {
        this(actorFiles, agentFiles, List.of(), replaceBuiltIns);
    }

    /** Options with these files, verb dictionaries included (tests). */
    DictionaryOptions(List<Path> actorFiles, List<Path> agentFiles, List<Path> verbFiles, boolean replaceBuiltIns) {
        this.actorFiles = new ArrayList<>(actorFiles);
        this.agentFiles = new ArrayList<>(agentFiles);
        this.verbFiles = new ArrayList<>(verbFiles);
        this.replaceBuiltIns = replaceBuiltIns;
    }

    /** Every dictionary file given: actors, then agents, then verbs, each in the order given. */
    public List<Path> files() {
        List<Path> all = new ArrayList<>(actorFiles);
        all.addAll(agentFiles);
        all.addAll(verbFiles);
        return List.copyOf(all);
    }

    /** Whether the given dictionaries replace the built-in tables instead of adding to them. */
    public boolean replacesBuiltIns() {
        return replaceBuiltIns;
    }

    /**
     * The standard coder: the lean CoreNLP pipeline over the built-in tables with these dictionaries merged in
     * ({@link #apply}, whose messages go to {@code err}). Loads the models: call it once, when there is an article.
     */
    Coder pipeline(PrintWriter err) {
        return new Pipeline(NlpParser.lean(), apply(Knowledge.load(), err))::code;
    }

    /** True if no dictionary was given, so {@link #apply} returns the tables unchanged. */
    public boolean isEmpty() {
        return actorFiles.isEmpty() && agentFiles.isEmpty() && verbFiles.isEmpty();
    }

    /**
     * {@code builtIn} with the dictionaries merged in. Prints each skipped line as
     * {@code parley: FILE:LINE: problem} and one summary per file,
     * {@code parley: imported N actors, M agents from FILE (K lines skipped)}, or for a verb dictionary
     * {@code parley: imported N verb patterns from FILE (K lines skipped)} and, if some patterns need more
     * context than parley matches, {@code parley: FILE: M patterns not imported: ...}, on {@code err}.
     * Verb patterns are merged by {@link org.parley.knowledge.EventPatterns#withImported}.
     *
     * @throws IllegalArgumentException naming the file if a dictionary cannot be read
     */
    public Knowledge apply(Knowledge builtIn, PrintWriter err) {
        if (isEmpty()) {
            return builtIn;
        }
        List<NamedActor> actors = new ArrayList<>();
        List<OfficeHolder> holders = new ArrayList<>();
        List<AgentNoun> agents = new ArrayList<>();
        for (Path file : actorFiles) {
            var result = read(file, in -> PetrarchDictionaries.readActors(in, file.toString()));
            actors.addAll(result.entries().namedActors());
            holders.addAll(result.entries().officeHolders());
            report(err, file, result.problems(), result.entries().actors(), 0);
        }
        for (Path file : agentFiles) {
            var result = read(file, in -> PetrarchDictionaries.readAgents(in, file.toString()));
            agents.addAll(result.entries());
            report(err, file, result.problems(), 0, result.entries().size());
        }
        List<EventPattern> verbs = new ArrayList<>();
        for (Path file : verbFiles) {
            var result = read(file, in -> PetrarchVerbs.read(in, file.toString()));
            verbs.addAll(result.entries().patterns());
            result.problems().forEach(problem -> err.println("parley: " + problem));
            err.println("parley: imported " + result.entries().patterns().size() + " verb patterns from " + file
                    + " (" + result.problems().size() + " lines skipped)");
            if (result.entries().unsupported() > 0) {
                err.println("parley: " + file + ": " + result.entries().unsupported() + " patterns not imported:"
                        + " parley matches a verb with a particle, a preposition or one object, not longer contexts");
            }
        }
        err.flush();
        Knowledge merged = builtIn.withImported(actors, holders, agents, replaceBuiltIns);
        return verbFiles.isEmpty() ? merged
                : merged.withPatterns(merged.patterns().withImported(verbs, replaceBuiltIns));
    }

    private interface Parse<T> {
        PetrarchDictionaries.ImportResult<T> from(BufferedReader in);
    }

    private static <T> PetrarchDictionaries.ImportResult<T> read(Path file, Parse<T> parse) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            return parse.from(in);
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            String why = cause instanceof NoSuchFileException ? "no such file" : String.valueOf(cause.getMessage());
            throw new IllegalArgumentException("cannot read dictionary " + file + ": " + why, e);
        }
    }

    private static void report(PrintWriter err, Path file, List<String> problems, int actors, int agents) {
        problems.forEach(problem -> err.println("parley: " + problem));
        err.println("parley: imported " + actors + " actors, " + agents + " agents from " + file
                + " (" + problems.size() + " lines skipped)");
    }
}
