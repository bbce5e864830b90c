package org.sendias.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendias.consent.Fixtures.invalid;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendias.party.OrganisationIdentifier;
import org.sendias.party.OrganisationKind;

class RecipientTest {
    private static final OrganisationIdentifier URN = OrganisationIdentifier.urn("123456");

    @Test
    void identifiersDecideWhenBothHaveOne() {
        Recipient a = Recipient.of(OrganisationKind.SCHOOL, "Hill Primary", URN);
        assertTrue(a.matches(Recipient.of(OrganisationKind.SCHOOL, "Hill Primary School (renamed)", URN)));
        assertFalse(a.matches(Recipient.of(OrganisationKind.SCHOOL, "Hill Primary",
            OrganisationIdentifier.urn("654321"))));
    }

    @Test
    void otherwiseKindAndNameIgnoringCaseAndSpaces() {
        Recipient a = Recipient.of(OrganisationKind.LOCAL_AUTHORITY, "Borough  SEN Team");
        assertTrue(a.matches(Recipient.of(OrganisationKind.LOCAL_AUTHORITY, "  borough sen team ")));
        assertTrue(a.matches(Recipient.of(OrganisationKind.LOCAL_AUTHORITY, "Borough SEN Team",
            new OrganisationIdentifier(OrganisationIdentifier.Scheme.LA_CODE, "202"))),
            "one side without an identifier falls back to names");
        assertFalse(a.matches(Recipient.of(OrganisationKind.HEALTH_BODY, "Borough SEN Team")));
        assertFalse(a.matches(Recipient.of(OrganisationKind.LOCAL_AUTHORITY, "Borough Social Care")));
    }

    @Test
    void aNamedRoleMustMatch_aWholeOrganisationCoversAnyRole() {
        Recipient school = Recipient.of(OrganisationKind.SCHOOL, "Hill Primary", URN);
        Recipient senco = school.withRole("SENCO");
        Recipient head = school.withRole("Head teacher");
        assertTrue(senco.matches(school.withRole(" senco ")));
        assertFalse(senco.matches(head));
        assertFalse(senco.matches(school));
        assertTrue(school.matches(senco));
    }

    @Test
    void validatesAndHidesTheNameInToString() {
        invalid("recipient.name", () -> Recipient.of(OrganisationKind.SCHOOL, " "));
        invalid("recipient.kind", () -> Recipient.of(null, "x"));
        invalid("recipient.role", () -> new Recipient(OrganisationKind.SCHOOL, "x", Optional.empty(),
            Optional.of(" ")));
        invalid("recipient.name", () -> Recipient.of(OrganisationKind.SCHOOL, "x".repeat(201)));
        Recipient r = Recipient.of(OrganisationKind.SCHOOL, "Hill Primary", URN).withRole("Ms Jones, SENCO");
        assertEquals("Hill Primary", r.name());
        assertFalse(r.toString().contains("Hill"), r.toString());
        assertFalse(r.toString().contains("Jones"), r.toString());
        assertTrue(r.toString().contains("URN:123456"), r.toString());
    }
}
