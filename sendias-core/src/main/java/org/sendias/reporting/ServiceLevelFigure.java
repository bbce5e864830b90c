package org.sendias.reporting;

import java.math.BigDecimal;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.deadline.Rule;

/**
 * One service level over a period: the referrals whose target date (as the deadline engine computes it under the
 * contract's number of working days) fell in the period, split into met on time, met late and not met by the end of
 * the period. A target released by a recorded exception is counted apart and left out of the percentage.
 *
 * @param rule {@link Rule#SERVICE_ACKNOWLEDGEMENT} or {@link Rule#SERVICE_FIRST_APPOINTMENT}
 * @param workingDays the contract's target, in working days
 * @param metOnTime met on or before the target date
 * @param metLate met after the target date but by the end of the period
 * @param notMet not met by the end of the period
 * @param disapplied released by a recorded exception
 */
public record ServiceLevelFigure(Rule rule, int workingDays, long metOnTime, long metLate, long notMet,
        long disapplied) {

    /** Validates the figure. */
    public ServiceLevelFigure {
        if (rule != Rule.SERVICE_ACKNOWLEDGEMENT && rule != Rule.SERVICE_FIRST_APPOINTMENT) {
            throw new InvalidInputException("rule", "must be SERVICE_ACKNOWLEDGEMENT or SERVICE_FIRST_APPOINTMENT");
        }
        if (metOnTime < 0 || metLate < 0 || notMet < 0 || disapplied < 0) {
            throw new InvalidInputException("metOnTime", "no count may be negative");
        }
    }

    /** @return the referrals the percentage is over: met on time, met late and not met */
    public long due() {
        return metOnTime + metLate + notMet;
    }

    /** @return the percentage of {@link #due()} met on time, to one decimal place; empty when none was due */
    public Optional<BigDecimal> percentOnTime() {
        return Percentages.of(metOnTime, due());
    }
}
