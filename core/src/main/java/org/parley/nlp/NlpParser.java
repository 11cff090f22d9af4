package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.parley.model.Article;
import org.parley.model.Dependency;
import org.parley.model.ParsedArticle;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * The language-processing stage: Article to ParsedArticle with Stanford CoreNLP 4.5.
 *
 * <p>With {@link NlpConfigurations}, the only class in parley that touches CoreNLP. Runs parley's lean configuration
 * ({@link #leanProperties()}): tokenize, ssplit, pos, lemma, one CRF NER model (CoNLL 4-class: PERSON,
 * LOCATION, ORGANIZATION, MISC) without fine-grained NER, SUTime or numeric classifiers, and the UD
 * dependency parser. Building one loads about 500 MB of models (15-25 s): build it once per process and
 * share it; {@link #parse} is thread-safe.
 *
 * <p>parley reads only the basic dependencies. CoreNLP's {@code depparse} annotator builds five graphs from each
 * parse (basic, collapsed, CC-processed, enhanced and enhanced++), and the four parley never reads cost about a
 * fifth of the annotator's time on news text. So {@link #lean()} and {@link #withProperties} run the annotators
 * before {@code depparse} as a CoreNLP pipeline and then the same neural parser, with the same model and settings,
 * themselves, building the basic graph only: the arcs are those of CoreNLP's basic dependencies. {@link #asCoreNlp}
 * runs a configuration exactly as CoreNLP does, for the benchmark's reference runs.
 */
public final class NlpParser {
    /** CoreNLP's {@code depparse} annotator's own property prefix (its model, its extra dependencies). */
    private static final String DEPPARSE_PREFIX = "depparse.";

    private final StanfordCoreNLP pipeline;
    private final Optional<DependencyParser> dependencies;
    private final GrammaticalStructure.Extras extras;
    private final Properties properties;

    private NlpParser(Properties properties, boolean ownParse) {
        this.properties = new Properties();
        this.properties.putAll(properties);
        List<String> annotators = Arrays.stream(properties.getProperty("annotators", "").split(","))
                .map(String::trim).filter(a -> !a.isEmpty()).collect(Collectors.toList());
        boolean parseHere = ownParse && !annotators.isEmpty()
                && annotators.get(annotators.size() - 1).equals("depparse");
        if (parseHere) {
            Properties tagging = new Properties();
            tagging.putAll(properties);
            tagging.setProperty("annotators", String.join(",", annotators.subList(0, annotators.size() - 1)));
            Properties depparse = new Properties();
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith(DEPPARSE_PREFIX)) {
                    depparse.setProperty(key.substring(DEPPARSE_PREFIX.length()), properties.getProperty(key));
                }
            }
            this.pipeline = new StanfordCoreNLP(tagging);
            this.dependencies = Optional.of(DependencyParser.loadFromModelFile(
                    depparse.getProperty("model", DependencyParser.DEFAULT_MODEL), depparse));
            this.extras = GrammaticalStructure.Extras.valueOf(
                    depparse.getProperty("extradependencies", "NONE").toUpperCase(Locale.ROOT));
        } else {
            this.pipeline = new StanfordCoreNLP(properties);
            this.dependencies = Optional.empty();
            this.extras = GrammaticalStructure.Extras.NONE;
        }
    }

    /** A parser with parley's lean configuration. */
    public static NlpParser lean() {
        return new NlpParser(leanProperties(), true);
    }

    /**
     * A parser with other CoreNLP properties (the benchmark's configurations in {@link NlpConfigurations}), run as
     * {@link #lean()} is: when {@code depparse} is the last annotator, parley runs the parser and builds the basic
     * dependencies only. Its {@link #parse} needs tokenize and ssplit; without ner every token's NER label is "O",
     * without depparse no sentence has arcs.
     */
    public static NlpParser withProperties(Properties properties) {
        Properties copy = new Properties();
        copy.putAll(properties);
        return new NlpParser(copy, true);
    }

    /**
     * A parser that runs the properties exactly as CoreNLP does, every annotator included (the {@code depparse}
     * annotator builds all five of its graphs): the benchmark's floor and CoreNLP default pipeline.
     */
    public static NlpParser asCoreNlp(Properties properties) {
        Properties copy = new Properties();
        copy.putAll(properties);
        return new NlpParser(copy, false);
    }

    /** parley's CoreNLP configuration, {@link NlpConfigurations#lean()}; each choice is measured in the benchmark. */
    public static Properties leanProperties() {
        return NlpConfigurations.lean();
    }

    /** The properties this parser was built with, as given (CoreNLP changes its own copy: 4.5 folds ssplit into tokenize). */
    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    /**
     * Runs CoreNLP over the article's text and drops the result, without converting it to parley's records: what
     * the benchmark times for CoreNLP alone.
     *
     * @return the number of tokens CoreNLP made of the text
     */
    public int annotate(Article article) {
        return annotated(article).get(CoreAnnotations.TokensAnnotation.class).size();
    }

    /**
     * Tokenises, tags and parses an article.
     *
     * @return sentences whose token offsets index into {@code article.text()}
     */
    public ParsedArticle parse(Article article) {
        Annotation doc = annotated(article);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(convert(sentences.size(), s));
        }
        return new ParsedArticle(article, sentences);
    }

    /** The CoreNLP annotation of the article's text, with the basic dependencies when this parser runs depparse. */
    private Annotation annotated(Article article) {
        Annotation doc = new Annotation(article.text());
        pipeline.annotate(doc);
        if (dependencies.isPresent()) {
            for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                GrammaticalStructure parse = dependencies.get().predict(sentence);
                sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                        SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.BASIC, extras, null));
            }
        }
        return doc;
    }

    private static Sentence convert(int index, CoreMap s) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String ner = l.ner() == null ? "O" : l.ner();
            String lemma = l.lemma() == null ? l.word() : l.lemma();
            tokens.add(new Token(i, l.originalText(), lemma, l.tag(), ner, l.beginPosition(), l.endPosition()));
        }
        SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        List<Dependency> arcs = new ArrayList<>(labels.size());
        if (graph != null) {
            for (IndexedWord root : graph.getRoots()) {
                arcs.add(new Dependency(-1, root.index() - 1, "root", ""));
            }
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                arcs.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                        e.getRelation().toString(), marker(graph, e.getDependent())));
            }
        }
        int begin = tokens.isEmpty() ? 0 : tokens.get(0).begin();
        int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        return new Sentence(index, begin, end, tokens, arcs);
    }

    /** The case or mark word attached to a dependent ("with" in "talks with China"), or "". */
    private static String marker(SemanticGraph graph, IndexedWord dependent) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(dependent)) {
            String rel = e.getRelation().toString();
            if (rel.equals("case") || rel.equals("mark")) {
                return e.getDependent().word().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }
}
