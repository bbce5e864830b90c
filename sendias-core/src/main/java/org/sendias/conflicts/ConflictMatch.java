package org.sendias.conflicts;

import java.util.Objects;
import java.util.Optional;
import org.sendias.CaseId;
import org.sendias.conflicts.matching.MatchEvidence;

/**
 * One thing the conflict check found: which party, against what, how serious, and the evidence (the fields compared,
 * the score and the matching rule that fired, with reasons in plain words).
 *
 * @param party the case party that matched
 * @param source what it matched against
 * @param declaration the adviser's declaration it matched, for {@link Source#DECLARED_PERSON} and
 *     {@link Source#DECLARED_ORGANISATION}
 * @param gift the accepted gift whose giver it matched, for {@link Source#GIFT}
 * @param otherCase the other case, for {@link Source#FAMILY_DISPUTE}
 * @param severity {@link ConflictOutcome#POTENTIAL} or {@link ConflictOutcome#CONFLICT}
 * @param evidence the match evidence
 * @param why the rule that set the severity, in plain words
 */
public record ConflictMatch(CheckedParty party, Source source, Optional<Declaration> declaration, Optional<Gift> gift,
        Optional<CaseId> otherCase, ConflictOutcome severity, MatchEvidence evidence, String why) {

    /** What a party can match against. */
    public enum Source {
        /** A person the adviser declared (a relative, partner, friend, ...). */
        DECLARED_PERSON,
        /** An organisation the adviser declared a role in. */
        DECLARED_ORGANISATION,
        /** The giver of an accepted gift at or above the register's threshold. */
        GIFT,
        /** The other side of a family dispute the service already supports. */
        FAMILY_DISPUTE,
        /** One of the host organisation's other services. */
        HOST_SERVICE
    }

    /** Validates the match. */
    public ConflictMatch {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(source, "source");
        declaration = Objects.requireNonNullElse(declaration, Optional.empty());
        gift = Objects.requireNonNullElse(gift, Optional.empty());
        otherCase = Objects.requireNonNullElse(otherCase, Optional.empty());
        Objects.requireNonNull(severity, "severity");
        if (severity == ConflictOutcome.CLEAR) {
            throw new IllegalArgumentException("severity: a match is POTENTIAL or CONFLICT");
        }
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(why, "why");
    }

    /** Shows the party reference, source, severity, rule and score: no names. */
    @Override
    public String toString() {
        return "ConflictMatch[" + party.ref() + ", " + source + ", " + severity + ", " + evidence.rule() + " "
            + evidence.score() + "]";
    }
}
