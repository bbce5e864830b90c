package org.sendias.conflicts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sendias.UserId;

/**
 * The result of checking one adviser against one case's parties: the overall outcome (the most serious match, or
 * {@link ConflictOutcome#CLEAR} when there is none) and every match with its evidence, most serious first.
 *
 * @param adviser the adviser checked
 * @param on the day the check applies to (declarations and gifts in force then)
 * @param outcome the overall outcome
 * @param matches what was found
 */
public record ConflictReport(UserId adviser, LocalDate on, ConflictOutcome outcome, List<ConflictMatch> matches) {

    /** Validates that the outcome is the most serious match. */
    public ConflictReport {
        Objects.requireNonNull(adviser, "adviser");
        Objects.requireNonNull(on, "on");
        matches = List.copyOf(matches);
        ConflictOutcome worst = ConflictOutcome.CLEAR;
        for (ConflictMatch m : matches) {
            worst = worst.worst(m.severity());
        }
        if (worst != outcome) {
            throw new IllegalArgumentException("outcome: " + outcome + " but the matches say " + worst);
        }
    }
}
