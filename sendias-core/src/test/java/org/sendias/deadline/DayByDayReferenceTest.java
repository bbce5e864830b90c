package org.sendias.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sendias.calendar.Holiday;
import org.sendias.calendar.HolidayCalendar;
import org.sendias.calendar.SchoolCalendar;
import org.sendias.calendar.WorkingDayCalendar;

/**
 * Cross-checks every rule against a deliberately simple reference that walks the calendar one day at a time, on
 * random trigger dates from 1995 to 2035. The reference knows the counting conventions of STATUTE.md section 1 but
 * shares no code with the engine: working days come from the published holiday lists, not the engine's index, and
 * months are found by walking forward until the corresponding date.
 */
class DayByDayReferenceTest {
    private static final long SEED = 0x5EED_2026L;
    private static final int CASES_PER_RULE = 400;
    private static final LocalDate FIRST = LocalDate.of(1995, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2035, 12, 31);

    private static final DeadlineEngine ENGINE = DeadlineEngine.create();
    private static final Predicate<LocalDate> ENGLAND = workingDays(HolidayCalendar.englandAndWales());
    private static final Predicate<LocalDate> UK = workingDays(HolidayCalendar.unitedKingdom());

    /** Builds a working-day test from the holiday lists alone. */
    private static Predicate<LocalDate> workingDays(HolidayCalendar calendar) {
        Set<LocalDate> holidays = new HashSet<>();
        for (int y = 1995; y <= 2037; y++) {
            for (Holiday h : calendar.holidays(y)) {
                holidays.add(h.date());
            }
        }
        return d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
            && !holidays.contains(d);
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void everyRuleAgreesWithTheDayByDayReference(Rule rule) {
        SplittableRandom random = new SplittableRandom(SEED ^ rule.ordinal());
        // the review process counts some limits back from its events: keep them after the calendar's first day
        boolean backwards = rule.process() == ProcessType.ANNUAL_REVIEW;
        LocalDate first = backwards ? FIRST.plusMonths(6) : FIRST;
        long span = LAST.toEpochDay() - first.toEpochDay();
        for (int i = 0; i < CASES_PER_RULE; i++) {
            LocalDate t = LocalDate.ofEpochDay(first.toEpochDay() + random.nextLong(span + 1));
            LocalDate certificate = random.nextBoolean() ? t.plusDays(random.nextInt(1, 90)) : null;
            TransferKind kind = random.nextBoolean() ? TransferKind.SCHOOL : TransferKind.POST16;
            SchoolCalendar school = rule.calendar() == CalendarKind.SCHOOL ? schoolAround(t, random) : null;
            ProcessHistory h = history(rule, t, certificate, kind, school);

            LocalDate expected = reference(rule, t, certificate, kind, school);
            Deadline d = ENGINE.compute(h, t).deadline(rule).orElseThrow();
            int c = i;
            assertEquals(expected, d.wouldHaveBeenDue().orElseThrow(),
                () -> rule + " from " + t + " (case " + c + ", seed " + SEED + ")");
        }
    }

    private static ProcessHistory history(Rule rule, LocalDate t, LocalDate certificate, TransferKind kind,
            SchoolCalendar school) {
        ProcessHistory h = ProcessHistory.of(rule.process());
        if (rule == Rule.PHASE_TRANSFER_AMENDMENT) {
            return h.withTransfer(kind, t.getYear());
        }
        h = h.with(rule.triggers().get(0), t);
        if (rule == Rule.APPEAL_REGISTRATION && certificate != null) {
            h = h.with(EventType.CERTIFICATE_ISSUED, certificate);
        }
        if (rule.triggers().contains(EventType.TRIBUNAL_ORDER)) {
            h = h.withOrderKind(rule == Rule.ORDER_AMEND_PLAN ? OrderKind.AMEND_PLAN
                : rule == Rule.ORDER_NAME_SCHOOL ? OrderKind.NAME_INSTITUTION : OrderKind.MAKE_AND_MAINTAIN_PLAN);
        }
        return school == null ? h : h.withSchoolCalendar(school);
    }

    /** Three terms of about seven weeks with week-long gaps and a random closure day, starting near {@code t}. */
    private static SchoolCalendar schoolAround(LocalDate t, SplittableRandom random) {
        LocalDate start = t.minusDays(random.nextInt(0, 20));
        List<SchoolCalendar.Term> terms = List.of(
            new SchoolCalendar.Term(start, start.plusDays(48)),
            new SchoolCalendar.Term(start.plusDays(58), start.plusDays(104)),
            new SchoolCalendar.Term(start.plusDays(120), start.plusDays(170)));
        return SchoolCalendar.of(terms, List.of(start.plusDays(random.nextInt(0, 48))));
    }

    static LocalDate reference(Rule rule, LocalDate t, LocalDate certificate, TransferKind kind, SchoolCalendar school) {
        Predicate<LocalDate> working = rule.calendar() == CalendarKind.UNITED_KINGDOM ? UK
            : rule.calendar() == CalendarKind.SCHOOL ? schoolDays(school) : ENGLAND;
        int n = rule.period();
        LocalDate last = switch (rule.counting()) {
            case AFTER_WEEKS -> stepDays(t, 7 * n);
            case AFTER_DAYS -> stepDays(t, n);
            case AFTER_MONTHS -> correspondingDate(t, n);
            case BEGINNING_DAYS -> stepDays(t, n - 1);
            case BEGINNING_MONTHS -> stepDays(correspondingDate(t, n), -1);
            case AFTER_WORKING_DAYS, AFTER_SCHOOL_DAYS -> nthWorkingDayAfter(t, n, working);
            case BEGINNING_WORKING_DAYS -> working.test(t) ? nthWorkingDayAfter(t, n - 1, working)
                : nthWorkingDayAfter(t, n, working);
            case WEEKS_BEFORE -> stepDays(t, -7 * n);
            case MONTHS_BEFORE -> correspondingDateBefore(t, n);
            case BEFORE_FIXED_DATE -> stepDays(kind == TransferKind.SCHOOL ? LocalDate.of(t.getYear(), 2, 15)
                : LocalDate.of(t.getYear(), 3, 31), -1);
            case LATER_OF_APPEAL_PERIODS -> {
                LocalDate a = correspondingDate(t, 2);
                LocalDate b = certificate == null ? a : correspondingDate(certificate, 1);
                yield b.isAfter(a) ? b : a;
            }
            case SCHOOL_LEAVING_DATE -> schoolLeavingDate(t);
        };
        return switch (rule.rollForward()) {
            case NONE -> last;
            case NEXT_WORKING_DAY -> onOrAfter(last, working);
            case HESC_SEN_APPEAL -> {
                if (last.getMonthValue() == 12 && last.getDayOfMonth() >= 25) {
                    yield onOrAfter(LocalDate.of(last.getYear() + 1, 1, 2), working);
                }
                if (last.getMonthValue() == 1 && last.getDayOfMonth() == 1) {
                    yield onOrAfter(last.plusDays(1), working);
                }
                if (last.getMonthValue() == 8) {
                    yield onOrAfter(LocalDate.of(last.getYear(), 9, 1), working);
                }
                yield onOrAfter(last, working);
            }
        };
    }

    private static Predicate<LocalDate> schoolDays(SchoolCalendar school) {
        return d -> ENGLAND.test(d) && !school.closedDays().contains(d)
            && school.terms().stream().anyMatch(term -> !d.isBefore(term.start()) && !d.isAfter(term.end()));
    }

    private static LocalDate stepDays(LocalDate d, int days) {
        LocalDate x = d;
        for (int i = 0; i < Math.abs(days); i++) {
            x = days > 0 ? x.plusDays(1) : x.minusDays(1);
        }
        return x;
    }

    /** Walks forward a day at a time to the same day of the month n months on, or that month's last day. */
    private static LocalDate correspondingDate(LocalDate t, int months) {
        return walkToCorrespondingDate(t, months, 1);
    }

    /** Walks back a day at a time to the same day of the month n months before, or that month's last day. */
    private static LocalDate correspondingDateBefore(LocalDate t, int months) {
        return walkToCorrespondingDate(t, -months, -1);
    }

    private static LocalDate walkToCorrespondingDate(LocalDate t, int months, int step) {
        int targetMonth = t.getYear() * 12 + t.getMonthValue() - 1 + months;
        LocalDate x = t;
        while (true) {
            x = x.plusDays(step);
            int month = x.getYear() * 12 + x.getMonthValue() - 1;
            boolean lastOfMonth = x.plusDays(1).getDayOfMonth() == 1;
            if (month == targetMonth && (x.getDayOfMonth() == t.getDayOfMonth()
                    || (lastOfMonth && x.getDayOfMonth() < t.getDayOfMonth()))) {
                return x;
            }
        }
    }

    private static LocalDate nthWorkingDayAfter(LocalDate t, int n, Predicate<LocalDate> working) {
        LocalDate x = t;
        int counted = 0;
        while (counted < n) {
            x = x.plusDays(1);
            if (working.test(x)) {
                counted++;
            }
        }
        return x;
    }

    private static LocalDate onOrAfter(LocalDate d, Predicate<LocalDate> working) {
        LocalDate x = d;
        while (!working.test(x)) {
            x = x.plusDays(1);
        }
        return x;
    }

    /** Walks back from 30 June of the year the child is in Year 11 (turns 16 between 1 September and 31 August). */
    private static LocalDate schoolLeavingDate(LocalDate born) {
        LocalDate sixteen = born.plusYears(16);
        int year = sixteen.getMonthValue() >= 9 ? sixteen.getYear() + 1 : sixteen.getYear();
        LocalDate x = LocalDate.of(year, 6, 30);
        while (x.getDayOfWeek() != DayOfWeek.FRIDAY) {
            x = x.minusDays(1);
        }
        return x;
    }
}
