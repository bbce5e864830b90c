package org.sendias.reporting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sendias.InvalidInputException;

/**
 * A breakdown of one total by a single-valued category: how many were counted under each category, and how many
 * could not be placed in one ("not stated": the question was not asked or not answered, the answer was "prefer not
 * to say", or the person did not consent to their answers being used in reports). The category counts plus
 * {@link #notStated()} always equal {@link #total()}.
 *
 * @param <K> the category type
 * @param counts the count under each category, in the order given (every category of an enumeration, zeros
 *     included; for languages, those counted, by code)
 * @param notStated the count that could not be placed in a category
 */
public record CategoryCounts<K>(Map<K, Long> counts, long notStated) {

    /** Validates and copies the counts. */
    public CategoryCounts {
        Objects.requireNonNull(counts, "counts");
        Map<K, Long> copy = new LinkedHashMap<>();
        counts.forEach((k, v) -> {
            if (k == null || v == null || v < 0) {
                throw new InvalidInputException("counts", "every category and count is required, and no count is "
                    + "negative");
            }
            copy.put(k, v);
        });
        counts = Collections.unmodifiableMap(copy);
        if (notStated < 0) {
            throw new InvalidInputException("notStated", "must not be negative");
        }
    }

    /** @return everyone counted: the category counts plus the not-stated count */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum() + notStated;
    }

    /**
     * @param category a category
     * @return its count; zero if the category is not listed
     */
    public long count(K category) {
        return counts.getOrDefault(category, 0L);
    }
}
