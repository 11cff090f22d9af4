package org.parley.nlp;

import java.util.Properties;

/**
 * The CoreNLP 4.5 configurations parley runs and is measured against, as CoreNLP properties. Each call returns a
 * new {@link Properties} the caller may change.
 *
 * <ul>
 *   <li>{@link #lean()}: parley's own: tokenize, ssplit (a newline ends a sentence), pos, lemma, one CRF NER model
 *       (CoNLL 4-class) without fine-grained NER, SUTime or numeric classifiers, and the UD dependency parser.</li>
 *   <li>{@link #floor()}: the same without NER: tokenize, ssplit, pos, lemma, depparse, with parley's parser
 *       settings (the UD model, a larger parser cache). No coder that needs a dependency parse can run faster than
 *       this.</li>
 *   <li>{@link #defaultNer()}: parley's configuration with CoreNLP's default NER (three CRF models, fine-grained
 *       regex NER, SUTime, numeric classifiers): the slower setting parley's accuracy is compared with.</li>
 *   <li>{@link #defaultEnglish()}: CoreNLP's default English pipeline as event coders built on CoreNLP run it
 *       (tokenize, ssplit, pos, lemma, ner, depparse, statistical coref, quote with attribution), with CoreNLP's
 *       default for every other setting.</li>
 * </ul>
 * Every model comes from the {@code stanford-corenlp} models jar of Maven Central (4.5.10).
 */
public final class NlpConfigurations {
    /**
     * How many hidden-layer products of (feature, position) pairs the neural parser keeps once computed
     * ({@code depparse.numCached}; CoreNLP's default is 5,000). The model precomputes its most frequent features;
     * every other one costs an embedding-by-weights product, and with 5,000 entries the parser recomputes most of
     * them sentence after sentence. 100,000 entries (about 80 MB) parsed unseen real articles about 20 % faster on
     * parley's development machine, warmed up on other articles; 300,000 did no better. The cache holds products,
     * not results: the parse is the same.
     */
    static final int PARSER_CACHE = 100_000;

    private NlpConfigurations() {
    }

    /** parley's lean configuration. */
    public static Properties lean() {
        Properties p = defaultNer();
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

    /** The parse alone, with parley's settings: tokenize, ssplit, pos, lemma, depparse. */
    public static Properties floor() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        p.setProperty("depparse.numCached", String.valueOf(PARSER_CACHE));
        return p;
    }

    /** parley's configuration with CoreNLP's default NER in place of the one CRF model. */
    public static Properties defaultNer() {
        Properties p = floor();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        return p;
    }

    /** CoreNLP's default English pipeline with NER, dependency parse, statistical coreference and quotes. */
    public static Properties defaultEnglish() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        p.setProperty("coref.algorithm", "statistical");
        return p;
    }
}
