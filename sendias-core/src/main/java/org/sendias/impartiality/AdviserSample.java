package org.sendias.impartiality;

import java.util.List;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.UserId;

/**
 * The cases drawn for one adviser.
 *
 * @param adviser the adviser
 * @param closedInPeriod how many of the adviser's cases closed in the period (the population sampled from)
 * @param sampled the cases drawn, sorted by the text of their ids; all of them when the population is no larger than
 *     the sample size
 */
public record AdviserSample(UserId adviser, int closedInPeriod, List<CaseId> sampled) {

    /** Validates the sample. */
    public AdviserSample {
        if (adviser == null) {
            throw new InvalidInputException("adviserSample.adviser", "is required");
        }
        if (sampled == null || sampled.isEmpty()) {
            throw new InvalidInputException("adviserSample.sampled", "must hold at least one case");
        }
        sampled = List.copyOf(sampled);
        if (closedInPeriod < sampled.size()) {
            throw new InvalidInputException("adviserSample.closedInPeriod", "cannot be smaller than the number of "
                + "cases sampled (" + sampled.size() + ")");
        }
    }
}
