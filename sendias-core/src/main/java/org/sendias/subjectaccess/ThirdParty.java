package org.sendias.subjectaccess;

import org.sendias.CaseId;
import org.sendias.internal.Validation;
import org.sendias.party.Party;

/**
 * A person or organisation in a case who is not the person asking, as the {@link Redactor} sees them: family
 * members, professionals, organisations, and the child or young person when a parent asks.
 *
 * @param caseId the case
 * @param party the party as held (its name and date of birth are personal data of a third party)
 */
public record ThirdParty(CaseId caseId, Party party) {

    /** Validates that both are present. */
    public ThirdParty {
        Validation.required(caseId, "caseId");
        Validation.required(party, "party");
    }

    /** @return the party's role in words, for example {@code parent} or {@code child or young person} */
    public String roleLabel() {
        return Labels.role(party.role());
    }

    /** @return the standard label in place of the party's name: the role and "(redacted)", as in {@code parent (redacted)} */
    public String redactedLabel() {
        return roleLabel() + " (redacted)";
    }
}
