package org.sendias.consent;

import java.util.List;
import org.sendias.InvalidInputException;
import org.sendias.internal.Validation;

/**
 * The answer of {@link ConsentLedger#decide}: permitted, with the consent relied on, or refused, with reasons in
 * plain English. Reasons name consents by id and dates of events, never people.
 */
public sealed interface SharingDecision {

    /** @return whether the request is permitted */
    boolean isPermitted();

    /**
     * The request is covered by a consent that stands.
     *
     * @param reliedOn the consent relied on: valid at the time of the request, given by a person entitled then,
     *     and covering the purpose, the recipient and every category requested
     */
    record Permitted(ConsentRecord reliedOn) implements SharingDecision {

        /** Validates that the consent is present. */
        public Permitted {
            Validation.required(reliedOn, "reliedOn");
        }

        @Override
        public boolean isPermitted() {
            return true;
        }
    }

    /**
     * No consent covers the request.
     *
     * @param reasons why, at least one, for example {@code no consent covers purpose MAKE_REFERRAL for this
     *     recipient} or {@code consent 3f2c... was withdrawn on 2026-03-04}
     */
    record Refused(List<String> reasons) implements SharingDecision {

        /** Validates and copies the reasons. */
        public Refused {
            reasons = List.copyOf(Validation.required(reasons, "reasons"));
            if (reasons.isEmpty()) {
                throw new InvalidInputException("reasons", "at least one reason is required");
            }
        }

        @Override
        public boolean isPermitted() {
            return false;
        }
    }
}
