package org.sendias.deadline;

import static org.sendias.internal.DateText.count;
import static org.sendias.internal.DateText.of;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.sendias.calendar.Holiday;
import org.sendias.calendar.WorkingDayCalendar;

/** Renders a deadline's working in plain English. Internal. */
final class Explanations {

    private Explanations() {
    }

    static List<String> render(Deadline d) {
        List<String> steps = new ArrayList<>(8);
        Rule rule = d.rule;
        steps.add(rule.duty() + ".");
        if (d.status == DeadlineStatus.NOT_STARTED) {
            steps.add(notStarted(rule));
            return List.copyOf(steps);
        }
        if (d.trigger != null && rule != Rule.COMPULSORY_SCHOOL_AGE_ENDS) {
            steps.add(capitalise(d.trigger.happened()) + " on " + of(d.triggerDate) + ".");
        }
        counting(d, steps);
        roll(d, steps);
        outcome(d, steps);
        if (rule.caveat() != null) {
            steps.add(rule.caveat());
        }
        if (projected(d)) {
            steps.add("Holidays after " + of(d.calendar.coverage().confirmedEnd()) + " are projected from the standing "
                + "rules; a bank holiday proclaimed later could change this date.");
        }
        return List.copyOf(steps);
    }

    private static String notStarted(Rule rule) {
        if (rule == Rule.PHASE_TRANSFER_AMENDMENT) {
            return "Not started: no phase transfer (transferKind and transferYear) is recorded.";
        }
        if (rule.triggers().contains(EventType.TRIBUNAL_ORDER)) {
            return "Not started: no tribunal order of the kind this limit is for is recorded.";
        }
        return "Not started: " + (rule.triggers().size() == 1 ? rule.triggers().get(0)
            : String.join(" or ", rule.triggers().stream().map(Enum::name).toList())) + " is not recorded.";
    }

    private static void counting(Deadline d, List<String> steps) {
        LocalDate t = d.triggerDate;
        LocalDate c = d.counted;
        int n = d.period;
        switch (d.rule.counting()) {
            case AFTER_WEEKS -> steps.add(count(n, "week") + " after " + of(t) + " is " + of(c) + ".");
            case AFTER_DAYS -> steps.add(count(n, "day") + " after " + of(t) + " is " + of(c) + ".");
            case AFTER_MONTHS -> steps.add(months(n, t, c));
            case BEGINNING_DAYS -> steps.add(count(n, "day") + " beginning with " + of(t)
                + " (that day counts as day 1) end on " + of(c) + ".");
            case BEGINNING_MONTHS -> {
                LocalDate corresponding = c.plusDays(1);
                steps.add(count(n, "month") + " beginning with " + of(t) + " (that day counts as the first day) end on "
                    + of(c) + ", the day before " + of(corresponding) + ", which is " + count(n, "month")
                    + " after it" + (corresponding.getDayOfMonth() != t.getDayOfMonth() ? clipped(t) : "") + ".");
            }
            case AFTER_WORKING_DAYS -> steps.add(count(n, "working day") + " after " + of(t) + " is " + of(c)
                + skipped(d.calendar, t.plusDays(1), c, "weekends"));
            case BEGINNING_WORKING_DAYS -> {
                if (d.calendar.isWorkingDay(t)) {
                    steps.add(of(t) + " is a working day, so it counts as day 1; working day " + n + " is " + of(c)
                        + skipped(d.calendar, t, c, "weekends"));
                } else {
                    LocalDate first = d.calendar.nextWorkingDay(t);
                    steps.add(of(t) + " is not a working day, so day 1 is the next working day, " + of(first)
                        + "; working day " + n + " is " + of(c) + skipped(d.calendar, t, c, "weekends"));
                }
            }
            case AFTER_SCHOOL_DAYS -> steps.add(count(n, "school day") + " after " + of(t) + " is " + of(c)
                + ", counting only the days the school meets" + skipped(d.calendar, t.plusDays(1), c,
                    "weekends", "school holidays"));
            case WEEKS_BEFORE -> steps.add(count(n, "week") + " before " + of(t) + " is " + of(c)
                + ": the last day on which this can be done in time.");
            case MONTHS_BEFORE -> steps.add(count(n, "month") + " before " + of(t) + " is " + of(c)
                + (c.getDayOfMonth() != t.getDayOfMonth() ? clipped(t) : "")
                + ": the last day on which this can be done in time.");
            case BEFORE_FIXED_DATE -> {
                boolean school = d.transferKind == TransferKind.SCHOOL;
                steps.add("The transfer is " + (school ? "a school phase transfer" : "a transfer to post-16 education")
                    + " in " + d.transferYear + ", so the amendments must be finalised before "
                    + (school ? "15 February " : "31 March ") + d.transferYear + " (reg 18(1)("
                    + (school ? "b" : "a") + ")): the last day is " + of(c) + ".");
            }
            case LATER_OF_APPEAL_PERIODS -> appeal(d, steps);
            case SCHOOL_LEAVING_DATE -> {
                int y = c.getYear();
                steps.add("The child turns 16 in the school year from 1 September " + (y - 1) + " to 31 August " + y
                    + ", so compulsory school age ends on that year\u2019s school leaving date, the last Friday in June: "
                    + of(c) + ".");
                if (CompulsorySchoolAge.mayDependOnTermStart(d.triggerDate)) {
                    steps.add("The sixteenth birthday falls in the first week of September: if the school\u2019s autumn "
                        + "term had not begun by then, compulsory school age ended instead on "
                        + of(CompulsorySchoolAge.leavingDate(y - 1)) + " (Education Act 1996 s.8(3)(a)).");
                }
            }
            default -> throw new IllegalStateException("no explanation for " + d.rule.counting());
        }
    }

    private static void appeal(Deadline d, List<String> steps) {
        LocalDate fromDecision = d.triggerDate.plusMonths(d.period);
        steps.add(months(d.period, d.triggerDate, fromDecision));
        if (d.certificateDate == null) {
            steps.add("No mediation certificate is recorded. If one is issued, the appeal can be made up to 1 month "
                + "after the certificate when that is later. No certificate is needed when the appeal is only about "
                + "the school or institution named in the plan.");
        } else {
            String fromCertificate = months(1, d.certificateDate, d.certificateDate.plusMonths(1));
            steps.add("The mediation certificate was issued on " + of(d.certificateDate) + "; "
                + Character.toLowerCase(fromCertificate.charAt(0)) + fromCertificate.substring(1));
            steps.add("The later of the two, " + of(d.counted) + ", is the last day before any adjustment.");
        }
    }

    private static String months(int n, LocalDate t, LocalDate c) {
        return count(n, "month") + " after " + of(t) + " is " + of(c)
            + (c.getDayOfMonth() != t.getDayOfMonth() ? clipped(t) : " (the corresponding date)") + ".";
    }

    private static String clipped(LocalDate t) {
        return " (that month has no " + ordinal(t.getDayOfMonth()) + ", so the period ends on its last day)";
    }

    private static String ordinal(int day) {
        if (day >= 11 && day <= 13) {
            return day + "th";
        }
        return switch (day % 10) {
            case 1 -> day + "st";
            case 2 -> day + "nd";
            case 3 -> day + "rd";
            default -> day + "th";
        };
    }

    private static String skipped(WorkingDayCalendar calendar, LocalDate from, LocalDate to, String... always) {
        List<String> items = new ArrayList<>(List.of(always));
        if (!to.isBefore(from)) {
            for (Holiday h : calendar.holidays(from, to)) {
                DayOfWeek dow = h.date().getDayOfWeek();
                if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                    items.add(h.name() + " (" + of(h.date()) + ")");
                }
            }
        }
        String last = items.remove(items.size() - 1);
        return ", not counting " + (items.isEmpty() ? "" : String.join(", ", items) + " or ") + last + ".";
    }

    private static void roll(Deadline d, List<String> steps) {
        if (d.calendar == null) {
            return;
        }
        LocalDate c = d.counted;
        boolean working = d.calendar.isWorkingDay(c);
        switch (d.rule.rollForward()) {
            case NONE -> {
                if (!working && d.rule.counting() != Counting.AFTER_SCHOOL_DAYS) {
                    String rest = isSendRegulations(d.rule)
                        ? "; the SEND Regulations do not move a deadline that falls on a non-working day, so it stays "
                            + of(c) + "."
                        : "; this time limit does not move to the next working day, so it stays " + of(c) + ".";
                    steps.add(of(c) + " is " + why(d.calendar, c) + rest);
                    if (d.rule == Rule.DISCRIMINATION_CLAIM || d.rule == Rule.JUDICIAL_REVIEW) {
                        steps.add("Because the tribunal or court office may be closed that day, file by "
                            + of(d.calendar.previousWorkingDay(c)) + ", the last working day before it.");
                    }
                }
            }
            case NEXT_WORKING_DAY -> {
                if (!working) {
                    steps.add(of(c) + " is " + why(d.calendar, c) + ", so the deadline moves to the next working day, "
                        + of(d.limit) + (d.rule.rollForward() == RollForward.NEXT_WORKING_DAY
                            && d.rule.process() == ProcessType.INFORMATION_AND_COMPLAINTS
                            ? " (the ICO\u2019s practice)." : "."));
                }
            }
            case HESC_SEN_APPEAL -> {
                int month = c.getMonthValue();
                if ((month == 12 && c.getDayOfMonth() >= 25) || (month == 1 && c.getDayOfMonth() == 1)) {
                    steps.add(of(c) + " falls between 25 December and 1 January, so the last day moves to the first "
                        + "working day after 1 January, " + of(d.limit) + " (HESC r.12(3)(a)).");
                } else if (month == 8) {
                    steps.add(of(c) + " falls in August, so the last day moves to the first working day after "
                        + "31 August, " + of(d.limit) + " (HESC r.12(3)(a)).");
                } else if (!working) {
                    steps.add(of(c) + " is " + why(d.calendar, c) + ", so the last day moves to the next working day, "
                        + of(d.limit) + " (HESC r.12(2)).");
                }
            }
            default -> throw new IllegalStateException("no roll " + d.rule.rollForward());
        }
    }

    private static boolean isSendRegulations(Rule rule) {
        return rule.citation().startsWith("SEND Regulations") || rule.citation().startsWith("Children and Families");
    }

    private static String why(WorkingDayCalendar calendar, LocalDate date) {
        List<Holiday> named = calendar.holidays(date, date);
        if (!named.isEmpty()) {
            return "not a working day (" + named.get(0).name() + ")";
        }
        DayOfWeek dow = date.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return "not a working day (weekend)";
        }
        return "not a working day";
    }

    private static void outcome(Deadline d, List<String> steps) {
        LocalDate asOf = d.asOf;
        if (d.rejectedException != null && d.exception == null && d.completedBy == null) {
            steps.add(rejected(d));
        }
        switch (d.status) {
            case MET -> {
                if (d.rule == Rule.COMPULSORY_SCHOOL_AGE_ENDS) {
                    steps.add("As of " + of(asOf) + " this date has passed: the young person makes the decisions.");
                } else {
                    long late = ChronoUnit.DAYS.between(d.limit, d.completedOn);
                    steps.add("Met: " + d.completedBy.done() + " on " + of(d.completedOn)
                        + (late > 0 ? ", " + count(late, "day") + " after the deadline." : ", in time."));
                }
            }
            case DISAPPLIED -> {
                ExceptionRecord e = d.exception;
                steps.add("An exception applies from " + of(e.from()) + ": " + reason(e.reason(), d.rule)
                    + ". The fixed time limit no longer binds; the duty is to act as soon as practicable. Without "
                    + "the exception the deadline would have been " + of(d.limit) + ".");
            }
            case UPCOMING -> steps.add("As of " + of(asOf) + ", " + count(ChronoUnit.DAYS.between(asOf, d.limit), "day")
                + (d.rule == Rule.COMPULSORY_SCHOOL_AGE_ENDS ? " to go." : " remain."));
            case DUE_TODAY -> steps.add("As of " + of(asOf) + ", this is due today.");
            case OVERDUE -> steps.add("As of " + of(asOf) + ", this is "
                + count(ChronoUnit.DAYS.between(d.limit, asOf), "day") + " overdue.");
            default -> {
            }
        }
    }

    private static String rejected(Deadline d) {
        ExceptionRecord e = d.rejectedException;
        if (e.from().isAfter(d.limit)) {
            return "A recorded exception (" + e.reason() + ") began on " + of(e.from())
                + ", after the limit had passed, so it does not apply.";
        }
        if (e.from().isAfter(d.asOf)) {
            return "A recorded exception (" + e.reason() + ") begins on " + of(e.from())
                + ", after the as-of date, so it does not apply yet.";
        }
        return "A recorded absence from the area lasted " + count(absenceDays(e), "day") + ", less than the "
            + count(d.rule.absenceWeeks(), "week") + " the exception needs, so it does not apply.";
    }

    private static String reason(ExceptionReason reason, Rule rule) {
        return switch (reason) {
            case INSTITUTION_CLOSURE -> "advice was requested from a school, post-16 institution or early-years "
                + "setting in the week before it closed for 4 or more weeks, or while it was closed";
            case EXCEPTIONAL_PERSONAL_CIRCUMSTANCES -> "exceptional personal circumstances affect the child, the "
                + "parent or the young person";
            case ABSENT_FROM_AREA -> "the child, parent or young person is away from the local authority\u2019s area "
                + "for " + count(rule.absenceWeeks(), "week") + " or more";
            case APPOINTMENT_NOT_KEPT -> "the child, parent or young person did not keep an appointment";
        };
    }

    static long absenceDays(ExceptionRecord e) {
        return e.to().map(to -> ChronoUnit.DAYS.between(e.from(), to) + 1).orElse(Long.MAX_VALUE);
    }

    static boolean projected(Deadline d) {
        if (d.calendar == null || d.limit == null) {
            return false;
        }
        Counting c = d.rule.counting();
        boolean dependsOnCalendar = c == Counting.AFTER_WORKING_DAYS || c == Counting.BEGINNING_WORKING_DAYS
            || c == Counting.AFTER_SCHOOL_DAYS || d.rule.rollForward() != RollForward.NONE;
        return dependsOnCalendar && d.limit.isAfter(d.calendar.coverage().confirmedEnd());
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
