package org.sendias.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.internal.Validation;
import org.sendias.party.PartyId;

/**
 * A case's consents and safeguarding disclosures, and the one place that decides whether information may be used or
 * shared. Immutable: each command returns a {@link LedgerUpdate} with a new ledger and the events it produced.
 * Records are only ever added, and a withdrawal, once recorded, stays.
 *
 * <p>Every command and decision takes the {@link ConsentAuthority} for the day it happens on (in England's time
 * zone, {@link ConsentRecord#ZONE}); one worked out for another day is refused, so that a parent's consent cannot
 * be recorded or relied on after the young person has started deciding for themselves.
 *
 * <p>A consent is relied on only if, at the time of the request, it is valid (given, not withdrawn, not expired),
 * its giver is entitled to consent at that time, its scope covers the purpose and the recipient, and its categories
 * include every category requested. A safeguarding disclosure never makes later sharing permitted.
 */
public final class ConsentLedger {

    private final TenantId tenant;
    private final CaseId caseId;
    private final List<ConsentRecord> records;
    private final List<SafeguardingDisclosure> disclosures;

    private ConsentLedger(TenantId tenant, CaseId caseId, List<ConsentRecord> records,
            List<SafeguardingDisclosure> disclosures) {
        this.tenant = tenant;
        this.caseId = caseId;
        this.records = List.copyOf(records);
        this.disclosures = List.copyOf(disclosures);
    }

    /**
     * @param tenant the service
     * @param caseId the case
     * @return a ledger with no consents or disclosures
     */
    public static ConsentLedger empty(TenantId tenant, CaseId caseId) {
        return of(tenant, caseId, List.of(), List.of());
    }

    /**
     * Rebuilds a ledger from stored records, in the order they were recorded.
     *
     * @param tenant the service
     * @param caseId the case
     * @param records the consent records
     * @param disclosures the safeguarding disclosures
     * @return the ledger
     * @throws InvalidInputException if a record belongs to another tenant or case, or an id repeats
     */
    public static ConsentLedger of(TenantId tenant, CaseId caseId, List<ConsentRecord> records,
            List<SafeguardingDisclosure> disclosures) {
        Validation.required(tenant, "tenant");
        Validation.required(caseId, "caseId");
        Validation.required(records, "records");
        Validation.required(disclosures, "disclosures");
        Set<ConsentId> ids = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            ConsentRecord r = records.get(i);
            String at = "records[" + i + "]";
            Validation.required(r, at);
            if (!r.tenant().equals(tenant) || !r.caseId().equals(caseId)) {
                throw new InvalidInputException(at + ".caseId", "belongs to another tenant or case");
            }
            if (!ids.add(r.id())) {
                throw new InvalidInputException(at + ".consentId", "repeats an earlier record's id");
            }
        }
        Set<DisclosureId> disclosureIds = new HashSet<>();
        for (int i = 0; i < disclosures.size(); i++) {
            SafeguardingDisclosure d = disclosures.get(i);
            String at = "disclosures[" + i + "]";
            Validation.required(d, at);
            if (!d.tenant().equals(tenant) || !d.caseId().equals(caseId)) {
                throw new InvalidInputException(at + ".caseId", "belongs to another tenant or case");
            }
            if (!disclosureIds.add(d.id())) {
                throw new InvalidInputException(at + ".disclosureId", "repeats an earlier disclosure's id");
            }
        }
        return new ConsentLedger(tenant, caseId, records, disclosures);
    }

    /** @return the service */
    public TenantId tenant() {
        return tenant;
    }

    /** @return the case */
    public CaseId caseId() {
        return caseId;
    }

    /** @return every consent record, in the order recorded (withdrawn ones included) */
    public List<ConsentRecord> records() {
        return records;
    }

    /** @return every safeguarding disclosure, in the order recorded */
    public List<SafeguardingDisclosure> disclosures() {
        return disclosures;
    }

    /**
     * @param id a consent id
     * @return the record with that id, if it is in this ledger
     */
    public Optional<ConsentRecord> find(ConsentId id) {
        Objects.requireNonNull(id, "id");
        return records.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * Records a consent.
     *
     * @param command what was consented to, and by whom
     * @param authority who may consent on the day of {@code at}
     * @param at when consent was given
     * @return the new ledger, the new record and a {@link ConsentGiven} event
     * @throws InvalidInputException if the giver is not entitled to consent then (field {@code givenBy}), the
     *     expiry is before that day, or the authority is for another day or another child
     */
    public LedgerUpdate<ConsentRecord> give(GiveConsent command, ConsentAuthority authority, Instant at) {
        Objects.requireNonNull(command, "command");
        checkAuthority(authority, at);
        if (!records.isEmpty() && !records.get(0).about().equals(authority.child())) {
            throw new InvalidInputException("authority", "is about a different child or young person from this "
                + "case's consents");
        }
        if (!authority.mayConsent(command.givenBy())) {
            throw new InvalidInputException("givenBy", "is not entitled to consent: " + notEntitled(authority));
        }
        ConsentRecord record = new ConsentRecord(ConsentId.random(), tenant, caseId, command.givenBy(),
            authority.giverRole(), authority.child(), command.scope(), command.wordingVersion(), command.method(),
            at, command.expiresOn(), Optional.empty(), command.recordedBy());
        List<ConsentRecord> next = new ArrayList<>(records);
        next.add(record);
        ConsentGiven event = new ConsentGiven(tenant, caseId, at, command.recordedBy(), record.id(),
            record.givenBy(), record.about());
        return new LedgerUpdate<>(new ConsentLedger(tenant, caseId, next, disclosures), record, List.of(event));
    }

    /**
     * Withdraws a consent. The person who gave it may withdraw it, and so may whoever is entitled to consent at the
     * time.
     *
     * @param command which consent, and who withdraws it
     * @param authority who may consent on the day of {@code at}
     * @param at when it was withdrawn; not before it was given
     * @return the new ledger, the withdrawn record and a {@link ConsentWithdrawn} event
     * @throws InvalidInputException if the consent is unknown or already withdrawn (field {@code consentId}), the
     *     person may not withdraw it (field {@code by}), or {@code at} is before it was given
     */
    public LedgerUpdate<ConsentRecord> withdraw(WithdrawConsent command, ConsentAuthority authority, Instant at) {
        Objects.requireNonNull(command, "command");
        checkAuthority(authority, at);
        int index = indexOf(command.consentId());
        if (index < 0) {
            throw new InvalidInputException("consentId", "no consent with this id in this case");
        }
        ConsentRecord record = records.get(index);
        if (record.isWithdrawn()) {
            throw new InvalidInputException("consentId", "consent " + record.id() + " is already withdrawn");
        }
        if (!record.givenBy().equals(command.by()) && !authority.mayConsent(command.by())) {
            throw new InvalidInputException("by", "only the person who gave this consent, or the person entitled to "
                + "consent now, may withdraw it");
        }
        ConsentRecord withdrawn = record.withdraw(at, command.by(), command.recordedBy());
        List<ConsentRecord> next = new ArrayList<>(records);
        next.set(index, withdrawn);
        ConsentWithdrawn event = new ConsentWithdrawn(tenant, caseId, at, command.recordedBy(), record.id(),
            command.by());
        return new LedgerUpdate<>(new ConsentLedger(tenant, caseId, next, disclosures), withdrawn, List.of(event));
    }

    /**
     * Records a safeguarding disclosure made without consent. It does not create consent.
     *
     * @param command the disclosure
     * @param at when it was made
     * @return the new ledger, the disclosure and a {@link DisclosureRecorded} event
     */
    public LedgerUpdate<SafeguardingDisclosure> recordDisclosure(RecordDisclosure command, Instant at) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(at, "at");
        SafeguardingDisclosure d = SafeguardingDisclosure.from(DisclosureId.random(), tenant, caseId, command, at);
        List<SafeguardingDisclosure> next = new ArrayList<>(disclosures);
        next.add(d);
        DisclosureRecorded event = new DisclosureRecorded(tenant, caseId, at, d.requestedBy(), d.id(),
            d.approvedBy(), d.about());
        return new LedgerUpdate<>(new ConsentLedger(tenant, caseId, records, next), d, List.of(event));
    }

    /**
     * Decides whether information may be used or shared as requested.
     *
     * <p>When several consents would do, the one given most recently is relied on.
     *
     * @param request the purpose, recipient, categories and time
     * @param authority who may consent on the day of the request
     * @return {@link SharingDecision.Permitted} with the consent relied on, or {@link SharingDecision.Refused} with
     *     reasons
     * @throws InvalidInputException if the request is for another case, or the authority is for another day
     */
    public SharingDecision decide(SharingRequest request, ConsentAuthority authority) {
        Objects.requireNonNull(request, "request");
        if (!request.caseId().equals(caseId)) {
            throw new InvalidInputException("caseId", "the request is for another case");
        }
        checkAuthority(authority, request.at());
        return evaluate(request.purpose(), request.recipient(), Optional.of(request.categories()), authority,
            request.at());
    }

    /**
     * Whether the person entitled has consented to the service acting on a third-party referral
     * ({@link Purpose#ACCEPT_REFERRAL}), whatever categories that consent lists. Until this is permitted, a held
     * referral allows nothing but recording attempts to contact the family.
     *
     * @param authority who may consent on the day of {@code at}
     * @param at when
     * @return {@link SharingDecision.Permitted} with the consent relied on, or {@link SharingDecision.Refused}
     */
    public SharingDecision referralConsent(ConsentAuthority authority, Instant at) {
        checkAuthority(authority, at);
        return evaluate(Purpose.ACCEPT_REFERRAL, Optional.empty(), Optional.empty(), authority, at);
    }

    private SharingDecision evaluate(Purpose purpose, Optional<Recipient> recipient,
            Optional<Set<DataCategory>> categories, ConsentAuthority authority, Instant at) {
        List<String> reasons = new ArrayList<>();
        ConsentRecord best = null;
        boolean anyCovers = false;
        for (ConsentRecord r : records) {
            if (!r.about().equals(authority.child()) || !r.scope().covers(purpose, recipient)) {
                continue;
            }
            anyCovers = true;
            Set<DataCategory> missing = categories.map(c -> r.scope().missingCategories(c)).orElse(Set.of());
            if (!missing.isEmpty()) {
                reasons.add("consent " + r.id() + " covers purpose " + purpose + forRecipient(purpose)
                    + " but not the categories " + ConsentScope.names(missing));
            } else if (r.givenAt().isAfter(at)) {
                reasons.add("consent " + r.id() + " was given after the time of this request");
            } else if (r.isWithdrawnAt(at)) {
                reasons.add("consent " + r.id() + " was withdrawn on " + day(r.withdrawal().orElseThrow().at()));
            } else if (r.isExpiredAt(at, ConsentRecord.ZONE)) {
                reasons.add("consent " + r.id() + " expired: its last valid day was " + r.expiresOn().orElseThrow());
            } else if (!authority.mayConsent(r.givenBy())) {
                reasons.add(noLongerEntitled(r, authority));
            } else if (best == null || !r.givenAt().isBefore(best.givenAt())) {
                best = r;
            }
        }
        if (best != null) {
            return new SharingDecision.Permitted(best);
        }
        if (!anyCovers) {
            reasons.add(0, "no consent covers purpose " + purpose + forRecipient(purpose));
        }
        return new SharingDecision.Refused(reasons);
    }

    private static String forRecipient(Purpose purpose) {
        return purpose.staysWithinService() ? "" : " for this recipient";
    }

    private static String noLongerEntitled(ConsentRecord r, ConsentAuthority authority) {
        String given = "consent " + r.id() + " was given by " + r.givenAs().inWords();
        if (authority instanceof ConsentAuthority.YoungPerson) {
            return given + ", but the young person now decides";
        }
        if (authority instanceof ConsentAuthority.Representative) {
            return r.givenAs() == ConsentGiverRole.REPRESENTATIVE
                ? given + " who no longer acts for the young person"
                : given + ", but the person recorded as acting for the young person now decides";
        }
        return r.givenAs() == ConsentGiverRole.PARENT
            ? given + " who is no longer recorded with parental responsibility"
            : given + ", but a parent decides on this date";
    }

    private static String notEntitled(ConsentAuthority authority) {
        if (authority instanceof ConsentAuthority.YoungPerson) {
            return "the young person has passed compulsory school age and now gives consent";
        }
        if (authority instanceof ConsentAuthority.Representative) {
            return "the young person is recorded as lacking capacity for this decision, so the person recorded as "
                + "acting for them gives consent";
        }
        return "until the child passes compulsory school age only a parent (a person with parental responsibility) "
            + "may consent; a carer without parental responsibility may not";
    }

    private static void checkAuthority(ConsentAuthority authority, Instant at) {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(at, "at");
        LocalDate day = day(at);
        if (!authority.asOf().equals(day)) {
            throw new InvalidInputException("authority", "was worked out for " + authority.asOf()
                + ", not for the day of this command or request (" + day + ")");
        }
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ConsentRecord.ZONE);
    }

    private int indexOf(ConsentId id) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConsentLedger other && tenant.equals(other.tenant) && caseId.equals(other.caseId)
            && records.equals(other.records) && disclosures.equals(other.disclosures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenant, caseId, records, disclosures);
    }

    /** Shows the case and counts only. */
    @Override
    public String toString() {
        return "ConsentLedger[case " + caseId + ", " + records.size() + " consents, " + disclosures.size()
            + " disclosures]";
    }
}
