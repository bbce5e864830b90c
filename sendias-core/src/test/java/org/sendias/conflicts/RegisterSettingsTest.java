package org.sendias.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendias.InvalidInputException;

/** The registers' settings: the defaults, the declaration year, and refusals. */
class RegisterSettingsTest {
    private static final RegisterSettings DEFAULTS = RegisterSettings.defaults();

    @Test
    void defaults_areTheDocumentedChoices() {
        assertEquals(new RegisterSettings(MonthDay.of(Month.APRIL, 1), 30, new BigDecimal("25.00"),
            Period.ofYears(2), Period.ofMonths(12)), DEFAULTS);
    }

    static Stream<Arguments> data_declarationYear() {
        return Stream.of(
            Arguments.of(LocalDate.of(2026, 3, 31), 2025),
            Arguments.of(LocalDate.of(2026, 4, 1), 2026),
            Arguments.of(LocalDate.of(2026, 1, 1), 2025),
            Arguments.of(LocalDate.of(2026, 12, 31), 2026));
    }

    @ParameterizedTest(name = "{0} is in declaration year {1}")
    @MethodSource("data_declarationYear")
    void declarationYearOf_isNamedByTheCalendarYearItStartsIn(LocalDate day, int year) {
        assertEquals(year, DEFAULTS.declarationYearOf(day));
    }

    @Test
    void annualDeclarationDueOn_isTheStartPlusTheGraceDays() {
        assertEquals(LocalDate.of(2025, 5, 1), DEFAULTS.annualDeclarationDueOn(2025));
        assertEquals(LocalDate.of(2025, 4, 1), DEFAULTS.withGraceDays(0).annualDeclarationDueOn(2025));
    }

    static Stream<Arguments> data_refusals() {
        return Stream.of(
            Arguments.of("29 February", (Runnable) () -> DEFAULTS.withDeclarationYearStart(
                MonthDay.of(Month.FEBRUARY, 29)), "declarationYearStart"),
            Arguments.of("no year start", (Runnable) () -> DEFAULTS.withDeclarationYearStart(null),
                "declarationYearStart"),
            Arguments.of("negative grace", (Runnable) () -> DEFAULTS.withGraceDays(-1), "graceDays"),
            Arguments.of("a year of grace", (Runnable) () -> DEFAULTS.withGraceDays(365), "graceDays"),
            Arguments.of("negative threshold", (Runnable) () -> DEFAULTS.withGiftThreshold(new BigDecimal("-1")),
                "giftThreshold"),
            Arguments.of("fractional pence", (Runnable) () -> DEFAULTS.withGiftThreshold(new BigDecimal("25.001")),
                "giftThreshold"),
            Arguments.of("negative employment period", (Runnable) () -> DEFAULTS.withFormerEmploymentPeriod(
                Period.ofMonths(-1)), "formerEmploymentPeriod"),
            Arguments.of("no gift period", (Runnable) () -> DEFAULTS.withGiftInterestPeriod(null),
                "giftInterestPeriod"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_refusals")
    void invalidSettingsNameTheField(String name, Runnable change, String field) {
        assertEquals(field, assertThrows(InvalidInputException.class, change::run).field());
    }

    @Test
    void theLargestGraceIsAccepted() {
        assertEquals(LocalDate.of(2026, 3, 31), DEFAULTS.withGraceDays(RegisterSettings.MAX_GRACE_DAYS)
            .annualDeclarationDueOn(2025));
    }
}
