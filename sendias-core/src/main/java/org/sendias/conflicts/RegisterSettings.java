package org.sendias.conflicts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.util.Objects;
import org.sendias.InvalidInputException;
import org.sendias.internal.Validation;

/**
 * A service's settings for its conflicts registers. Neither source policy (seed 001 section 5, seed 003 section 8)
 * gives a figure for any of them, so the {@link #defaults() defaults} are sendias's choice, each one a common
 * practice that a service can change:
 * <ul>
 *   <li>the declaration year starts on 1 April, with the financial year most services report on;</li>
 *   <li>the annual declaration is due within 30 days of the year's start;</li>
 *   <li>gifts and hospitality worth 25.00 pounds or more must be recorded with a decision;</li>
 *   <li>a former employer counts as an interest for 2 years after employment ended;</li>
 *   <li>an accepted gift at or above the threshold counts as an interest for 12 months after it was offered.</li>
 * </ul>
 *
 * @param declarationYearStart the first day of each declaration year; not 29 February, which most years lack
 * @param graceDays how many days after the year's start the annual declaration is still only due, 0 to 364: the
 *     declaration is due on the start plus this many days, and overdue the day after
 * @param giftThreshold the value in pounds at or above which a gift must be declared and decided; not negative,
 *     whole pence; kept with 2 decimal places
 * @param formerEmploymentPeriod how long after employment ended a former employer still counts; not negative
 * @param giftInterestPeriod how long after it was offered an accepted gift at or above the threshold counts as an
 *     interest for the conflict check; not negative
 */
public record RegisterSettings(MonthDay declarationYearStart, int graceDays, BigDecimal giftThreshold,
        Period formerEmploymentPeriod, Period giftInterestPeriod) {

    /** The most grace days: less than a year, so that a declaration is never due for two years at once. */
    public static final int MAX_GRACE_DAYS = 364;

    /** Validates the settings. */
    public RegisterSettings {
        Validation.required(declarationYearStart, "declarationYearStart");
        if (declarationYearStart.equals(MonthDay.of(Month.FEBRUARY, 29))) {
            throw new InvalidInputException("declarationYearStart", "must be a day every year has, not 29 February");
        }
        if (graceDays < 0 || graceDays > MAX_GRACE_DAYS) {
            throw new InvalidInputException("graceDays", "must be 0 to " + MAX_GRACE_DAYS);
        }
        giftThreshold = RegisterChecks.pounds(giftThreshold, "giftThreshold");
        checkPeriod(formerEmploymentPeriod, "formerEmploymentPeriod");
        checkPeriod(giftInterestPeriod, "giftInterestPeriod");
    }

    private static void checkPeriod(Period period, String field) {
        Validation.required(period, field);
        if (period.isNegative()) {
            throw new InvalidInputException(field, "must not be negative");
        }
    }

    /**
     * @return 1 April, 30 days' grace, a 25.00 pound gift threshold, 2 years for a former employer and 12 months
     *     for a gift
     */
    public static RegisterSettings defaults() {
        return new RegisterSettings(MonthDay.of(Month.APRIL, 1), 30, new BigDecimal("25.00"), Period.ofYears(2),
            Period.ofMonths(12));
    }

    /**
     * @param start the first day of each declaration year
     * @return these settings with that start
     */
    public RegisterSettings withDeclarationYearStart(MonthDay start) {
        return new RegisterSettings(start, graceDays, giftThreshold, formerEmploymentPeriod, giftInterestPeriod);
    }

    /**
     * @param days the grace days
     * @return these settings with that grace
     */
    public RegisterSettings withGraceDays(int days) {
        return new RegisterSettings(declarationYearStart, days, giftThreshold, formerEmploymentPeriod,
            giftInterestPeriod);
    }

    /**
     * @param threshold the gift threshold in pounds
     * @return these settings with that threshold
     */
    public RegisterSettings withGiftThreshold(BigDecimal threshold) {
        return new RegisterSettings(declarationYearStart, graceDays, threshold, formerEmploymentPeriod,
            giftInterestPeriod);
    }

    /**
     * @param period how long a former employer counts
     * @return these settings with that period
     */
    public RegisterSettings withFormerEmploymentPeriod(Period period) {
        return new RegisterSettings(declarationYearStart, graceDays, giftThreshold, period, giftInterestPeriod);
    }

    /**
     * @param period how long an accepted gift counts as an interest
     * @return these settings with that period
     */
    public RegisterSettings withGiftInterestPeriod(Period period) {
        return new RegisterSettings(declarationYearStart, graceDays, giftThreshold, formerEmploymentPeriod, period);
    }

    /**
     * The declaration year a day falls in, named by the calendar year in which it starts: with the default start,
     * 31 March 2026 is in year 2025 and 1 April 2026 in year 2026.
     *
     * @param day a day
     * @return the declaration year
     */
    public int declarationYearOf(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return day.isBefore(declarationYearStart.atYear(day.getYear())) ? day.getYear() - 1 : day.getYear();
    }

    /**
     * @param year a declaration year
     * @return its first day
     */
    public LocalDate yearStart(int year) {
        return declarationYearStart.atYear(year);
    }

    /**
     * @param year a declaration year
     * @return the last day on which that year's annual declaration is due rather than overdue
     */
    public LocalDate annualDeclarationDueOn(int year) {
        return yearStart(year).plusDays(graceDays);
    }

    /**
     * @param value a gift's value in pounds
     * @return {@code true} if it is at or above the threshold
     */
    public boolean atOrAboveGiftThreshold(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return value.compareTo(giftThreshold) >= 0;
    }
}
