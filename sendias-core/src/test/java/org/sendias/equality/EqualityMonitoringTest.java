package org.sendias.equality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sendias.InvalidInputException;
import org.sendias.party.PartyId;

/** Monitoring answers reach reports only with consent, all or nothing. */
class EqualityMonitoringTest {
    private static final Instant AT = Instant.parse("2026-03-02T12:00:00Z");
    private static final PartyId PARENT = new PartyId(new UUID(1, 1));
    private static final String WORDING = "monitoring-2026.1";

    private static final EqualityMonitoring ANSWERED = EqualityMonitoring.NONE
        .withEthnicity(Ethnicity.ROMA)
        .withGender(GenderAnswer.selfDescribed("agender"))
        .withDisability(DisabilityStatus.DISABLED)
        .withFirstLanguage(Language.of("ro"));

    @Test
    void everyAnswerIsOptional() {
        assertEquals(EqualityMonitoring.NONE, new EqualityMonitoring(null, null, null, null, null));
        assertEquals(Optional.empty(), EqualityMonitoring.NONE.ethnicity());
        assertFalse(EqualityMonitoring.NONE.usableInReports());
    }

    @Test
    void withoutConsentNothingIsReleasedForReporting() {
        assertFalse(ANSWERED.usableInReports());
        assertEquals(Optional.empty(), ANSWERED.forReporting());
    }

    @Test
    void withConsentGivenEveryAnswerIsReleasedWithoutSelfDescribedText() {
        EqualityMonitoring consented = ANSWERED.withReportingConsent(ReportingConsent.given(AT, PARENT, WORDING));
        assertTrue(consented.usableInReports());
        ReportableAnswers answers = consented.forReporting().orElseThrow();
        assertEquals(Optional.of(Ethnicity.ROMA), answers.ethnicity());
        assertEquals(Optional.of(Gender.IN_ANOTHER_WAY), answers.gender());
        assertEquals(Optional.of(DisabilityStatus.DISABLED), answers.disability());
        assertEquals(Optional.of(Language.of("ro")), answers.firstLanguage());
    }

    @Test
    void aRefusalOrWithdrawalStopsReporting() {
        EqualityMonitoring refused = ANSWERED.withReportingConsent(ReportingConsent.refused(AT, PARENT, WORDING));
        assertFalse(refused.usableInReports());
        assertEquals(Optional.empty(), refused.forReporting());
        EqualityMonitoring withdrawn = ANSWERED.withReportingConsent(ReportingConsent.given(AT, PARENT, WORDING))
            .withReportingConsent(ReportingConsent.refused(AT.plusSeconds(60), PARENT, WORDING));
        assertEquals(Optional.empty(), withdrawn.forReporting());
        assertEquals(Optional.of(Ethnicity.ROMA), withdrawn.ethnicity(), "the answers stay with the case");
    }

    @Test
    void reportingIsAllOrNothingWhateverIsAnswered() {
        qt().withExamples(200).forAll(integers().between(0, 31), integers().between(0, 2)).checkAssert((mask, c) -> {
            EqualityMonitoring m = new EqualityMonitoring(
                (mask & 1) != 0 ? Optional.of(Ethnicity.PREFER_NOT_TO_SAY) : Optional.empty(),
                (mask & 2) != 0 ? Optional.of(GenderAnswer.of(Gender.FEMALE)) : Optional.empty(),
                (mask & 4) != 0 ? Optional.of(DisabilityStatus.NOT_DISABLED) : Optional.empty(),
                (mask & 8) != 0 ? Optional.of(Language.PREFER_NOT_TO_SAY) : Optional.empty(),
                c == 0 ? Optional.empty() : Optional.of(new ReportingConsent(c == 1, AT, PARENT, WORDING)));
            Optional<ReportableAnswers> released = m.forReporting();
            assertEquals(m.usableInReports(), released.isPresent());
            assertEquals(c == 1, m.usableInReports());
            released.ifPresent(r -> {
                assertEquals(m.ethnicity(), r.ethnicity());
                assertEquals(m.gender().map(GenderAnswer::gender), r.gender());
                assertEquals(m.disability(), r.disability());
                assertEquals(m.firstLanguage(), r.firstLanguage());
            });
        });
    }

    @Test
    void toStringShowsOnlyWhichAnswersArePresent() {
        EqualityMonitoring m = ANSWERED.withReportingConsent(ReportingConsent.given(AT, PARENT, WORDING));
        String text = m.toString();
        assertEquals("EqualityMonitoring[ethnicity=present, gender=present, disability=present, "
            + "firstLanguage=present, reportingConsent=present]", text);
        assertEquals("EqualityMonitoring[ethnicity=absent, gender=absent, disability=absent, firstLanguage=absent, "
            + "reportingConsent=absent]", EqualityMonitoring.NONE.toString());
        String released = m.forReporting().orElseThrow().toString();
        assertFalse(released.contains("ROMA") || released.contains("agender"), released);
    }

    @Test
    void consentRecordsWhoWhenAndWhichWording() {
        ReportingConsent consent = ReportingConsent.given(AT, PARENT, WORDING);
        assertTrue(consent.given());
        assertEquals(PARENT, consent.by());
        assertEquals("reportingConsent.at", assertThrows(InvalidInputException.class,
            () -> ReportingConsent.given(null, PARENT, WORDING)).field());
        assertEquals("reportingConsent.by", assertThrows(InvalidInputException.class,
            () -> ReportingConsent.given(AT, null, WORDING)).field());
        assertEquals("reportingConsent.wordingVersion", assertThrows(InvalidInputException.class,
            () -> ReportingConsent.given(AT, PARENT, "version one")).field());
        assertEquals("reportingConsent.wordingVersion", assertThrows(InvalidInputException.class,
            () -> ReportingConsent.given(AT, PARENT, null)).field());
    }

    @Test
    void withersRefuseMissingValues() {
        assertThrows(NullPointerException.class, () -> EqualityMonitoring.NONE.withEthnicity(null));
        assertThrows(NullPointerException.class, () -> EqualityMonitoring.NONE.withReportingConsent(null));
    }
}
