package org.sendias.dataprotection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendias.InvalidInputException;
import org.sendias.casework.Case;

/** Retention rules and the days they end on, leap days included. */
class RetentionRuleTest {

    @ParameterizedTest(name = "closed {0}, {1} years: ends {2}")
    @CsvSource({
        "2020-03-31, 6, 2026-03-31",
        "2024-02-29, 6, 2030-03-01",
        "2024-02-29, 4, 2028-02-29",
        "2023-02-28, 1, 2024-02-28",
        "2020-12-31, 0, 2020-12-31"})
    void yearsAfterClosureCountsFromTheDayTheCaseClosed(LocalDate closedOn, int years, LocalDate endsOn) {
        Case c = Cases.closed(LocalDate.of(2015, 6, 1), closedOn);
        assertEquals(Optional.of(endsOn), RetentionRule.yearsAfterClosure(years).endsOn(c));
    }

    @Test
    void yearsAfterClosureIsUnknownWhileTheCaseIsOpen() {
        assertEquals(Optional.empty(), RetentionRule.yearsAfterClosure(6).endsOn(Cases.open(LocalDate.of(2015, 6, 1),
            LocalDate.of(2026, 1, 5))));
    }

    @ParameterizedTest(name = "born {0}, age {1} + {2} years: ends {3}")
    @CsvSource({
        "2010-07-15, 25, 6, 2041-07-15",
        "2010-07-15, 25, 0, 2035-07-15",
        "2008-02-29, 25, 0, 2033-03-01",
        "2008-02-29, 25, 6, 2039-03-01",
        "2008-02-29, 24, 0, 2032-02-29",
        "2008-02-29, 24, 1, 2033-03-01",
        "2007-03-01, 25, 0, 2032-03-01",
        "2009-02-28, 25, 6, 2040-02-28"})
    void untilAgeCountsFromTheYoungPersonsBirthday(LocalDate born, int age, int yearsAfter, LocalDate endsOn) {
        Case c = Cases.closed(born, LocalDate.of(2020, 9, 1));
        assertEquals(Optional.of(endsOn), RetentionRule.untilAge(age, yearsAfter).endsOn(c));
    }

    @Test
    void untilAgeIsKnownForAnOpenCaseToo() {
        Case c = Cases.open(LocalDate.of(2010, 7, 15), LocalDate.of(2026, 1, 5));
        assertEquals(Optional.of(LocalDate.of(2035, 7, 15)), RetentionRule.untilAge(25, 0).endsOn(c));
    }

    @Test
    void latestOfTakesTheLaterDayAndIsUnknownWhileAnyRuleIs() {
        RetentionRule rule = RetentionRule.latestOf(RetentionRule.yearsAfterClosure(6), RetentionRule.untilAge(25,
            6));
        Case young = Cases.closed(LocalDate.of(2015, 6, 1), LocalDate.of(2020, 3, 31));
        assertEquals(Optional.of(LocalDate.of(2046, 6, 1)), rule.endsOn(young), "the age rule is later");
        Case old = Cases.closed(LocalDate.of(1998, 6, 1), LocalDate.of(2022, 3, 31));
        assertEquals(Optional.of(LocalDate.of(2029, 6, 1)), rule.endsOn(old), "25 + 6 is still later");
        Case adult = Cases.closed(LocalDate.of(1990, 6, 1), LocalDate.of(2014, 3, 31));
        assertEquals(Optional.of(LocalDate.of(2021, 6, 1)), rule.endsOn(adult));
        Case veryOld = Cases.closed(LocalDate.of(1980, 6, 1), LocalDate.of(2004, 5, 31));
        assertEquals(Optional.of(LocalDate.of(2011, 6, 1)), rule.endsOn(veryOld));
        assertEquals(Optional.empty(), rule.endsOn(Cases.open(LocalDate.of(1990, 6, 1), LocalDate.of(2014, 1, 6))));
    }

    @Test
    void badRulesAreRefusedNamingTheField() {
        assertEquals("years", assertThrows(InvalidInputException.class,
            () -> RetentionRule.yearsAfterClosure(-1)).field());
        assertEquals("age", assertThrows(InvalidInputException.class, () -> RetentionRule.untilAge(101, 0)).field());
        assertEquals("yearsAfter", assertThrows(InvalidInputException.class,
            () -> RetentionRule.untilAge(25, -3)).field());
        assertEquals("rules", assertThrows(InvalidInputException.class, () -> RetentionRule.latestOf()).field());
        assertEquals("rules[1]", assertThrows(InvalidInputException.class,
            () -> new RetentionRule.LatestOf(java.util.Arrays.asList(RetentionRule.yearsAfterClosure(1), null)))
            .field());
    }

    @Test
    void theDefaultScheduleAnonymisesAfterTheLaterOfSixYearsAfterClosureAndThe31stBirthday() {
        RetentionSchedule.Entry entry = RetentionSchedule.defaults().entry(RecordKind.CASE);
        assertEquals(DisposalMethod.ANONYMISE, entry.method());
        assertEquals(new RetentionRule.LatestOf(List.of(new RetentionRule.YearsAfterClosure(6),
            new RetentionRule.UntilAge(25, 6))), entry.rule());
        RetentionSchedule deleting = RetentionSchedule.defaults().with(RecordKind.CASE,
            RetentionRule.yearsAfterClosure(3), DisposalMethod.DELETE);
        assertEquals(DisposalMethod.DELETE, deleting.entry(RecordKind.CASE).method());
        assertEquals(DisposalMethod.ANONYMISE, RetentionSchedule.defaults().entry(RecordKind.CASE).method());
        assertEquals("entries.CASE", assertThrows(InvalidInputException.class,
            () -> RetentionSchedule.of(Map.of())).field());
    }
}
