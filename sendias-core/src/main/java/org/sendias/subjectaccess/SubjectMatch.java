package org.sendias.subjectaccess;

import java.util.List;
import java.util.Optional;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.conflicts.matching.MatchEvidence;
import org.sendias.internal.Validation;
import org.sendias.party.PartyId;
import org.sendias.party.PartyRole;

/**
 * One party in one case that a {@link SubjectQuery} took to be the person asking, and why: for a data protection
 * officer to confirm before anything is released.
 *
 * <p>The reasons quote the names compared, which are personal data: show them to the officer, never log them.
 * {@link #toString()} leaves them out.
 *
 * @param caseId the case
 * @param partyId the party in that case
 * @param role the party's role in the case
 * @param basis what the match rests on
 * @param nameEvidence how the names matched, when the query gave a name and it matched
 * @param reasons one short sentence for each thing that matched, or that could not be checked
 */
public record SubjectMatch(CaseId caseId, PartyId partyId, PartyRole role, Basis basis,
        Optional<MatchEvidence> nameEvidence, List<String> reasons) {

    /** What a match rests on, from the surest. */
    public enum Basis {
        /** The party's id was given in the query. */
        PARTY_ID,
        /** The name matched and the date of birth held for the party is the one given in the query. */
        NAME_AND_DATE_OF_BIRTH,
        /**
         * The name matched but no date of birth could be compared: the query gave none, or none is held for the
         * party (parents and professionals usually have none). The weakest basis: confirm it before release.
         */
        NAME_ONLY
    }

    /** Validates the match and copies the reasons. */
    public SubjectMatch {
        Validation.required(caseId, "caseId");
        Validation.required(partyId, "partyId");
        Validation.required(role, "role");
        Validation.required(basis, "basis");
        nameEvidence = Validation.optional(nameEvidence);
        Validation.required(reasons, "reasons");
        if (reasons.isEmpty()) {
            throw new InvalidInputException("reasons", "at least one reason is required");
        }
        reasons = List.copyOf(reasons);
        if (basis != Basis.PARTY_ID && nameEvidence.isEmpty()) {
            throw new InvalidInputException("nameEvidence", "is required for a match on the name");
        }
    }

    /** @return the ids, role and basis; never the reasons, which quote names */
    @Override
    public String toString() {
        return "SubjectMatch[case " + caseId + ", party " + partyId + ", " + role + ", " + basis + "]";
    }
}
