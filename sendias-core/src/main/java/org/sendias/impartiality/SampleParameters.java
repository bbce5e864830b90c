package org.sendias.impartiality;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.sendias.InvalidInputException;

/**
 * A supervisor's request for a {@link QualitySample}: which closures count, how many cases per adviser, and the seed
 * that makes the draw reproducible. Kept with the sample so an auditor can draw it again.
 *
 * @param from the first closure date included
 * @param to the last closure date included, on or after {@code from}
 * @param perAdviser how many cases to sample for each adviser, 1 to {@value #MAX_PER_ADVISER}
 * @param seed any number; the same seed and cases always give the same sample. Choose it unpredictably (a die, a
 *     lottery draw, a random source) so nobody can steer which cases are reviewed, and record it.
 */
public record SampleParameters(@NotNull LocalDate from, @NotNull LocalDate to,
        @Min(1) @Max(MAX_PER_ADVISER) int perAdviser, long seed) {

    /** The largest sample size per adviser accepted. */
    public static final int MAX_PER_ADVISER = 1000;

    /** Validates the parameters. */
    public SampleParameters {
        if (from == null) {
            throw new InvalidInputException("from", "is required");
        }
        if (to == null) {
            throw new InvalidInputException("to", "is required");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must be on or after from (" + from + ")");
        }
        if (perAdviser < 1 || perAdviser > MAX_PER_ADVISER) {
            throw new InvalidInputException("perAdviser", "must be between 1 and " + MAX_PER_ADVISER);
        }
    }

    /**
     * @param date a closure date
     * @return whether it falls in the period, both ends included
     */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
