package org.sendias.dataprotection;

import org.sendias.internal.Validation;

/** The answer to a request to erase: carried out, or refused on a lawful ground. */
public sealed interface ErasureDecision {

    /** The audit reason of an erasure carried out: the right to erasure, UK GDPR Article 17(1). */
    String CARRIED_OUT_REASON = "uk-gdpr-art-17-1";

    /** @return the code recorded as the reason in the audit trail */
    String reasonCode();

    /**
     * The erasure is carried out: the whole case is deleted ({@link DisposalMethod#DELETE}), or the party's details
     * are erased from the case ({@link DisposalMethod#ANONYMISE}, see
     * {@link org.sendias.casework.Case#eraseParty}).
     *
     * @param method how
     */
    record CarriedOut(DisposalMethod method) implements ErasureDecision {
        /** Validates that the method is present. */
        public CarriedOut {
            Validation.required(method, "method");
        }

        @Override
        public String reasonCode() {
            return CARRIED_OUT_REASON;
        }
    }

    /**
     * The erasure is refused.
     *
     * @param ground the lawful ground, which the service tells the person along with their right to complain to
     *     the Information Commissioner (Article 12(4))
     */
    record Refused(ErasureGround ground) implements ErasureDecision {
        /** Validates that the ground is present. */
        public Refused {
            Validation.required(ground, "ground");
        }

        @Override
        public String reasonCode() {
            return ground.code();
        }
    }
}
