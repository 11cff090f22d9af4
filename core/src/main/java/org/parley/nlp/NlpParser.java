package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
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
 */
public final class NlpParser {
    private final StanfordCoreNLP pipeline;
    private final Properties properties;

    private NlpParser(Properties properties) {
        this.properties = new Properties();
        this.properties.putAll(properties);
        this.pipeline = new StanfordCoreNLP(properties);
    }

    /** A parser with parley's lean configuration. */
    public static NlpParser lean() {
        return new NlpParser(leanProperties());
    }

    /**
     * A parser with other CoreNLP properties (the benchmark's configurations in {@link NlpConfigurations}). Its
     * {@link #parse} needs tokenize and ssplit; without ner every token's NER label is "O", without depparse no
     * sentence has arcs.
     */
    public static NlpParser withProperties(Properties properties) {
        Properties copy = new Properties();
        copy.putAll(properties);
        return new NlpParser(copy);
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
        Annotation doc = new Annotation(article.text());
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    /**
     * Tokenises, tags and parses an article.
     *
     * @return sentences whose token offsets index into {@code article.text()}
     */
    public ParsedArticle parse(Article article) {
        Annotation doc = new Annotation(article.text());
        pipeline.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(convert(sentences.size(), s));
        }
        return new ParsedArticle(article, sentences);
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
                return e.getDependent().word().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "";
    }
}
