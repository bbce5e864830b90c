package org.sendias.dataprotection;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sendias.CaseId;
import org.sendias.UserId;
import org.sendias.internal.Validation;
import org.sendias.party.PartyId;

/**
 * A request to erase personal data (UK GDPR Article 17): about a whole case, or about one party in it. A request
 * naming the case's child or young person is about the whole case, since the case is about them.
 *
 * @param caseId the case
 * @param party the party whose details are to be erased; empty for the whole case
 * @param receivedOn the day the service received the request (the month to respond runs from it, Article 12(3))
 * @param recordedBy the member of staff who recorded it
 */
public record ErasureRequest(CaseId caseId, Optional<PartyId> party, LocalDate receivedOn, UserId recordedBy) {

    /** Validates the request. */
    public ErasureRequest {
        Validation.required(caseId, "caseId");
        party = Objects.requireNonNullElse(party, Optional.empty());
        Validation.required(receivedOn, "receivedOn");
        Validation.required(recordedBy, "recordedBy");
    }

    /**
     * @param caseId the case
     * @param receivedOn when it was received
     * @param recordedBy who recorded it
     * @return a request to erase the whole case
     */
    public static ErasureRequest ofCase(CaseId caseId, LocalDate receivedOn, UserId recordedBy) {
        return new ErasureRequest(caseId, Optional.empty(), receivedOn, recordedBy);
    }

    /**
     * @param caseId the case
     * @param party the party
     * @param receivedOn when it was received
     * @param recordedBy who recorded it
     * @return a request to erase one party's details
     */
    public static ErasureRequest ofParty(CaseId caseId, PartyId party, LocalDate receivedOn, UserId recordedBy) {
        return new ErasureRequest(caseId, Optional.of(Validation.required(party, "party")), receivedOn, recordedBy);
    }
}
