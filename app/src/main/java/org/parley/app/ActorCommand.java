package org.parley.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.parley.model.Article;
import org.parley.model.CodedArticle;
import org.parley.model.Mention;
import org.parley.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley actor TEXT [--date YYYY-MM-DD] [--context SENTENCE] [--json]}: codes TEXT (or the context
 * sentence, keeping the mentions that overlap TEXT inside it) as one article dated {@code --date} (default
 * today, which the output says), and prints each actor mention with its CAMEO code, the actor's name and the
 * evidence that resolved it, then one {@code no actor: 'X'} line per stretch of TEXT that no mention covers.
 * {@code --json} prints one JSON array of {@code {text, code, name, evidence, begin, end}} objects (character
 * offsets into the coded text); an unresolved stretch has {@code code}, {@code name} and {@code evidence} null.
 * Exit code 0 when at least one mention resolved, 1 when none did (or the pipeline failed), 2 when TEXT does
 * not occur in the context.
 */
@Command(name = "actor", mixinStandardHelpOptions = true,
        description = "Resolve an actor phrase and print the code and the evidence: a quick check of the tables.")
public final class ActorCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Words that are no actor of their own: a stretch made only of these is not reported as unresolved. */
    private static final Set<String> CONNECTIVES = Set.of("a", "an", "the", "and", "or", "of", "'s", "'", "in",
            "on", "at", "to", "for", "from", "with", "by", "as");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEXT", description = "The actor phrase, e.g. \"Russian forces\".")
    private String text;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = CodeCommand.DayConverter.class,
            description = "The day to resolve on (office holders change); default today.")
    private Optional<LocalDate> date = Optional.empty();

    @Option(names = "--context", paramLabel = "SENTENCE",
            description = "Code this sentence instead and report the mentions that overlap TEXT in it.")
    private Optional<String> context = Optional.empty();

    @Option(names = "--json", description = "Print a JSON array instead of lines.")
    private boolean json;

    private final Supplier<? extends Coder> coders;
    private final Clock clock;

    /** The command with the standard pipeline, built on first use, and the system clock for the default date. */
    public ActorCommand() {
        this(() -> Pipeline.standard()::code, Clock.systemUTC());
    }

    /** The command with another coder and clock (tests); {@code coders} is called once per run. */
    ActorCommand(Supplier<? extends Coder> coders, Clock clock) {
        this.coders = coders;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(PrintWriter out, PrintWriter err) {
        if (text.isBlank()) {
            err.println("parley: no actor text given");
            return 2;
        }
        String coded = context.orElse(text);
        List<Span> targets = occurrences(coded, text);
        if (targets.isEmpty()) {
            err.println("parley: '" + text + "' does not occur in the context: " + coded);
            return 2;
        }
        LocalDate day = date.orElseGet(() -> LocalDate.now(clock));
        String asOf = "as of " + day + (date.isPresent() ? "" : " (today; choose another day with --date)");
        if (json) {
            if (date.isEmpty()) {
                err.println("parley: " + asOf);
            }
        } else {
            out.println(asOf);
        }
        CodedArticle result;
        try {
            Coder coder = coders.get();
            result = coder.code(Article.of("", coded, "", "parley actor", Optional.of(day)));
        } catch (RuntimeException e) {
            err.println(PipelineFailure.line(e));
            return 1;
        }
        List<Mention> found = result.mentions().stream()
                .filter(m -> targets.stream().anyMatch(t -> t.overlaps(m.begin(), m.end())))
                .toList();
        List<String> unresolved = unresolved(coded, targets, found);
        if (json) {
            out.println(json(found, unresolved));
        } else {
            found.forEach(m -> out.println(line(m)));
            unresolved.forEach(u -> out.println("no actor: '" + u + "'"));
        }
        return found.isEmpty() ? 1 : 0;
    }

    /**
     * {@code 'Mr. Blinken' -> USAGOV (Antony Blinken): coreference to 'Antony Blinken'}; without the parentheses
     * when the actor has no name of its own ("Ukrainian officials").
     */
    static String line(Mention m) {
        String name = m.actor().name().isBlank() ? "" : " (" + m.actor().name() + ")";
        return "'" + m.text() + "' -> " + m.actor().code() + name + ": " + m.evidence();
    }

    /** A stretch of characters [begin, end) of the coded text. */
    private record Span(int begin, int end) {
        boolean overlaps(int b, int e) {
            return b < end && e > begin;
        }
    }

    /** Where {@code needle} occurs in {@code haystack}: exactly if it does, else ignoring case. */
    private static List<Span> occurrences(String haystack, String needle) {
        List<Span> exact = find(haystack, needle);
        return exact.isEmpty() ? find(haystack.toLowerCase(Locale.ROOT), needle.toLowerCase(Locale.ROOT)) : exact;
    }

    private static List<Span> find(String haystack, String needle) {
        List<Span> spans = new ArrayList<>();
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
            spans.add(new Span(at, at + needle.length()));
        }
        return spans;
    }

    /**
     * The stretches of the target spans that no mention covers, {@linkplain #trim trimmed}; each distinct stretch
     * once, in text order.
     */
    private static List<String> unresolved(String coded, List<Span> targets, List<Mention> found) {
        List<String> parts = new ArrayList<>();
        for (Span t : targets) {
            int start = t.begin();
            while (start < t.end()) {
                int from = start;
                while (from < t.end() && covered(from, found)) {
                    from++;
                }
                int to = from;
                while (to < t.end() && !covered(to, found)) {
                    to++;
                }
                String part = trim(coded.substring(from, to));
                if (!part.isEmpty() && !parts.contains(part)) {
                    parts.add(part);
                }
                start = to;
            }
        }
        return parts;
    }

    private static boolean covered(int offset, List<Mention> found) {
        return found.stream().anyMatch(m -> offset >= m.begin() && offset < m.end());
    }

    /** The stretch without surrounding punctuation and without leading or trailing {@link #CONNECTIVES}. */
    private static String trim(String stretch) {
        List<String> words = new ArrayList<>(List.of(stretch.strip().replaceFirst("^['\u2019]s\\b", "").split("\\s+")));
        words.replaceAll(ActorCommand::trimPunctuation);
        while (!words.isEmpty() && isConnective(words.get(0))) {
            words.remove(0);
        }
        while (!words.isEmpty() && isConnective(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return trimPunctuation(String.join(" ", words));
    }

    private static boolean isConnective(String word) {
        return word.isEmpty() || CONNECTIVES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static String trimPunctuation(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && !Character.isLetterOrDigit(s.charAt(b))) {
            b++;
        }
        while (e > b && !Character.isLetterOrDigit(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static String json(List<Mention> found, List<String> unresolved) {
        ArrayNode array = JSON.createArrayNode();
        for (Mention m : found) {
            ObjectNode node = array.addObject();
            node.put("text", m.text());
            node.put("code", m.actor().code());
            node.put("name", m.actor().name());
            node.put("evidence", m.evidence());
            node.put("begin", m.begin());
            node.put("end", m.end());
        }
        for (String u : unresolved) {
            ObjectNode node = array.addObject();
            node.put("text", u);
            node.putNull("code");
            node.putNull("name");
            node.putNull("evidence");
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }
}
