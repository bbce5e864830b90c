package org.sendias.dataprotection;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.casework.Case;
import org.sendias.internal.Validation;

/**
 * How long a case is kept: the day its retention ends, after which it is due for disposal.
 *
 * <p>Anniversaries of 29 February fall on 1 March in a year that is not a leap year: a person born on 29 February
 * 2008 reaches 25 on 1 March 2033, and six years after a case closed on 29 February 2024 is 1 March 2030. Of the
 * two readings (28 February or 1 March) this is the later one, so retention never ends a day early.
 */
public sealed interface RetentionRule {

    /** The most years a rule may count. */
    int MAX_YEARS = 100;

    /**
     * @param c a case
     * @return the day retention ends (disposal is due on it and after), or empty while it cannot yet be known (a
     *     rule counted from closure, for a case that is not closed)
     */
    Optional<LocalDate> endsOn(Case c);

    /**
     * @param years how many years after the case was last closed
     * @return the rule
     */
    static RetentionRule yearsAfterClosure(int years) {
        return new YearsAfterClosure(years);
    }

    /**
     * @param age the young person's age, usually 25
     * @param yearsAfter how many years after that birthday
     * @return the rule
     */
    static RetentionRule untilAge(int age, int yearsAfter) {
        return new UntilAge(age, yearsAfter);
    }

    /**
     * @param rules two or more rules
     * @return the rule that ends on the latest of their days
     */
    static RetentionRule latestOf(RetentionRule... rules) {
        return new LatestOf(rules == null ? null : List.of(rules));
    }

    /**
     * Kept for a number of years after the case was last closed.
     *
     * @param years 0 to {@value RetentionRule#MAX_YEARS}
     */
    record YearsAfterClosure(int years) implements RetentionRule {
        /** Validates the number of years. */
        public YearsAfterClosure {
            checkYears(years, "years");
        }

        @Override
        public Optional<LocalDate> endsOn(Case c) {
            Validation.required(c, "case");
            return c.closedOn().map(closed -> anniversary(closed, years));
        }
    }

    /**
     * Kept until the child or young person (the case's child party) reaches an age, plus a number of years. The
     * day does not depend on the case's status, but a case that is not closed is never due.
     *
     * @param age 0 to {@value RetentionRule#MAX_YEARS}
     * @param yearsAfter 0 to {@value RetentionRule#MAX_YEARS}
     */
    record UntilAge(int age, int yearsAfter) implements RetentionRule {
        /** Validates the age and the number of years. */
        public UntilAge {
            checkYears(age, "age");
            checkYears(yearsAfter, "yearsAfter");
        }

        @Override
        public Optional<LocalDate> endsOn(Case c) {
            Validation.required(c, "case");
            return c.child().dateOfBirth().map(born -> anniversary(anniversary(born, age), yearsAfter));
        }
    }

    /**
     * Kept until the latest of several rules ends; unknown while any of them is.
     *
     * @param rules at least one rule
     */
    record LatestOf(List<RetentionRule> rules) implements RetentionRule {
        /** Validates and copies the rules. */
        public LatestOf {
            if (rules == null || rules.isEmpty()) {
                throw new InvalidInputException("rules", "at least one rule is needed");
            }
            List<RetentionRule> copy = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                copy.add(Validation.required(rules.get(i), "rules[" + i + "]"));
            }
            rules = List.copyOf(copy);
        }

        @Override
        public Optional<LocalDate> endsOn(Case c) {
            LocalDate latest = null;
            for (RetentionRule rule : rules) {
                Optional<LocalDate> day = rule.endsOn(c);
                if (day.isEmpty()) {
                    return Optional.empty();
                }
                if (latest == null || day.get().isAfter(latest)) {
                    latest = day.get();
                }
            }
            return Optional.of(latest);
        }
    }

    /**
     * @param day a day
     * @param years a number of years
     * @return the same day {@code years} later, with 29 February falling on 1 March in a year that is not leap
     */
    private static LocalDate anniversary(LocalDate day, int years) {
        LocalDate later = day.plusYears(years);
        if (day.getMonth() == Month.FEBRUARY && day.getDayOfMonth() == 29 && later.getDayOfMonth() == 28) {
            return later.plusDays(1);
        }
        return later;
    }

    private static void checkYears(int value, String field) {
        if (value < 0 || value > MAX_YEARS) {
            throw new InvalidInputException(field, "must be from 0 to " + MAX_YEARS);
        }
    }
}
