package org.sendias.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendias.consent.Fixtures.ADVISER;
import static org.sendias.consent.Fixtures.MANAGER;
import static org.sendias.consent.Fixtures.invalid;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendias.InvalidInputException;
import org.sendias.UserId;
import org.sendias.party.OrganisationKind;

@DisplayName("Safeguarding disclosures: UK GDPR Art 6 and 9; DPA 2018 s.10 and Schedule 1")
class SafeguardingDisclosureTest {
    private static final String REASON = "Disclosure of harm by a named adult at 12 Acacia Avenue";
    private static final Recipient SOCIAL_CARE = Recipient.of(OrganisationKind.LOCAL_AUTHORITY,
        "Children's social care front door");
    private final Fixtures f = Fixtures.family();

    private RecordDisclosure disclosure(Set<DataCategory> categories, Article9Condition a9, Schedule1Condition s1,
            UserId approvedBy, boolean told, String whyNot) {
        return new RecordDisclosure(f.child.id(), SOCIAL_CARE, categories, Article6Basis.PUBLIC_TASK,
            Optional.ofNullable(a9), Optional.ofNullable(s1), ADVISER, approvedBy, REASON, told,
            Optional.ofNullable(whyNot));
    }

    @Test
    void aValidDisclosureOfHealthDataUnderSubstantialPublicInterest() {
        RecordDisclosure cmd = disclosure(Set.of(DataCategory.HEALTH, DataCategory.CONTACT_DETAILS),
            Article9Condition.SUBSTANTIAL_PUBLIC_INTEREST,
            Schedule1Condition.SAFEGUARDING_CHILDREN_AND_INDIVIDUALS_AT_RISK, MANAGER, false,
            "Telling the family would put the child at risk");
        SafeguardingDisclosure d = f.empty.recordDisclosure(cmd, Instant.parse("2026-03-02T10:00:00Z")).value();
        assertEquals(cmd.reason(), d.reason());
        assertEquals("DPA 2018 Sch 1 Part 2 para 18", d.schedule1().orElseThrow().citation());
        assertEquals("UK GDPR Art 9(2)(g)", d.article9().orElseThrow().citation());
        assertEquals("UK GDPR Art 6(1)(e)", d.article6().citation());
    }

    @Test
    void theApproverMustBeADifferentPerson() {
        InvalidInputException e = invalid("approvedBy", () -> disclosure(Set.of(DataCategory.EDUCATION), null, null,
            ADVISER, true, null));
        assertEquals("approvedBy: must be a different person from requestedBy", e.getMessage());
    }

    @Test
    void specialCategoryDataNeedsAnArticle9Condition() {
        InvalidInputException e = invalid("article9", () -> disclosure(Set.of(DataCategory.HEALTH), null, null, MANAGER,
            true, null));
        assertTrue(e.getMessage().contains("HEALTH is special category data"), e.getMessage());
        invalid("article9", () -> disclosure(Set.of(DataCategory.EQUALITY_MONITORING), null, null, MANAGER, true,
            null));
        disclosure(Set.of(DataCategory.HEALTH), Article9Condition.VITAL_INTERESTS, null, MANAGER, true, null);
    }

    @ParameterizedTest(name = "Art 9(2) {0} with {1}: {2}")
    @CsvSource(nullValues = "-", textBlock = """
        SUBSTANTIAL_PUBLIC_INTEREST, -, schedule1
        SUBSTANTIAL_PUBLIC_INTEREST, HEALTH_OR_SOCIAL_CARE, schedule1
        SUBSTANTIAL_PUBLIC_INTEREST, STATUTORY_AND_GOVERNMENT_PURPOSES, ok
        SUBSTANTIAL_PUBLIC_INTEREST, PREVENTING_OR_DETECTING_UNLAWFUL_ACTS, ok
        HEALTH_OR_SOCIAL_CARE, -, schedule1
        HEALTH_OR_SOCIAL_CARE, HEALTH_OR_SOCIAL_CARE, ok
        HEALTH_OR_SOCIAL_CARE, SAFEGUARDING_CHILDREN_AND_INDIVIDUALS_AT_RISK, schedule1
        EMPLOYMENT_SOCIAL_SECURITY, -, schedule1
        EMPLOYMENT_SOCIAL_SECURITY, EMPLOYMENT_SOCIAL_SECURITY_AND_SOCIAL_PROTECTION, ok
        VITAL_INTERESTS, -, ok
        VITAL_INTERESTS, SAFEGUARDING_CHILDREN_AND_INDIVIDUALS_AT_RISK, schedule1
        LEGAL_CLAIMS, -, ok
        """)
    void schedule1ConditionsFollowSection10(Article9Condition a9, Schedule1Condition s1, String outcome) {
        if (outcome.equals("ok")) {
            disclosure(Set.of(DataCategory.SEN_AND_DISABILITY), a9, s1, MANAGER, true, null);
        } else {
            InvalidInputException e = invalid(outcome, () -> disclosure(Set.of(DataCategory.SEN_AND_DISABILITY), a9,
                s1, MANAGER, true, null));
            assertTrue(e.getMessage().contains("DPA 2018") || e.getMessage().contains("needs no"), e.getMessage());
        }
    }

    @Test
    void aSchedule1ConditionWithoutArticle9IsRefused() {
        invalid("schedule1", () -> disclosure(Set.of(DataCategory.EDUCATION), null,
            Schedule1Condition.SAFEGUARDING_CHILDREN_AND_INDIVIDUALS_AT_RISK, MANAGER, true, null));
    }

    @Test
    void whyNotTold_requiredWhenNotTold_absentWhenTold() {
        invalid("whyNotTold", () -> disclosure(Set.of(DataCategory.EDUCATION), null, null, MANAGER, false, null));
        invalid("whyNotTold", () -> disclosure(Set.of(DataCategory.EDUCATION), null, null, MANAGER, false, "  "));
        invalid("whyNotTold", () -> disclosure(Set.of(DataCategory.EDUCATION), null, null, MANAGER, true,
            "It would not be safe"));
        assertEquals(Optional.of("It would not be safe"), disclosure(Set.of(DataCategory.EDUCATION), null, null,
            MANAGER, false, " It would not be safe ").whyNotTold());
    }

    @Test
    void aReasonIsRequired() {
        invalid("reason", () -> new RecordDisclosure(f.child.id(), SOCIAL_CARE, Set.of(DataCategory.EDUCATION),
            Article6Basis.VITAL_INTERESTS, Optional.empty(), Optional.empty(), ADVISER, MANAGER, " ", true,
            Optional.empty()));
    }

    @Test
    void toStringNeverShowsTheReasonOrWhyNotTold() {
        RecordDisclosure cmd = disclosure(Set.of(DataCategory.HEALTH), Article9Condition.VITAL_INTERESTS, null,
            MANAGER, false, "Father is the alleged abuser");
        SafeguardingDisclosure d = f.empty.recordDisclosure(cmd, Instant.parse("2026-03-02T10:00:00Z")).value();
        for (String s : new String[] {cmd.toString(), d.toString()}) {
            assertFalse(s.contains("Acacia"), s);
            assertFalse(s.contains("abuser"), s);
            assertFalse(s.contains("social care front door"), s);
            assertTrue(s.contains("UK GDPR Art 9(2)(c)"), s);
        }
    }

    @Test
    void article6HasNoConsentBasis_andEachCarriesItsLetter() {
        assertEquals("cdef", java.util.Arrays.stream(Article6Basis.values()).map(b -> String.valueOf(b.letter()))
            .reduce("", String::concat));
        assertEquals("bcfgh", java.util.Arrays.stream(Article9Condition.values())
            .map(b -> String.valueOf(b.letter())).reduce("", String::concat));
    }
}
