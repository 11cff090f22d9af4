package org.parley.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.parley.app.eval.ClassAccuracy;
import org.parley.app.eval.CodedCase;
import org.parley.app.eval.EvalReport;
import org.parley.app.eval.GoldCase;
import org.parley.app.eval.GoldFileException;
import org.parley.app.eval.PeerGold;
import org.parley.app.eval.PloverGold;
import org.parley.app.eval.Scorer;
import org.parley.knowledge.Knowledge;
import org.parley.model.Article;
import org.parley.model.CodedArticle;
import org.parley.nlp.NlpParser;
import org.parley.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley eval --gold FILE [--json] [--verbose]}: codes every case of a gold file with one pipeline and
 * prints the scores of {@code shared/eval/FORMAT.md}. Exit 0 after a report, 1 on a bad gold file or a pipeline
 * that cannot be built (one line on stderr each).
 *
 * <p>{@code --gold-format} reads peer gold data instead ({@link PeerGold}): {@code petrarch} (expected.jsonl of the
 * PETRARCH suites) and {@code plover} are scored as events (plover also by category accuracy), {@code conflibert} by
 * penta-class accuracy only. What a converter left out is summarised on stderr. {@code --limit N} scores the first
 * N cases.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score parley against a gold file of coded cases (JSON Lines).")
public final class EvalCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DictionaryOptions dictionaries = new DictionaryOptions();

    @Option(names = "--gold", required = true, paramLabel = "FILE",
            description = "Gold file, one case a line (format: shared/eval/FORMAT.md).")
    private Path gold;

    @Option(names = "--json", description = "Print the report as one JSON line.")
    private boolean json;

    @Option(names = "--verbose", description = "List each case's misses and false alarms.")
    private boolean verbose;

    @Option(names = "--gold-format", paramLabel = "FORMAT", defaultValue = "parley",
            converter = FormatConverter.class,
            description = "Format of the gold file: parley (FORMAT.md), petrarch, plover or conflibert.")
    private PeerGold.Format format = PeerGold.Format.PARLEY;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N cases of the file.")
    private Integer limit;

    private final Supplier<Coder> coders;

    /** The command with the standard pipeline, loaded only once the gold file has been read. */
    public EvalCommand() {
        this.coders = () -> new Pipeline(NlpParser.lean(),
                dictionaries.apply(Knowledge.load(), spec.commandLine().getErr()))::code;
    }

    /** The command with a given coder (tests). */
    EvalCommand(Coder coder) {
        this.coders = () -> coder;
    }

    /** The command with a given source of coders (tests); the supplier is called at most once. */
    EvalCommand(Supplier<Coder> coders) {
        this.coders = coders;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit != null && limit < 0) {
            err.println("parley eval: --limit must be 0 or more");
            err.flush();
            return 1;
        }
        PeerGold.Converted gold;
        ClassAccuracy classes;
        try {
            gold = PeerGold.read(this.gold, format);
            classes = switch (format) {
                case PLOVER -> PloverGold.categories(this.gold);
                case CONFLIBERT -> ClassAccuracy.penta();
                default -> null;
            };
        } catch (GoldFileException e) {
            err.println("parley eval: " + e.getMessage());
            err.flush();
            return 1;
        }
        if (!gold.summary().isEmpty()) {
            err.println("parley eval: " + gold.summary());
            err.flush();
        }
        List<ClassAccuracy.LabelledCase> labelled = first(gold.labelled());
        java.util.Set<String> labelledIds = new java.util.HashSet<>();
        labelled.forEach(c -> labelledIds.add(c.id()));
        List<GoldCase> cases = gold.labelled().isEmpty() ? first(gold.cases())
                : gold.cases().stream().filter(c -> labelledIds.contains(c.id())).toList();
        Coder coder;
        try {
            coder = coders.get();
        } catch (RuntimeException e) {
            err.println(PipelineFailure.line(e));
            err.flush();
            return 1;
        }
        java.util.Map<String, CodedArticle> byText = new java.util.HashMap<>();
        List<ClassAccuracy.Coded> classified = new ArrayList<>(labelled.size());
        for (ClassAccuracy.LabelledCase c : labelled) {
            CodedArticle coded = coder.code(Article.of("", c.text(), "", this.gold + ":" + c.id(), c.date()));
            byText.put(c.id(), coded);
            classified.add(new ClassAccuracy.Coded(c, coded));
        }
        if (format == PeerGold.Format.CONFLIBERT) {
            ClassAccuracy.Result result = classes.score(classified);
            out.print(json ? result.toJson() + System.lineSeparator() : result.toText(verbose));
            out.flush();
            return 0;
        }
        List<CodedCase> coded = new ArrayList<>(cases.size());
        for (GoldCase c : cases) {
            CodedArticle known = byText.get(c.id());
            CodedArticle article = known != null ? known
                    : coder.code(Article.of("", c.text(), "", this.gold + ":" + c.id(), c.date()));
            coded.add(new CodedCase(c, article, article.issues().codes()));
        }
        EvalReport report = Scorer.standard().score(coded);
        if (classes == null) {
            out.print(json ? report.toJson() + System.lineSeparator() : report.toText(verbose));
        } else {
            ClassAccuracy.Result result = classes.score(classified);
            if (json) {
                try {
                    ObjectNode root = (ObjectNode) new ObjectMapper().readTree(report.toJson());
                    root.set("classes", result.toJson());
                    out.print(root + System.lineSeparator());
                } catch (java.io.IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.print(report.toText(verbose));
                out.print(result.toText(verbose));
            }
        }
        out.flush();
        return 0;
    }

    private <T> List<T> first(List<T> all) {
        return limit == null || limit >= all.size() ? all : all.subList(0, limit);
    }

    /** "parley", "petrarch", "plover", "conflibert" (any case) to a format; others are a usage error. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<PeerGold.Format> {
        @Override
        public PeerGold.Format convert(String value) {
            for (PeerGold.Format f : PeerGold.Format.values()) {
                if (f.label().equalsIgnoreCase(value.strip())) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("unknown gold format '" + value
                    + "' (parley, petrarch, plover or conflibert)");
        }
    }
}
