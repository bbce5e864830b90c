package org.sendias.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One named non-working day.
 *
 * @param date the day
 * @param name its name, as gov.uk writes it where gov.uk lists it (for example {@code Early May bank holiday (VE day)})
 * @param kind why it is a holiday
 */
public record Holiday(LocalDate date, String name, HolidayKind kind) implements Comparable<Holiday> {

    /** Validates the fields. */
    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name: a holiday needs a name");
        }
    }

    @Override
    public int compareTo(Holiday other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : name.compareTo(other.name);
    }
}
