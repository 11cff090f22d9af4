package org.parley.store;

/**
 * Row counts of the store.
 *
 * @param articles       coded articles stored
 * @param events         distinct events across articles (rows of the {@code events} view), all modalities
 * @param mentions       event mentions: one per report of an event in an article
 * @param quotes         quotations
 * @param actors         distinct actor codes mentioned (rows of the {@code actors} view)
 * @param actorMentions  actor mentions
 * @param issues         issue tags of articles and events
 */
public record Counts(long articles, long events, long mentions, long quotes, long actors, long actorMentions,
                     long issues) {
    public Counts {
        if (articles < 0 || events < 0 || mentions < 0 || quotes < 0 || actors < 0 || actorMentions < 0 || issues < 0) {
            throw new IllegalArgumentException("negative count: articles " + articles + ", events " + events
                    + ", mentions " + mentions + ", quotes " + quotes + ", actors " + actors
                    + ", actor mentions " + actorMentions + ", issues " + issues);
        }
    }
}
