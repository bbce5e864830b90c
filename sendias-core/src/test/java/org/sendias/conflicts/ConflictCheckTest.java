package org.sendias.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.Clearance;
import org.sendias.casework.Domain;
import org.sendias.casework.HelpLevel;
import org.sendias.casework.OpenCase;
import org.sendias.conflicts.ConflictMatch.Source;
import org.sendias.conflicts.matching.MatchRule;
import org.sendias.conflicts.matching.OrganisationName;
import org.sendias.party.OrganisationIdentifier;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;

/** The check: what each kind of declaration, gift, family dispute and host service leads to. The names are invented. */
class ConflictCheckTest {
    static final TenantId TENANT = TenantId.of("iass-test");
    static final UserId ADVISER = UserId.of("adviser-1");
    static final LocalDate ON = LocalDate.of(2026, 3, 2);
    static final ConflictCheck CHECK = ConflictCheck.standard();

    static Declaration declared(Declaration.Subject subject) {
        return new Declaration(DeclarationId.random(), TENANT, ADVISER, ON.minusYears(1), ON.minusYears(1),
            Optional.empty(), subject, Optional.empty(), ADVISER);
    }

    static CheckedParty person(PartyRole role, String name) {
        return new CheckedParty("party-" + Math.abs(name.hashCode() % 1000), role, Optional.empty(), name,
            Optional.empty());
    }

    static CheckedParty school(String name, String urn) {
        return new CheckedParty(name, PartyRole.ORGANISATION, Optional.of(OrganisationKind.SCHOOL), name,
            Optional.ofNullable(urn).map(OrganisationIdentifier::urn));
    }

    private static ConflictReport check(List<CheckedParty> parties, Declaration... declarations) {
        return CHECK.check(ADVISER, parties, List.of(declarations), List.of(), Optional.empty(), ON);
    }

    @Test
    void aDeclaredSiblingUnderAMarriedNameIsAConflict() {
        ConflictReport r = check(List.of(person(PartyRole.PARENT, "Jane Doe-Smith")),
            declared(DeclaredPerson.of("Jane Doe", Relationship.SIBLING)));
        assertEquals(ConflictOutcome.CONFLICT, r.outcome(), r.matches().toString());
        ConflictMatch m = r.matches().get(0);
        assertEquals(Source.DECLARED_PERSON, m.source());
        assertTrue(m.evidence().score() >= ConflictCheck.CONFLICT_SCORE);
        assertFalse(m.evidence().reasons().isEmpty());
        assertFalse(m.toString().contains("Jane"), "toString shows no names");
    }

    @Test
    void aNicknameOfAFriendIsOnlyPotential() {
        ConflictReport r = check(List.of(person(PartyRole.PARENT, "Bill Hartley")),
            declared(DeclaredPerson.of("William Hartley", Relationship.FRIEND)));
        assertEquals(ConflictOutcome.POTENTIAL, r.outcome());
        assertEquals(MatchRule.NICKNAME, r.matches().get(0).evidence().rule());
    }

    @Test
    void nobodyDeclaredMeansClear() {
        ConflictReport r = check(List.of(person(PartyRole.PARENT, "Priya Shah"), school("Oak Academy", "123456")),
            declared(DeclaredPerson.of("John Doe", Relationship.SIBLING)),
            declared(DeclaredOrganisation.of("Hill Primary School", OrganisationIdentifier.urn("100001"),
                OrganisationKind.SCHOOL, OrganisationRole.GOVERNOR)));
        assertEquals(ConflictOutcome.CLEAR, r.outcome(), r.matches().toString());
        assertEquals(List.of(), r.matches());
    }

    @Test
    void governorOfTheSchoolMatchedByUrnIsAConflictAndAVolunteerRoleIsPotential() {
        Declaration governor = declared(DeclaredOrganisation.of("Hill Primary School",
            OrganisationIdentifier.urn("100001"), OrganisationKind.SCHOOL, OrganisationRole.GOVERNOR));
        ConflictReport byUrn = check(List.of(school("Hill Pri Sch", "100001")), governor);
        assertEquals(ConflictOutcome.CONFLICT, byUrn.outcome());
        assertEquals(MatchRule.IDENTIFIER, byUrn.matches().get(0).evidence().rule());

        Declaration volunteer = declared(DeclaredOrganisation.of("Hill Primary School", null, OrganisationKind.SCHOOL,
            OrganisationRole.VOLUNTEER));
        assertEquals(ConflictOutcome.POTENTIAL, check(List.of(school("Hill Primary School", null)), volunteer)
            .outcome());

        ConflictReport otherSchool = check(List.of(school("Hill Primary School", "100002")), governor);
        assertEquals(ConflictOutcome.CLEAR, otherSchool.outcome(), "a different URN is a different school");
    }

    @Test
    void anAcceptedGiftFromTheSchoolIsPotential() {
        Gift gift = new Gift(GiftId.random(), TENANT, ADVISER, "Hill Primary School",
            Optional.of(OrganisationIdentifier.urn("100001")), "hamper", new BigDecimal("40.00"), ON.minusMonths(2),
            GiftDecision.ACCEPTED, ADVISER, Optional.empty());
        ConflictReport r = CHECK.check(ADVISER, List.of(school("Hill Primary", "100001")), List.of(), List.of(gift),
            Optional.empty(), ON);
        assertEquals(ConflictOutcome.POTENTIAL, r.outcome());
        assertEquals(Source.GIFT, r.matches().get(0).source());
    }

    @Test
    void theHostOrganisationsOtherServicesAreFlagged() {
        HostOrganisation host = new HostOrganisation("Northshire County Council",
            List.of(OrganisationName.parse("Northshire SEN Team"), OrganisationName.parse("Northshire Short Breaks")));
        ConflictReport r = CHECK.check(ADVISER, List.of(new CheckedParty("la", PartyRole.ORGANISATION,
            Optional.of(OrganisationKind.LOCAL_AUTHORITY), "Northshire SEN Team", Optional.empty())), List.of(),
            List.of(), Optional.of(host), ON);
        assertEquals(ConflictOutcome.POTENTIAL, r.outcome());
        assertEquals(Source.HOST_SERVICE, r.matches().get(0).source());
    }

    @Test
    void theOtherSideOfAFamilyDisputeIsFlaggedAndIsAConflictForTheSameAdviser() {
        Party childHere = Party.child("Sam Example", LocalDate.of(2015, 4, 1));
        Party mum = Party.person(PartyRole.PARENT, "Alex Example");
        Case supported = Case.open(new OpenCase(TENANT, CaseId.random(), Arrival.selfReferral(ON.minusMonths(3)),
            Set.of(Domain.EDUCATION), HelpLevel.ADVICE, childHere, List.of(mum), ADVISER),
            Instant.parse("2025-12-01T10:00:00Z")).after();
        Case supportedByAdviser = supported.allocate(new CaseCommand.AllocateAdviser(ADVISER, new Clearance(ADVISER,
            supported.version(), Clearance.Basis.CLEAR, Optional.empty()), ADVISER),
            Instant.parse("2025-12-01T11:00:00Z")).after();

        Party sameChild = Party.child("Samuel Example", LocalDate.of(2015, 4, 1));
        Party dad = Party.person(PartyRole.PARENT, "Chris Jones");
        Case newCase = Case.open(new OpenCase(TENANT, CaseId.random(), Arrival.selfReferral(ON),
            Set.of(Domain.EDUCATION), HelpLevel.ADVICE, sameChild, List.of(dad), ADVISER),
            Instant.parse("2026-03-02T10:00:00Z")).after();

        ConflictContext other = context(List.of(supported, newCase));
        ConflictReport r = CHECK.check(newCase, UserId.of("adviser-2"), other, ON);
        assertEquals(ConflictOutcome.POTENTIAL, r.outcome(), r.matches().toString());
        assertEquals(Source.FAMILY_DISPUTE, r.matches().get(0).source());
        assertEquals(Optional.of(supported.id()), r.matches().get(0).otherCase());

        ConflictReport same = CHECK.check(newCase, ADVISER, context(List.of(supportedByAdviser, newCase)), ON);
        assertEquals(ConflictOutcome.CONFLICT, same.outcome());

        Case sameFamily = Case.open(new OpenCase(TENANT, CaseId.random(), Arrival.selfReferral(ON),
            Set.of(Domain.HEALTH), HelpLevel.ADVICE, sameChild, List.of(Party.person(PartyRole.PARENT, "Alex Example")),
            ADVISER), Instant.parse("2026-03-02T10:00:00Z")).after();
        assertEquals(ConflictOutcome.CLEAR, CHECK.check(sameFamily, ADVISER, context(List.of(supportedByAdviser,
            sameFamily)), ON).outcome(), "the same parent coming back is not a dispute");
    }

    static ConflictContext context(List<Case> cases, Declaration... declarations) {
        return new ConflictContext(DeclarationRegister.of(TENANT, RegisterSettings.defaults(), List.of(declarations),
            List.of()), GiftsRegister.empty(TENANT, RegisterSettings.defaults()), cases, Optional.empty());
    }
}
