package org.sendias.impartiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.UserId;

/** The per-case check for impartiality evidence. */
class ImpartialityCheckTest {
    private static final CaseId CASE = CaseId.parse("00000000-0000-0000-0000-0000000000aa");
    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    private static final UserId ADVISER = UserId.of("adviser-17");

    private static AdviceNote note(int n, Instant at, OptionExplained... options) {
        return AdviceNote.of(new AdviceNoteId(new UUID(0, n)), at, ADVISER, List.of(options));
    }

    private static AdviceNote twoRoutes(int n) {
        return note(n, T0.plusSeconds(n), OptionExplained.of(Route.MEDIATION), OptionExplained.of(Route.TRIBUNAL_APPEAL));
    }

    private static List<EvidenceCode> codes(EvidenceReport report) {
        return report.missing().stream().map(MissingEvidence::code).toList();
    }

    @Test
    void aCaseThatGaveInformationOnlyNeedsNoAdviceNotes() {
        EvidenceReport report = ImpartialityCheck.check(new CaseEvidence(CASE, true, false, List.of()));
        assertInstanceOf(EvidenceReport.NotRequired.class, report);
        assertTrue(report.isComplete());
        assertEquals(CASE, report.caseId());
    }

    @Test
    void adviceWithoutANoteIsReportedAndNothingElse() {
        EvidenceReport report = ImpartialityCheck.check(new CaseEvidence(CASE, true, true, List.of()));
        assertInstanceOf(EvidenceReport.Incomplete.class, report);
        assertEquals(List.of(EvidenceCode.NO_ADVICE_NOTE), codes(report));
        assertFalse(report.isComplete());
    }

    @Test
    void anOpenCaseWithTwoRoutesExplainedAndBasedInLawIsComplete() {
        EvidenceReport report = ImpartialityCheck.check(new CaseEvidence(CASE, false, true, List.of(twoRoutes(1))));
        assertInstanceOf(EvidenceReport.Complete.class, report);
        assertEquals(List.of(), report.missing());
    }

    @Test
    void aSingleRouteExplainedIsNotEvidenceOfImpartialAdvice() {
        AdviceNote one = note(1, T0, OptionExplained.of(Route.TRIBUNAL_APPEAL));
        EvidenceReport report = ImpartialityCheck.check(new CaseEvidence(CASE, false, true, List.of(one)));
        assertEquals(List.of(EvidenceCode.FEWER_THAN_TWO_OPTIONS), codes(report));
        MissingEvidence item = report.missing().get(0);
        assertEquals(Optional.of(Route.TRIBUNAL_APPEAL), item.route());
        assertTrue(item.text().contains("Appeal to the Tribunal"), item.text());
        assertTrue(item.text().contains("more than one possible route forward"), item.text());
    }

    @Test
    void routesExplainedAcrossSeveralNotesCountTogether() {
        AdviceNote first = note(1, T0, OptionExplained.of(Route.MEDIATION));
        AdviceNote followUp = note(2, T0.plusSeconds(86_400), OptionExplained.of(Route.TRIBUNAL_APPEAL));
        assertTrue(ImpartialityCheck.check(new CaseEvidence(CASE, false, true, List.of(first, followUp)))
            .isComplete());
        AdviceNote again = note(3, T0.plusSeconds(90_000), OptionExplained.of(Route.MEDIATION));
        assertEquals(List.of(EvidenceCode.FEWER_THAN_TWO_OPTIONS),
            codes(ImpartialityCheck.check(new CaseEvidence(CASE, false, true, List.of(first, again)))));
    }

    @Test
    void eachOptionWithoutALegalBasisIsReportedWithItsNoteAndRoute() {
        OptionExplained bare = new OptionExplained(Route.SCHOOL_COMPLAINT, List.of(), Optional.empty());
        AdviceNote later = note(2, T0.plusSeconds(60), bare, OptionExplained.of(Route.MEDIATION));
        AdviceNote earlier = note(1, T0, OptionExplained.of(Route.INFORMAL_RESOLUTION),
            new OptionExplained(Route.HEALTH_COMPLAINT, List.of(), Optional.empty()));
        EvidenceReport report = ImpartialityCheck.check(new CaseEvidence(CASE, false, true, List.of(later, earlier)));
        assertEquals(List.of(EvidenceCode.OPTION_WITHOUT_LEGAL_BASIS, EvidenceCode.OPTION_WITHOUT_LEGAL_BASIS),
            codes(report));
        MissingEvidence first = report.missing().get(0);
        assertEquals(Optional.of(earlier.id()), first.note(), "notes are taken in the order they were recorded");
        assertEquals(Optional.of(Route.HEALTH_COMPLAINT), first.route());
        assertTrue(first.text().contains(earlier.id().toString()), first.text());
        assertEquals(Optional.of(Route.SCHOOL_COMPLAINT), report.missing().get(1).route());
    }

    @Test
    void aClosedCaseNeedsTheFamilysChoice() {
        EvidenceReport report = ImpartialityCheck.check(new CaseEvidence(CASE, true, true, List.of(twoRoutes(1))));
        assertEquals(List.of(EvidenceCode.NO_FAMILY_CHOICE_RECORDED), codes(report));
        assertEquals(EvidenceCode.NO_FAMILY_CHOICE_RECORDED.explanation(), report.missing().get(0).text());
    }

    @Test
    void anOpenCaseDoesNotYetNeedAChoice() {
        assertTrue(ImpartialityCheck.check(new CaseEvidence(CASE, false, true, List.of(twoRoutes(1)))).isComplete());
    }

    @Test
    void aChoiceOnAnyNoteSatisfiesAClosedCase() {
        AdviceNote chosen = twoRoutes(2).withChoice(FamilyChoice.of(Route.MEDIATION, ChosenBy.PARENT, T0));
        assertTrue(ImpartialityCheck.check(new CaseEvidence(CASE, true, true, List.of(twoRoutes(1), chosen)))
            .isComplete());
    }

    @Test
    void aDecisionToTakeNoRouteIsARecordedChoice() {
        AdviceNote none = twoRoutes(1).withChoice(FamilyChoice.noRouteForNow(ChosenBy.BOTH, T0));
        assertInstanceOf(EvidenceReport.Complete.class,
            ImpartialityCheck.check(new CaseEvidence(CASE, true, true, List.of(none))));
    }

    @Test
    void everyGapIsListedInTheDocumentedOrder() {
        OptionExplained bare = new OptionExplained(Route.TRIBUNAL_APPEAL, List.of(), Optional.empty());
        EvidenceReport report = ImpartialityCheck.check(new CaseEvidence(CASE, true, true, List.of(note(1, T0, bare))));
        assertEquals(List.of(EvidenceCode.FEWER_THAN_TWO_OPTIONS, EvidenceCode.OPTION_WITHOUT_LEGAL_BASIS,
            EvidenceCode.NO_FAMILY_CHOICE_RECORDED), codes(report));
    }

    @Test
    void callersHandleEachOutcomeExhaustively() {
        List<EvidenceReport> reports = ImpartialityCheck.checkAll(List.of(
            new CaseEvidence(CASE, false, false, List.of()),
            new CaseEvidence(CASE, false, true, List.of(twoRoutes(1))),
            new CaseEvidence(CASE, false, true, List.of())));
        List<String> shown = reports.stream().map(r -> {
            if (r instanceof EvidenceReport.NotRequired) {
                return "not required";
            } else if (r instanceof EvidenceReport.Complete) {
                return "complete";
            } else if (r instanceof EvidenceReport.Incomplete i) {
                return i.missing().size() + " missing";
            }
            throw new AssertionError(r);
        }).toList();
        assertEquals(List.of("not required", "complete", "1 missing"), shown);
    }

    @Test
    void everyCodeExplainsItselfInPlainEnglish() {
        for (EvidenceCode code : EvidenceCode.values()) {
            assertTrue(code.explanation().endsWith("."), code.name());
            assertTrue(code.explanation().length() > 40, code.name());
        }
    }

    @Test
    void caseEvidenceIsValidated() {
        assertEquals("caseEvidence.caseId", assertThrows(InvalidInputException.class,
            () -> new CaseEvidence(null, false, true, List.of())).field());
        assertEquals("caseEvidence.notes", assertThrows(InvalidInputException.class,
            () -> new CaseEvidence(CASE, false, true, null)).field());
        assertEquals("caseEvidence.notes[1].id", assertThrows(InvalidInputException.class,
            () -> new CaseEvidence(CASE, false, true, List.of(twoRoutes(1), twoRoutes(1)))).field());
    }

    @Test
    void anIncompleteReportListsSomethingMissing() {
        assertEquals("report.missing", assertThrows(InvalidInputException.class,
            () -> new EvidenceReport.Incomplete(CASE, List.of())).field());
        assertThrows(InvalidInputException.class, () -> new MissingEvidence(EvidenceCode.NO_ADVICE_NOTE, " ",
            Optional.empty(), Optional.empty()));
    }
}
