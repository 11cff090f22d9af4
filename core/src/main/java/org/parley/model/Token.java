package org.parley.model;

/**
 * One token of a parsed sentence.
 *
 * @param index  0-based token index within its sentence
 * @param word   the surface form
 * @param lemma  the lemma (lower case for regular words)
 * @param pos    Penn Treebank part-of-speech tag
 * @param ner    named-entity tag from the NER model ("O" when none; PERSON, LOCATION, ORGANIZATION, MISC, ...)
 * @param begin  character offset of the first character in the article text
 * @param end    character offset one past the last character in the article text
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {
    public Token {
        if (index < 0 || begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad token offsets: index " + index + ", " + begin + ".." + end);
        }
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }
}
