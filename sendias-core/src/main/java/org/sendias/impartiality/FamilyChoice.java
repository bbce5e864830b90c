package org.sendias.impartiality;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.sendias.InvalidInputException;

/**
 * The route a family chose after the options were explained, recorded as the family's own decision.
 *
 * <p>Advisers inform, the family decides: the service never makes the choice for the family (the IASSN guide to
 * impartiality and arm's-length working, "decision-making boundaries"; Children and Families Act 2014 s.19). A choice is therefore only
 * recorded with {@code recordedAsFamilysOwnDecision} set, and the constructor refuses {@code false}. If the family
 * has not decided yet, record no choice at all.
 *
 * @param chosen the route chosen; empty when the family decided to take none of the routes for now
 * @param chosenBy whose decision it is
 * @param recordedAt when the choice was recorded
 * @param recordedAsFamilysOwnDecision must be {@code true}: the adviser confirms this is the family's decision, not
 *     the service's
 */
public record FamilyChoice(Optional<Route> chosen, ChosenBy chosenBy, Instant recordedAt,
        boolean recordedAsFamilysOwnDecision) {

    /** The rule a choice not recorded as the family's own breaks, in the words of the error. */
    public static final String FAMILY_DECIDES = "advisers inform, the family decides: the service never makes the "
        + "decision for the family (Children and Families Act 2014 s.19; IASSN impartiality guide, "
        + "decision-making boundaries). Record a choice only once the parent or young person has made it";

    /** Validates the choice. */
    public FamilyChoice {
        chosen = Objects.requireNonNullElse(chosen, Optional.empty());
        if (chosenBy == null) {
            throw new InvalidInputException("familyChoice.chosenBy", "is required: say whether the parent, the young "
                + "person or both made the decision");
        }
        if (recordedAt == null) {
            throw new InvalidInputException("familyChoice.recordedAt", "is required");
        }
        if (!recordedAsFamilysOwnDecision) {
            throw new InvalidInputException("familyChoice.recordedAsFamilysOwnDecision", "must be true: "
                + FAMILY_DECIDES);
        }
    }

    /**
     * @param chosen the route the family chose
     * @param chosenBy whose decision it is
     * @param recordedAt when it was recorded
     * @return the choice, recorded as the family's own
     */
    public static FamilyChoice of(Route chosen, ChosenBy chosenBy, Instant recordedAt) {
        Objects.requireNonNull(chosen, "chosen");
        return new FamilyChoice(Optional.of(chosen), chosenBy, recordedAt, true);
    }

    /**
     * @param chosenBy whose decision it is
     * @param recordedAt when it was recorded
     * @return the family's decision to take none of the routes for now
     */
    public static FamilyChoice noRouteForNow(ChosenBy chosenBy, Instant recordedAt) {
        return new FamilyChoice(Optional.empty(), chosenBy, recordedAt, true);
    }
}
