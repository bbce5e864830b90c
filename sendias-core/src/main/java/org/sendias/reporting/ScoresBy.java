package org.sendias.reporting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Survey scores broken down by one monitoring question: a distribution for each category, and one for responses not
 * placed in a category (no answer, "prefer not to say", or no consent to use the answers). The totals of all of them
 * add up to the number of responses.
 *
 * @param <K> the category type
 * @param byCategory the distribution for each category, every category listed
 * @param notStated the distribution of the responses not placed in a category
 */
public record ScoresBy<K>(Map<K, ScoreDistribution> byCategory, ScoreDistribution notStated) {
    /** Checks and copies the parts. */
    public ScoresBy {
        byCategory = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(byCategory,
            "byCategory")));
        Objects.requireNonNull(notStated, "notStated");
    }

    /** @return the number of responses */
    public long total() {
        return byCategory.values().stream().mapToLong(ScoreDistribution::total).sum() + notStated.total();
    }
}
