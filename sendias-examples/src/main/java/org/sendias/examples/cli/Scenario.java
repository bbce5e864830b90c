package org.sendias.examples.cli;

import java.time.LocalDate;
import java.util.Optional;
import org.sendias.deadline.ProcessHistory;

/**
 * One scenario of the {@code deadlines} command, read and validated.
 *
 * @param history the process, its events, exceptions, parameters and school calendar
 * @param asOf the date to assess statuses on; empty for today
 */
record Scenario(ProcessHistory history, Optional<LocalDate> asOf) {
}
