package org.sendias.casework;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.consent.CapacityRecord;
import org.sendias.consent.ConsentLedger;
import org.sendias.deadline.ProcessHistory;
import org.sendias.equality.EqualityMonitoring;
import org.sendias.impartiality.AdviceNote;
import org.sendias.party.Party;
import org.sendias.party.PartyId;

/**
 * Everything a case holds, as plain values, for a storage adapter to write and read back. {@link Case#snapshot()}
 * gives it; {@link Case#restore(CaseSnapshot)} rebuilds the case and checks that the stored state obeys the case's
 * rules, so a damaged or hand-edited row is refused rather than silently loaded.
 *
 * @param tenant the service
 * @param id the case's id
 * @param version the version
 * @param openedAt when it was opened
 * @param openedBy who opened it
 * @param arrival how it arrived
 * @param status its status
 * @param statusHistory every status change, oldest first
 * @param parties the parties, the child or young person first
 * @param domains the domains
 * @param helpLevel the level of help
 * @param adviser the allocated adviser
 * @param walledOff advisers walled off after a conflict
 * @param contacts contacts, oldest first
 * @param notes notes, oldest first, corrections included
 * @param adviceNotes advice notes, oldest first
 * @param consents consents and safeguarding disclosures
 * @param capacity the capacity record
 * @param equality equality monitoring by party
 * @param serviceLevel the service's own key dates
 * @param processes tracked processes, in the order tracking started
 * @param legalHolds legal holds, active and released, oldest first (a snapshot written before holds existed reads
 *     this as null, which {@link Case#restore} takes as none)
 * @param corrections corrections of parties' details, oldest first (null is taken as none)
 * @param anonymisation when and by whom the case was anonymised, if it was (null is taken as empty)
 * @param outcomes outcomes recorded for the commissioner's return, oldest first (null is taken as none)
 */
public record CaseSnapshot(TenantId tenant, CaseId id, long version, Instant openedAt, UserId openedBy,
        Arrival arrival, CaseStatus status, List<Case.StatusChange> statusHistory, List<Party> parties,
        Set<Domain> domains, HelpLevel helpLevel, Optional<UserId> adviser, Set<UserId> walledOff,
        List<Contact> contacts, List<Note> notes, List<AdviceNote> adviceNotes, ConsentLedger consents,
        Optional<CapacityRecord> capacity, Map<PartyId, EqualityMonitoring> equality, ProcessHistory serviceLevel,
        Map<ProcessId, ProcessHistory> processes, List<LegalHold> legalHolds, List<Correction> corrections,
        Optional<Anonymisation> anonymisation, List<RecordedOutcome> outcomes) {

    /** Shows the ids, version and status only. */
    @Override
    public String toString() {
        return "CaseSnapshot[" + tenant + "/" + id + " v" + version + ", " + status
            + (anonymisation != null && anonymisation.isPresent() ? ", anonymised" : "") + "]";
    }
}
