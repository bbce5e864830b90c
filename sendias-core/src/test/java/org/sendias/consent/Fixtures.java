package org.sendias.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.function.Executable;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.party.OrganisationIdentifier;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;

/** A family and a service shared by the example tests. */
final class Fixtures {
    static final TenantId TENANT = TenantId.of("iass-test");
    static final UserId ADVISER = UserId.of("adviser-1");
    static final UserId MANAGER = UserId.of("manager-2");

    /** Born in July 2010: compulsory school age ends on Friday 26 June 2026, before the sixteenth birthday. */
    static final LocalDate JULY_BIRTH = LocalDate.of(2010, 7, 15);
    static final LocalDate LAST_SCHOOL_AGE_DAY = LocalDate.of(2026, 6, 26);

    static final Recipient SCHOOL = Recipient.of(OrganisationKind.SCHOOL, "Hill Primary School",
        OrganisationIdentifier.urn("123456"));
    static final Recipient SEN_TEAM = Recipient.of(OrganisationKind.LOCAL_AUTHORITY, "Borough SEN Team");

    final CaseId caseId = CaseId.random();
    final Party child = Party.child("Sam Example", JULY_BIRTH);
    final Party mum = Party.person(PartyRole.PARENT, "Alex Example");
    final Party dad = Party.person(PartyRole.PARENT, "Jo Example");
    final Party carer = Party.person(PartyRole.CARER, "Pat Carer");
    final ConsentLedger empty = ConsentLedger.empty(TENANT, caseId);

    List<Party> others() {
        return List.of(mum, dad, carer);
    }

    /** Noon in London on a day. */
    static Instant noon(LocalDate day) {
        return LocalDateTime.of(day, LocalTime.NOON).atZone(ConsentRecord.ZONE).toInstant();
    }

    /** One second before midnight in London, at the end of a day. */
    static Instant endOf(LocalDate day) {
        return LocalDateTime.of(day, LocalTime.of(23, 59, 59)).atZone(ConsentRecord.ZONE).toInstant();
    }

    ConsentAuthority authority(Instant at) {
        return authority(at, Optional.empty());
    }

    ConsentAuthority authority(Instant at, Optional<CapacityRecord> capacity) {
        return ConsentAuthority.at(child, others(), capacity, LocalDate.ofInstant(at, ConsentRecord.ZONE));
    }

    static GiveConsent give(org.sendias.party.PartyId by, ConsentScope scope) {
        return new GiveConsent(by, scope, "consent-form-v3", ConsentMethod.WRITTEN, Optional.empty(), ADVISER);
    }

    static ConsentScope referToSchool(DataCategory... categories) {
        return ConsentScope.sharingWith(SCHOOL, Set.of(Purpose.MAKE_REFERRAL, Purpose.CONTACT_ABOUT_CASE),
            Set.of(categories));
    }

    SharingRequest toSchool(Purpose purpose, Instant at, DataCategory... categories) {
        return SharingRequest.to(caseId, SCHOOL, purpose, Set.of(categories), at);
    }

    static InvalidInputException invalid(String field, Executable action) {
        InvalidInputException e = assertThrows(InvalidInputException.class, action);
        assertEquals(field, e.field(), e.getMessage());
        return e;
    }

    private Fixtures() {
    }

    static Fixtures family() {
        return new Fixtures();
    }
}
