package org.sendias.internal;

import java.time.LocalDate;

/**
 * Dates in the words a parent reads ("Monday 16 February 2026"), independent of the JVM's locale and without the
 * cost of a {@code DateTimeFormatter}.
 */
public final class DateText {
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private DateText() {
    }

    /**
     * @param date a date
     * @return for example {@code Monday 16 February 2026}
     */
    public static String of(LocalDate date) {
        return DAYS[date.getDayOfWeek().ordinal()] + " " + date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1]
            + " " + date.getYear();
    }

    /**
     * @param date a date
     * @return for example {@code Monday}
     */
    public static String dayName(LocalDate date) {
        return DAYS[date.getDayOfWeek().ordinal()];
    }

    /**
     * @param month 1 to 12
     * @return for example {@code February}
     */
    public static String monthName(int month) {
        return MONTHS[month - 1];
    }

    /**
     * @param n a count
     * @param unit the singular unit, such as {@code day}
     * @return for example {@code 1 day} or {@code 3 days}
     */
    public static String count(long n, String unit) {
        return n + " " + unit + (n == 1 || n == -1 ? "" : "s");
    }
}
