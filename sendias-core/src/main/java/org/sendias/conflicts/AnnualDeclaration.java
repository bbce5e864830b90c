package org.sendias.conflicts;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sendias.InvalidInputException;
import org.sendias.UserId;
import org.sendias.internal.Validation;

/**
 * An adviser's annual declaration for a declaration year: either a nil return (nothing to declare) or a confirmation
 * that the listed declarations are complete and still correct. Recorded through
 * {@link DeclarationRegister#recordAnnual}, which checks the listed declarations are the adviser's and active.
 *
 * @param adviser the adviser making it
 * @param year the declaration year it is for, named by the calendar year in which that year starts (see
 *     {@link RegisterSettings#declarationYearOf(LocalDate)}), 1900 to 9999
 * @param madeOn the day the adviser made it
 * @param nil {@code true} for a nil return: the adviser has nothing to declare
 * @param confirmed the declarations the adviser confirms, each once: none for a nil return, at least one otherwise
 */
public record AnnualDeclaration(UserId adviser, int year, LocalDate madeOn, boolean nil,
        List<DeclarationId> confirmed) {

    /** Validates the declaration. */
    public AnnualDeclaration {
        Validation.required(adviser, "adviser");
        if (year < 1900 || year > 9999) {
            throw new InvalidInputException("year", "must be 1900 to 9999");
        }
        Validation.required(madeOn, "madeOn");
        Validation.required(confirmed, "confirmed");
        Set<DeclarationId> seen = new HashSet<>();
        for (int i = 0; i < confirmed.size(); i++) {
            DeclarationId id = Validation.required(confirmed.get(i), "confirmed[" + i + "]");
            if (!seen.add(id)) {
                throw new InvalidInputException("confirmed[" + i + "]", "repeats an earlier declaration");
            }
        }
        confirmed = List.copyOf(confirmed);
        if (nil && !confirmed.isEmpty()) {
            throw new InvalidInputException("confirmed", "a nil return confirms no declarations");
        }
        if (!nil && confirmed.isEmpty()) {
            throw new InvalidInputException("confirmed", "confirm at least one declaration, or make a nil return");
        }
    }

    /**
     * @param adviser the adviser
     * @param year the declaration year
     * @param madeOn the day it was made
     * @return a nil return: nothing to declare
     */
    public static AnnualDeclaration nilReturn(UserId adviser, int year, LocalDate madeOn) {
        return new AnnualDeclaration(adviser, year, madeOn, true, List.of());
    }

    /**
     * @param adviser the adviser
     * @param year the declaration year
     * @param madeOn the day it was made
     * @param confirmed the declarations confirmed, at least one
     * @return a declaration confirming those interests
     */
    public static AnnualDeclaration confirming(UserId adviser, int year, LocalDate madeOn,
            List<DeclarationId> confirmed) {
        return new AnnualDeclaration(adviser, year, madeOn, false, confirmed);
    }
}
