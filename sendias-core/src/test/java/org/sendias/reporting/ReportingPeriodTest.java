package org.sendias.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.sendias.InvalidInputException;

class ReportingPeriodTest {
    static Stream<Arguments> data_periods() {
        return Stream.of(
            Arguments.of(ReportingPeriod.quarter(2026, 1), "2026-04-01", "2026-06-30", "2026-27 Q1"),
            Arguments.of(ReportingPeriod.quarter(2026, 3), "2026-10-01", "2026-12-31", "2026-27 Q3"),
            Arguments.of(ReportingPeriod.quarter(2026, 4), "2027-01-01", "2027-03-31", "2026-27 Q4"),
            Arguments.of(ReportingPeriod.calendarQuarter(2028, 1), "2028-01-01", "2028-03-31", "2028 Q1"),
            Arguments.of(ReportingPeriod.year(2026), "2026-04-01", "2027-03-31", "2026-27"),
            Arguments.of(ReportingPeriod.year(2026, Month.JANUARY), "2026-01-01", "2026-12-31", "2026"),
            Arguments.of(ReportingPeriod.quarter(2099, 4, Month.SEPTEMBER), "2100-06-01", "2100-08-31",
                "2099-00 Q4 (from SEPTEMBER)"));
    }

    @ParameterizedTest
    @MethodSource("data_periods")
    void period_startsEndsAndPrints(ReportingPeriod p, String start, String end, String text) {
        assertEquals(LocalDate.parse(start), p.start());
        assertEquals(LocalDate.parse(end), p.end());
        assertEquals(text, p.toString());
        assertTrue(p.contains(p.start()));
        assertTrue(p.contains(p.end()));
        assertFalse(p.contains(p.end().plusDays(1)));
        assertFalse(p.contains(p.start().minusDays(1)));
    }

    @Test
    void yearBefore_andBadInput() {
        assertEquals(ReportingPeriod.quarter(2025, 3), ReportingPeriod.quarter(2026, 3).yearBefore());
        assertEquals("quarter", assertThrows(InvalidInputException.class, () -> ReportingPeriod.quarter(2026, 5))
            .field());
        assertEquals("year", assertThrows(InvalidInputException.class, () -> ReportingPeriod.year(1999)).field());
        assertEquals("involvementMonths", assertThrows(InvalidInputException.class,
            () -> new ContractTerms(2, 5, 0, 6)).field());
    }
}
