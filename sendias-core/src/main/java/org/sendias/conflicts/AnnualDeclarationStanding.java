package org.sendias.conflicts;

import java.time.LocalDate;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.UserId;
import org.sendias.internal.Validation;

/**
 * One adviser's line in the annual declaration lists: the declaration year in force on the day asked about, when its
 * declaration is due, and whether it has been made. Produced by {@link DeclarationRegister#annualStatus}.
 *
 * @param adviser the adviser
 * @param year the declaration year in force
 * @param dueOn the last day on which the year's declaration is due rather than overdue
 * @param status up to date, due or overdue
 * @param madeOn the day the year's declaration was made: present exactly when the status is up to date
 */
public record AnnualDeclarationStanding(UserId adviser, int year, LocalDate dueOn, AnnualDeclarationStatus status,
        Optional<LocalDate> madeOn) {

    /** Validates the line. */
    public AnnualDeclarationStanding {
        Validation.required(adviser, "adviser");
        Validation.required(dueOn, "dueOn");
        Validation.required(status, "status");
        madeOn = Validation.optional(madeOn);
        if (madeOn.isPresent() != (status == AnnualDeclarationStatus.UP_TO_DATE)) {
            throw new InvalidInputException("madeOn", "is present exactly when the status is UP_TO_DATE");
        }
    }
}
