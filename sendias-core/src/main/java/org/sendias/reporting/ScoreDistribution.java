package org.sendias.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.sendias.InvalidInputException;

/**
 * How many responses gave each score from 0 to 4.
 *
 * @param counts five counts, for scores 0, 1, 2, 3 and 4
 */
public record ScoreDistribution(List<Long> counts) {

    /** No responses. */
    public static final ScoreDistribution EMPTY = new ScoreDistribution(List.of(0L, 0L, 0L, 0L, 0L));

    /** Validates the counts. */
    public ScoreDistribution {
        if (counts == null || counts.size() != SurveyResponse.MAX_SCORE + 1
                || counts.stream().anyMatch(c -> c == null || c < 0)) {
            throw new InvalidInputException("counts", "five counts are needed, for scores 0 to 4, none negative");
        }
        counts = List.copyOf(counts);
    }

    /**
     * @param score a score, 0 to 4
     * @return how many gave it
     */
    public long count(int score) {
        if (score < 0 || score > SurveyResponse.MAX_SCORE) {
            throw new InvalidInputException("score", "must be from 0 to " + SurveyResponse.MAX_SCORE);
        }
        return counts.get(score);
    }

    /** @return the number of responses */
    public long total() {
        return counts.stream().mapToLong(Long::longValue).sum();
    }

    /** @return the mean score, to two decimal places; empty when there are no responses */
    public Optional<BigDecimal> mean() {
        long total = total();
        if (total == 0) {
            return Optional.empty();
        }
        long sum = 0;
        for (int s = 0; s <= SurveyResponse.MAX_SCORE; s++) {
            sum += s * counts.get(s);
        }
        return Optional.of(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP));
    }

    ScoreDistribution plus(int score) {
        Long[] next = counts.toArray(new Long[0]);
        next[score]++;
        return new ScoreDistribution(List.of(next));
    }
}
