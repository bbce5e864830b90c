package org.sendias.casework;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.party.OrganisationKind;

/**
 * How a case reached the service. A third-party referral (a school, the local authority, a health body, a charity)
 * is held until the parent or young person consents; a self-referral opens at once.
 *
 * @param route self-referral or third-party referral
 * @param referrerKind the kind of organisation that referred; required for, and only for, a third-party referral
 * @param receivedOn the day the referral reached the service (the trigger of the service's own targets)
 */
public record Arrival(Route route, Optional<OrganisationKind> referrerKind, LocalDate receivedOn) {

    /** Self-referral or third-party referral. */
    public enum Route {
        /** The parent, carer or young person contacted the service themselves. */
        SELF_REFERRAL,
        /** Someone else referred the family. */
        THIRD_PARTY_REFERRAL
    }

    /** Validates the arrival. */
    public Arrival {
        if (route == null) {
            throw new InvalidInputException("arrival.route", "is required");
        }
        referrerKind = Objects.requireNonNullElse(referrerKind, Optional.empty());
        if (route == Route.THIRD_PARTY_REFERRAL && referrerKind.isEmpty()) {
            throw new InvalidInputException("arrival.referrerKind", "is required for a third-party referral");
        }
        if (route == Route.SELF_REFERRAL && referrerKind.isPresent()) {
            throw new InvalidInputException("arrival.referrerKind", "a self-referral has no referrer");
        }
        if (receivedOn == null) {
            throw new InvalidInputException("arrival.receivedOn", "is required");
        }
    }

    /**
     * @param receivedOn the day the family made contact
     * @return a self-referral
     */
    public static Arrival selfReferral(LocalDate receivedOn) {
        return new Arrival(Route.SELF_REFERRAL, Optional.empty(), receivedOn);
    }

    /**
     * @param referrer the kind of organisation that referred
     * @param receivedOn the day the referral arrived
     * @return a third-party referral
     */
    public static Arrival referredBy(OrganisationKind referrer, LocalDate receivedOn) {
        return new Arrival(Route.THIRD_PARTY_REFERRAL, Optional.ofNullable(referrer), receivedOn);
    }

    /** @return whether the case starts held, waiting for consent */
    public boolean startsHeld() {
        return route == Route.THIRD_PARTY_REFERRAL;
    }
}
