package org.sendias.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendias.consent.Fixtures.ADVISER;
import static org.sendias.consent.Fixtures.endOf;
import static org.sendias.consent.Fixtures.invalid;
import static org.sendias.consent.Fixtures.noon;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsentRecordTest {
    private final Fixtures f = Fixtures.family();
    private final LocalDate day = LocalDate.of(2025, 3, 3);

    private ConsentRecord record(Optional<LocalDate> expiresOn) {
        return new ConsentRecord(ConsentId.random(), Fixtures.TENANT, f.caseId, f.mum.id(), ConsentGiverRole.PARENT,
            f.child.id(), Fixtures.referToSchool(DataCategory.EDUCATION), "consent-form-v3", ConsentMethod.VERBAL,
            noon(day), expiresOn, Optional.empty(), ADVISER);
    }

    @Test
    void expiry_theLastValidDayIsValidInLondon_theNextIsNot() {
        LocalDate last = LocalDate.of(2025, 7, 31);
        ConsentRecord r = record(Optional.of(last));
        assertTrue(r.isValidAt(endOf(last)));
        assertFalse(r.isValidAt(endOf(last).plusSeconds(1)));
        // 23:30 UTC on 31 July is already 1 August in London (BST)
        Instant lateUtc = last.atTime(23, 30).toInstant(ZoneOffset.UTC);
        assertFalse(r.isValidAt(lateUtc));
        assertTrue(r.isValidAt(lateUtc, ZoneOffset.UTC));
    }

    @Test
    void notValidBeforeItWasGiven() {
        ConsentRecord r = record(Optional.empty());
        assertFalse(r.isValidAt(noon(day).minusSeconds(1)));
        assertTrue(r.isValidAt(noon(day)));
    }

    @Test
    void withdrawal_stopsValidityFromThatInstant_andCannotBeRepeatedOrPredateTheConsent() {
        ConsentRecord r = record(Optional.empty());
        Instant at = noon(day.plusDays(10));
        ConsentRecord w = r.withdraw(at, f.mum.id(), ADVISER);
        assertFalse(r.isWithdrawn(), "the original is unchanged");
        assertTrue(w.isValidAt(at.minusSeconds(1)));
        assertFalse(w.isValidAt(at));
        assertEquals(Optional.of(new Withdrawal(at, f.mum.id(), ADVISER)), w.withdrawal());
        invalid("consentId", () -> w.withdraw(at.plusSeconds(60), f.mum.id(), ADVISER));
        invalid("withdrawal.at", () -> r.withdraw(noon(day).minusSeconds(1), f.mum.id(), ADVISER));
    }

    @Test
    void validatesItsParts() {
        invalid("expiresOn", () -> record(Optional.of(day.minusDays(1))));
        invalid("givenBy", () -> new ConsentRecord(ConsentId.random(), Fixtures.TENANT, f.caseId, f.mum.id(),
            ConsentGiverRole.YOUNG_PERSON, f.child.id(), Fixtures.referToSchool(DataCategory.EDUCATION), "v1",
            ConsentMethod.VERBAL, noon(day), Optional.empty(), Optional.empty(), ADVISER));
        invalid("wordingVersion", () -> new ConsentRecord(ConsentId.random(), Fixtures.TENANT, f.caseId, f.mum.id(),
            ConsentGiverRole.PARENT, f.child.id(), Fixtures.referToSchool(DataCategory.EDUCATION), " ",
            ConsentMethod.VERBAL, noon(day), Optional.empty(), Optional.empty(), ADVISER));
        invalid("consentId", () -> ConsentId.parse("not-a-uuid"));
    }

    @Test
    void scopeRules() {
        invalid("scope.recipient", () -> new ConsentScope(Set.of(Purpose.MAKE_REFERRAL), Optional.empty(),
            Set.of(DataCategory.EDUCATION)));
        invalid("scope.recipient", () -> ConsentScope.sharingWith(Fixtures.SCHOOL, Set.of(Purpose.ACCEPT_REFERRAL),
            Set.of(DataCategory.EDUCATION)));
        invalid("scope.purposes", () -> ConsentScope.withinService(Set.of(), Set.of(DataCategory.EDUCATION)));
        invalid("scope.categories", () -> ConsentScope.withinService(Set.of(Purpose.ACCEPT_REFERRAL), Set.of()));
        ConsentScope mixed = ConsentScope.sharingWith(Fixtures.SCHOOL,
            Set.of(Purpose.ACCEPT_REFERRAL, Purpose.MAKE_REFERRAL), Set.of(DataCategory.EDUCATION));
        assertTrue(mixed.covers(Purpose.ACCEPT_REFERRAL, Optional.empty()));
        assertTrue(mixed.covers(Purpose.MAKE_REFERRAL, Optional.of(Fixtures.SCHOOL)));
        assertFalse(mixed.covers(Purpose.MAKE_REFERRAL, Optional.of(Fixtures.SEN_TEAM)));
        assertFalse(mixed.covers(Purpose.REQUEST_INFORMATION, Optional.of(Fixtures.SCHOOL)));
        assertEquals(Set.of(DataCategory.HEALTH),
            mixed.missingCategories(Set.of(DataCategory.EDUCATION, DataCategory.HEALTH)));
    }

    @Test
    void specialCategories() {
        assertEquals(Set.of(DataCategory.HEALTH, DataCategory.EQUALITY_MONITORING, DataCategory.SEN_AND_DISABILITY),
            java.util.EnumSet.copyOf(java.util.Arrays.stream(DataCategory.values())
                .filter(DataCategory::isSpecialCategory).toList()));
        assertEquals(Set.of(Purpose.ACCEPT_REFERRAL, Purpose.EQUALITY_REPORTING),
            java.util.EnumSet.copyOf(java.util.Arrays.stream(Purpose.values())
                .filter(Purpose::staysWithinService).toList()));
    }
}
