package org.parley.store;

/**
 * Row counts of the store's tables.
 *
 * @param articles coded articles stored
 * @param events   events over all articles, whatever their modality
 * @param quotes   quotations
 * @param mentions actor mentions
 */
public record Counts(int articles, int events, int quotes, int mentions) {
    public Counts {
        if (articles < 0 || events < 0 || quotes < 0 || mentions < 0) {
            throw new IllegalArgumentException("negative count: articles " + articles + ", events " + events
                    + ", quotes " + quotes + ", mentions " + mentions);
        }
    }
}
