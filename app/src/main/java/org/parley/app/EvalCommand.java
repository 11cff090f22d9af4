package org.parley.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.parley.app.eval.CodedCase;
import org.parley.app.eval.EvalReport;
import org.parley.app.eval.GoldCase;
import org.parley.app.eval.GoldFile;
import org.parley.app.eval.GoldFileException;
import org.parley.app.eval.Scorer;
import org.parley.knowledge.Knowledge;
import org.parley.model.Article;
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
        List<GoldCase> cases;
        try {
            cases = GoldFile.read(gold);
        } catch (GoldFileException e) {
            err.println("parley eval: " + e.getMessage());
            err.flush();
            return 1;
        }
        Coder coder;
        try {
            coder = coders.get();
        } catch (RuntimeException e) {
            err.println(PipelineFailure.line(e));
            err.flush();
            return 1;
        }
        List<CodedCase> coded = new ArrayList<>(cases.size());
        for (GoldCase c : cases) {
            Article article = Article.of("", c.text(), "", gold + ":" + c.id(), c.date());
            coded.add(new CodedCase(c, coder.code(article)));
        }
        EvalReport report = Scorer.standard().score(coded);
        out.print(json ? report.toJson() + System.lineSeparator() : report.toText(verbose));
        out.flush();
        return 0;
    }
}
