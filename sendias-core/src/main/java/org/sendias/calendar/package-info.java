/**
 * Working-day calendars: England and Wales (the default for statutory time limits), Scotland, Northern Ireland,
 * the United Kingdom as a whole (for the Freedom of Information Act), and a school's own calendar for time limits
 * counted in school days.
 *
 * <p>Start with {@link org.sendias.calendar.HolidayCalendar#englandAndWales()}. Every calendar answers the same
 * questions through {@link org.sendias.calendar.WorkingDayCalendar}, in constant time from a precomputed index, and
 * states its {@linkplain org.sendias.calendar.WorkingDayCalendar#version() version} and
 * {@linkplain org.sendias.calendar.WorkingDayCalendar#coverage() coverage}. Dates after the confirmed data are
 * projected from the standing rules; callers can tell, and the deadline engine says so in its explanations.
 * gov.uk's {@code bank-holidays.json} can be loaded with {@link org.sendias.calendar.BankHolidayFile} to add or
 * correct years without a new release.
 */
package org.sendias.calendar;
