package org.sendias.party;

import java.util.regex.Pattern;
import org.sendias.InvalidInputException;

/**
 * An organisation's public identifier, checked for its scheme's form.
 *
 * @param scheme which register the identifier comes from
 * @param value the identifier
 */
public record OrganisationIdentifier(Scheme scheme, String value) {

    /** The registers sendias knows the form of. */
    public enum Scheme {
        /** A school's unique reference number (Get Information about Schools): 6 digits. */
        URN("\\d{6}", "6 digits"),
        /** A UK provider reference number (colleges and training providers): 8 digits starting with 1. */
        UKPRN("1\\d{7}", "8 digits starting with 1"),
        /** An NHS organisation data service code: 3 to 5 letters and digits. */
        ODS("[A-Z0-9]{3,5}", "3 to 5 capital letters or digits"),
        /** A local authority's three-digit code, as the Department for Education numbers them. */
        LA_CODE("\\d{3}", "3 digits"),
        /** A charity number in England and Wales: 6 or 7 digits. */
        CHARITY_NUMBER("\\d{6,7}", "6 or 7 digits");

        private final Pattern form;
        private final String description;

        Scheme(String form, String description) {
            this.form = Pattern.compile(form);
            this.description = description;
        }
    }

    /** Validates the value against the scheme's form. */
    public OrganisationIdentifier {
        if (scheme == null) {
            throw new InvalidInputException("identifier.scheme", "is required");
        }
        if (value == null || !scheme.form.matcher(value).matches()) {
            throw new InvalidInputException("identifier.value", "a " + scheme + " must be " + scheme.description);
        }
    }

    /**
     * @param urn a school's unique reference number
     * @return the identifier
     */
    public static OrganisationIdentifier urn(String urn) {
        return new OrganisationIdentifier(Scheme.URN, urn);
    }

    @Override
    public String toString() {
        return scheme + ":" + value;
    }
}
