package org.parley.model;

/**
 * A stretch of text resolved to an actor.
 *
 * @param sentence   0-based sentence index
 * @param firstToken first token index of the mention within the sentence
 * @param lastToken  token index one past the mention
 * @param head       token index of the mention's syntactic head (the token a dependency arc points to)
 * @param begin      character offset in the article text
 * @param end        character offset one past the mention
 * @param text       the mention's text as it appears in the article
 * @param actor      the actor it resolves to
 * @param evidence   why: the rule and table entry that resolved it ("country name", "title 'Secretary of State' + USA", "coreference to 'Antony Blinken'")
 */
public record Mention(int sentence, int firstToken, int lastToken, int head, int begin, int end, String text,
                      Actor actor, String evidence) {
    public Mention {
        if (firstToken < 0 || lastToken <= firstToken || head < firstToken || head >= lastToken) {
            throw new IllegalArgumentException("bad mention tokens " + firstToken + ".." + lastToken + " head " + head);
        }
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad mention offsets " + begin + ".." + end);
        }
    }

    public boolean covers(int token) {
        return token >= firstToken && token < lastToken;
    }

    public Mention withActor(Actor other, String why) {
        return new Mention(sentence, firstToken, lastToken, head, begin, end, text, other, why);
    }
}
