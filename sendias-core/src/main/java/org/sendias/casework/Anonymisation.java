package org.sendias.casework;

import java.time.Instant;
import org.sendias.UserId;
import org.sendias.internal.Validation;

/**
 * The record that a case was anonymised: when and by whom. An anonymised case keeps what the commissioner's reports
 * need and nothing that names or describes a person (see {@link Case#anonymise(UserId, Instant)} for the field by
 * field rules), and refuses every further change to its content; only legal holds may still be placed and released.
 *
 * @param at when
 * @param by who (a member of staff, or the user a disposal run acts as)
 */
public record Anonymisation(Instant at, UserId by) {
    /** The name every party of an anonymised case carries. */
    public static final String NAME = "Anonymised";
    /** The text every note, description and other free text of an anonymised case is replaced with. */
    public static final String TEXT = "[anonymised]";
    /** The consent wording version an anonymised case's consent records carry. */
    public static final String WORDING_VERSION = "anonymised";

    /** Validates that both parts are present. */
    public Anonymisation {
        Validation.required(at, "anonymisation.at");
        Validation.required(by, "anonymisation.by");
    }
}
