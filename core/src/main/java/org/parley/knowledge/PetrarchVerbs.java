package org.parley.knowledge;

import java.io.BufferedReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.CameoCode;

/**
 * Reads a user's PETRARCH verb dictionary (the format of {@code CAMEO.2.0.txt} and
 * {@code PETR.Validate.verbs.txt}; see petrarch2 {@code docs/source/dictionaries.rst}) into VERB
 * {@link EventPattern}s. Pure parsing: the caller opens the file, decoding leniently; NUL characters are
 * dropped and comments cut as in the actor and agent dictionaries ({@link PetrarchDictionaries}).
 *
 * <p><b>What maps.</b> A block {@code ---  NAME  [code]  ---} lists verb forms, one a line:
 * {@code FREEZE {FREEZES FROZE}} (the first word is the lemma; the forms in braces are PETRARCH's
 * inflections, which parley's lemmatiser makes unnecessary) or a phrase {@code +STIR_UP} whose {@code +}
 * word is the verb (lemma "stir", particle "up"; a second word that is neither particle nor preposition, as
 * in {@code +TAKE_SHAPE}, becomes the object lemma). A form may carry its own {@code [code]}, else the
 * block's applies; each coded form gives a pattern with target slot "obj". Each pattern line
 * {@code - * ... [code]} applies to every form of its block and maps when, after the verb {@code *}, it has
 * <ul>
 *   <li>nothing or {@code +} (the target as object): target slot "obj";</li>
 *   <li>a preposition, alone or before {@code +} or {@code %}, also in parentheses ({@code * WITH +},
 *       {@code * (TO)}): that preposition as the target slot;</li>
 *   <li>one object word, a braced compound {@code {BANK ACCOUNT}}, an underscore phrase or a synset
 *       {@code &NAME} (one pattern per member): an object-conditioned pattern (target slot "obj", object
 *       lemma singular and lower case);</li>
 * </ul>
 * each optionally after a particle ({@code * DOWN RIOT}, {@code * DOWN FROM}). Before the verb only the
 * source marks {@code $} and {@code %} may stand. Codes: {@code [---]} is no event (the line gives
 * nothing); of a pair {@code [042:043]} the first code is taken.
 *
 * <p><b>What does not map</b> (counted in {@link Verbs#unsupported}, not reported line by line): words before
 * the verb, more than one word or a prepositional phrase after it ({@code * (TO BORDER)}), target marks
 * within longer contexts, pairs with no first code ({@code [:173]}, an event of the target on the source)
 * and the transformation rules ({@code ~ a (a b ATTACK) SAY = a b 015}). A {@code [---]} line's "this
 * context is no event" is not kept either.
 *
 * <p><b>Problems</b>, reported as {@code "SOURCE:LINE: message"} with the line skipped: a code that is
 * not CAMEO ({@code [def]}, {@code [903]}), a pattern without {@code [code]} or without one {@code *},
 * unbalanced braces or parentheses, an undefined synset, a form or pattern outside a block.
 */
public final class PetrarchVerbs {
    private static final Pattern HEADER = Pattern.compile("---\\s*(.*?)\\s*(?:\\[([^\\]]*)\\])?\\s*-*\\s*");
    private static final Pattern FORM = Pattern.compile("([^\\s{\\[]+)\\s*(\\{[^}]*\\})?\\s*(?:\\[([^\\]]*)\\])?");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "away", "back", "forward",
            "aside", "ahead", "apart");
    private static final Set<String> PREPOSITIONS = Set.of("about", "above", "across", "after", "against",
            "along", "alongside", "amid", "among", "around", "at", "before", "behind", "beside", "between",
            "beyond", "by", "despite", "during", "for", "from", "in", "inside", "into", "near", "of", "on",
            "onto", "over", "past", "regarding", "since", "through", "throughout", "to", "toward", "towards",
            "under", "until", "upon", "via", "with", "within", "without");

    /**
     * The patterns a verb dictionary gave.
     *
     * @param patterns    VERB patterns in file order, each distinct (a repeat of lemma, particle, object and
     *                    targets is dropped: the first wins, as in lookups)
     * @param verbs       the number of distinct lemmas among them
     * @param unsupported pattern lines, verb forms, block codes and transformation rules parley cannot match
     *                    (see the class doc)
     */
    public record Verbs(List<EventPattern> patterns, int verbs, int unsupported) {
        /** Copies the list. */
        public Verbs {
            patterns = List.copyOf(patterns);
        }
    }

    private PetrarchVerbs() {
    }

    /**
     * Reads a verb dictionary.
     *
     * @param in         the dictionary text
     * @param sourceName the name problems are reported under (usually the file name)
     * @return the patterns and the problems; never throws for bad content
     * @throws UncheckedIOException if the reader fails
     */
    public static PetrarchDictionaries.ImportResult<Verbs> read(BufferedReader in, String sourceName) {
        return new Reader(sourceName).read(PetrarchLines.read(in));
    }

    /** A lemma as parley's lemmatiser gives nouns: a regular English plural made singular ("rallies" → "rally"). */
    static String singular(String word) {
        int n = word.length();
        if (n <= 3 || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is") || word.endsWith("ics")
                || word.equals("news") || !word.endsWith("s")) {
            return word;
        }
        if (word.endsWith("ies") && n > 4) {
            return word.substring(0, n - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, n - 2);
        }
        return word.substring(0, n - 1);
    }

    /** What a form or a pattern line asks for besides the lemma. */
    private record Context(String particle, List<String> targets, List<String> objects) {
    }

    /** A verb form of a block: lemma, its phrase's particle or object, and its own code if any. */
    private record Form(String lemma, String particle, String object, Optional<CameoCode> code) {
    }

    /** A pattern line kept for the end of the file, when every synset is known. */
    private record Line(int number, List<String> lower, CameoCode code) {
    }

    private static final class Block {
        private final List<Form> forms = new ArrayList<>();
        private final List<Line> lines = new ArrayList<>();
        private Optional<CameoCode> code = Optional.empty();
    }

    private static final class Reader {
        private final String source;
        private final List<String> problems = new ArrayList<>();
        private final Map<String, List<String>> synsets = new HashMap<>();
        private final List<Block> blocks = new ArrayList<>();
        private int unsupported;

        Reader(String source) {
            this.source = source;
        }

        PetrarchDictionaries.ImportResult<Verbs> read(List<PetrarchLines.Line> lines) {
            Block block = null;
            List<String> synset = null;
            for (PetrarchLines.Line line : lines) {
                String text = line.text().strip();
                if (text.startsWith("&")) {
                    synset = synsets.computeIfAbsent(synsetName(text.split("\\s+")[0]), k -> new ArrayList<>());
                    continue;
                }
                if (synset != null && text.startsWith("+")) {
                    synset.add(text.substring(1).strip());
                    continue;
                }
                synset = null;
                if (text.startsWith("---")) {
                    block = header(text, line.number());
                } else if (text.startsWith("~")) {
                    unsupported++;
                } else if (block == null) {
                    problem(line.number(), "'" + text + "' outside a verb block (no '--- VERB [code] ---' before it)");
                } else if (text.startsWith("-")) {
                    patternLine(block, text.substring(1), line.number());
                } else {
                    form(block, text, line.number());
                }
            }
            Map<String, EventPattern> patterns = new LinkedHashMap<>();
            for (Block b : blocks) {
                emit(b, patterns);
            }
            List<EventPattern> out = List.copyOf(patterns.values());
            int verbs = (int) out.stream().map(EventPattern::lemma).distinct().count();
            return new PetrarchDictionaries.ImportResult<>(new Verbs(out, verbs, unsupported), problems);
        }

        private Block header(String text, int number) {
            Block block = new Block();
            blocks.add(block);
            Matcher m = HEADER.matcher(text);
            if (m.matches() && m.group(2) != null) {
                block.code = code(m.group(2), number);
                unsupported += m.group(2).strip().startsWith(":") ? 1 : 0;
            }
            return block;
        }

        private void form(Block block, String text, int number) {
            Matcher m = FORM.matcher(text);
            if (!m.matches()) {
                problem(number, "cannot read verb form '" + text + "'; skipped");
                return;
            }
            List<String> words = words(m.group(1));
            if (words.isEmpty() || words.stream().anyMatch(w -> w.replace("+", "").isEmpty())) {
                problem(number, "cannot read verb form '" + text + "'; skipped");
                return;
            }
            int verb = 0;
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).startsWith("+")) {
                    verb = i;
                }
            }
            Optional<CameoCode> code = m.group(3) == null ? block.code : code(m.group(3), number);
            String lemma = words.get(verb).replace("+", "");
            List<String> rest = words.subList(verb + 1, words.size());
            if (verb > 0 || rest.size() > 1 || lemma.isEmpty()) {
                unsupported++;
                return;
            }
            String next = rest.isEmpty() ? "" : rest.get(0).replace("+", "");
            boolean particle = PARTICLES.contains(next) || PREPOSITIONS.contains(next);
            block.forms.add(new Form(lemma, particle ? next : "", particle ? "" : singular(next), code));
        }

        private void patternLine(Block block, String text, int number) {
            Matcher m = CODE.matcher(text);
            if (!m.find()) {
                problem(number, "pattern has no [code]; skipped");
                return;
            }
            String spec = m.group(1).strip();
            String pattern = text.substring(0, m.start());
            if (spec.equals("---")) {
                return;
            }
            String first = spec.contains(":") ? spec.substring(0, spec.indexOf(':')).strip() : spec;
            if (first.isEmpty()) {
                unsupported++;
                return;
            }
            Optional<CameoCode> code = code(first, number);
            if (code.isEmpty()) {
                return;
            }
            List<String> tokens = tokens(pattern);
            int star = tokens.indexOf("*");
            if (star < 0 || tokens.lastIndexOf("*") != star) {
                problem(number, "pattern needs one '*' for the verb: '" + shown(pattern) + "'; skipped");
                return;
            }
            if (!balanced(tokens)) {
                problem(number, "unbalanced braces or parentheses in '" + shown(pattern) + "'; skipped");
                return;
            }
            if (!tokens.subList(0, star).stream().allMatch(t -> t.equals("$") || t.equals("%"))) {
                unsupported++;
                return;
            }
            block.lines.add(new Line(number, List.copyOf(tokens.subList(star + 1, tokens.size())), code.get()));
        }

        private void emit(Block block, Map<String, EventPattern> out) {
            for (Form f : block.forms) {
                f.code().ifPresent(code -> add(out, f, new Context("", List.of("obj"), List.of("")), code));
            }
            for (Line line : block.lines) {
                Optional<Context> context = context(line);
                if (context.isEmpty()) {
                    unsupported++;
                    continue;
                }
                for (Form f : block.forms) {
                    add(out, f, context.get(), line.code());
                }
            }
        }

        private static void add(Map<String, EventPattern> out, Form form, Context context, CameoCode code) {
            if (!form.particle().isEmpty() && !context.particle().isEmpty()) {
                return;
            }
            String particle = form.particle().isEmpty() ? context.particle() : form.particle();
            for (String object : context.objects()) {
                if (!form.object().isEmpty() && !object.isEmpty()) {
                    continue;
                }
                String o = object.isEmpty() ? form.object() : object;
                EventPattern p = new EventPattern(EventPattern.Kind.VERB, form.lemma(), particle, code,
                        context.targets(), Set.of(), o);
                out.putIfAbsent(String.join("|", p.lemma(), p.particle(), p.objectLemma(), p.targets().toString()), p);
            }
        }

        /** The context after the verb, or empty if parley cannot match it; reports undefined synsets. */
        private Optional<Context> context(Line line) {
            List<String> lower = new ArrayList<>(line.lower());
            if (lower.size() >= 2 && lower.get(0).equals("(") && lower.get(lower.size() - 1).equals(")")
                    && lower.indexOf(")") == lower.size() - 1) {
                lower = new ArrayList<>(lower.subList(1, lower.size() - 1));
            }
            String particle = "";
            if (!lower.isEmpty() && PARTICLES.contains(lower.get(0))) {
                particle = lower.remove(0);
            }
            if (lower.isEmpty() || lower.equals(List.of("+"))) {
                return Optional.of(new Context(particle, List.of("obj"), List.of("")));
            }
            String head = lower.get(0);
            if (PREPOSITIONS.contains(head) && (lower.size() == 1
                    || lower.size() == 2 && (lower.get(1).equals("+") || lower.get(1).equals("%")))) {
                return Optional.of(new Context(particle, List.of(head), List.of("")));
            }
            List<String> phrase;
            if (head.equals("{") && lower.get(lower.size() - 1).equals("}") && lower.indexOf("}") == lower.size() - 1) {
                phrase = lower.subList(1, lower.size() - 1);
            } else if (lower.size() == 1 && !PREPOSITIONS.contains(head)) {
                phrase = words(head);
            } else {
                return Optional.empty();
            }
            if (phrase.isEmpty() || phrase.stream().anyMatch(w -> "{}()$+%^*".contains(w))) {
                return Optional.empty();
            }
            return Optional.of(new Context(particle, List.of("obj"), objects(phrase, line.number())));
        }

        /** Every object phrase the words stand for, synsets expanded; none after reporting an undefined synset. */
        private List<String> objects(List<String> phrase, int number) {
            List<String> out = List.of("");
            for (String word : phrase) {
                List<String> alternatives;
                if (word.startsWith("&")) {
                    Optional<List<String>> members = members(synsetName(word), new HashSet<>());
                    if (members.isEmpty()) {
                        problem(number, "synset " + synsetName(word) + " is not defined; skipped");
                        return List.of();
                    }
                    alternatives = members.get();
                } else {
                    alternatives = List.of(word);
                }
                List<String> next = new ArrayList<>();
                for (String prefix : out) {
                    for (String a : alternatives) {
                        next.add(prefix.isEmpty() ? a : prefix + " " + a);
                    }
                }
                out = next;
            }
            Set<String> lemmas = new LinkedHashSet<>();
            for (String o : out) {
                int space = o.lastIndexOf(' ');
                lemmas.add(o.substring(0, space + 1) + singular(o.substring(space + 1)));
            }
            return List.copyOf(lemmas);
        }

        /** The member phrases of a synset, nested synsets expanded; empty if it is not defined. */
        private Optional<List<String>> members(String name, Set<String> seen) {
            List<String> raw = synsets.get(name);
            if (raw == null || !seen.add(name)) {
                return raw == null ? Optional.empty() : Optional.of(List.of());
            }
            List<String> out = new ArrayList<>();
            for (String member : raw) {
                if (member.startsWith("&")) {
                    members(synsetName(member), seen).ifPresent(out::addAll);
                } else if (!words(member).isEmpty()) {
                    out.add(String.join(" ", words(member)));
                }
            }
            return Optional.of(out);
        }

        private Optional<CameoCode> code(String spec, int number) {
            String first = spec.contains(":") ? spec.substring(0, spec.indexOf(':')).strip() : spec.strip();
            if (first.equals("---") || first.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(CameoCode.of(first));
            } catch (IllegalArgumentException e) {
                problem(number, "[" + spec.strip() + "]: " + e.getMessage() + "; skipped");
                return Optional.empty();
            }
        }

        private void problem(int line, String message) {
            problems.add(source + ":" + line + ": " + message);
        }
    }

    private static String shown(String pattern) {
        return pattern.strip().replaceAll("\\s+", " ");
    }

    private static String synsetName(String token) {
        return token.replaceAll("_+$", "").toUpperCase(Locale.ROOT);
    }

    /** The words of a phrase joined by spaces or underscores, lower case (a trailing '_' means nothing here). */
    private static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[\\s_]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The tokens of a pattern: words, synsets, marks ($ + % ^ *) and braces or parentheses on their own. */
    private static List<String> tokens(String pattern) {
        String spaced = pattern.replace("**", "*").replaceAll("_?\\*_?", "*").replaceAll("([{}()*])", " $1 ");
        List<String> out = new ArrayList<>();
        for (String t : spaced.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!t.isEmpty()) {
                out.add(t.startsWith("&") ? t.toUpperCase(Locale.ROOT) : t);
            }
        }
        return out;
    }

    private static boolean balanced(List<String> tokens) {
        int braces = 0;
        int parens = 0;
        for (String t : tokens) {
            braces += t.equals("{") ? 1 : t.equals("}") ? -1 : 0;
            parens += t.equals("(") ? 1 : t.equals(")") ? -1 : 0;
            if (braces < 0 || parens < 0 || braces > 1 || parens > 1) {
                return false;
            }
        }
        return braces == 0 && parens == 0;
    }
}
