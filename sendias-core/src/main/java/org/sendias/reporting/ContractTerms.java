package org.sendias.reporting;

import org.sendias.InvalidInputException;
import org.sendias.deadline.ProcessHistory;

/**
 * The parts of a service's contract with its commissioner that decide the quarterly return's figures: the service
 * levels, and the windows of the outcome measures.
 *
 * @param acknowledgementWorkingDays a referral is acknowledged within this many working days of its arrival
 *     (default 2; rule {@code SERVICE_ACKNOWLEDGEMENT})
 * @param firstAppointmentWorkingDays a first appointment is held within this many working days of the referral's
 *     arrival (default 5; rule {@code SERVICE_FIRST_APPOINTMENT})
 * @param involvementMonths an appeal lodged, or an exclusion reported, counts when the case was open at some time in
 *     this many months up to that day (default 6)
 * @param transitionFollowUpMonths a transition report counts when made at least this many months after the
 *     referral's arrival (default 6)
 */
public record ContractTerms(int acknowledgementWorkingDays, int firstAppointmentWorkingDays, int involvementMonths,
        int transitionFollowUpMonths) {

    /** The longest window accepted, in months. */
    public static final int MAX_MONTHS = 36;

    /** The specification's terms: 2 and 5 working days, six-month windows. */
    public static final ContractTerms DEFAULT = new ContractTerms(
        ProcessHistory.DEFAULT_ACKNOWLEDGEMENT_WORKING_DAYS, ProcessHistory.DEFAULT_FIRST_APPOINTMENT_WORKING_DAYS, 6,
        6);

    /** Validates the terms. */
    public ContractTerms {
        workingDays("acknowledgementWorkingDays", acknowledgementWorkingDays);
        workingDays("firstAppointmentWorkingDays", firstAppointmentWorkingDays);
        months("involvementMonths", involvementMonths);
        months("transitionFollowUpMonths", transitionFollowUpMonths);
    }

    /**
     * @param acknowledgementWorkingDays working days to acknowledge a referral
     * @param firstAppointmentWorkingDays working days to a first appointment
     * @return these terms with other service levels
     */
    public ContractTerms withServiceLevels(int acknowledgementWorkingDays, int firstAppointmentWorkingDays) {
        return new ContractTerms(acknowledgementWorkingDays, firstAppointmentWorkingDays, involvementMonths,
            transitionFollowUpMonths);
    }

    private static void workingDays(String field, int days) {
        if (days < 1 || days > ProcessHistory.MAX_SERVICE_TARGET_WORKING_DAYS) {
            throw new InvalidInputException(field, "must be from 1 to "
                + ProcessHistory.MAX_SERVICE_TARGET_WORKING_DAYS + " working days, got " + days);
        }
    }

    private static void months(String field, int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new InvalidInputException(field, "must be from 1 to " + MAX_MONTHS + " months, got " + months);
        }
    }
}
