package org.sendias.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class JollydayCrossCheckTest {
    @Test
    void explore() {
        HolidayManager m = HolidayManager.getInstance(
            ManagerParameters.create(de.focus_shift.jollyday.core.HolidayCalendar.UNITED_KINGDOM));
        TreeSet<LocalDate> j = new TreeSet<>();
        TreeSet<String> types = new TreeSet<>();
        for (int y = 1995; y <= 2035; y++) {
            for (de.focus_shift.jollyday.core.Holiday h : m.getHolidays(Year.of(y), System.getProperty("jd","eng"))) {
                types.add(h.getType() + " " + h.getPropertiesKey());
                if (h.getType() != HolidayType.OBSERVANCE && h.getDate().getDayOfWeek().getValue() < 6) j.add(h.getDate());
            }
        }
        TreeSet<LocalDate> ours = new TreeSet<>();
        HolidayCalendar c = HolidayCalendar.named(System.getProperty("ours","england-and-wales"));
        for (LocalDate d = LocalDate.of(1995,1,1); d.getYear() <= 2035; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() < 6 && !c.isWorkingDay(d)) ours.add(d);
        }
        TreeSet<LocalDate> onlyOurs = new TreeSet<>(ours); onlyOurs.removeAll(j);
        TreeSet<LocalDate> onlyJ = new TreeSet<>(j); onlyJ.removeAll(ours);
        assertEquals("", types + "\nours only " + onlyOurs + "\njolly only " + onlyJ);
    }
}
