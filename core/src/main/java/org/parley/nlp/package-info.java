/**
 * Language processing: the only package that imports Stanford CoreNLP. {@link org.parley.nlp.NlpParser}
 * converts CoreNLP annotations into parley's own {@link org.parley.model.Sentence} records.
 */
package org.parley.nlp;
