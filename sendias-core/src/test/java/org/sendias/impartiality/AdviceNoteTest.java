package org.sendias.impartiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sendias.InvalidInputException;
import org.sendias.UserId;

/** Advice notes, the options they explain and the family's choice. */
class AdviceNoteTest {
    static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");
    static final UserId ADVISER = UserId.of("adviser-17");
    static final AdviceNoteId ID = new AdviceNoteId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    static final String PRIVATE = "Mum says the SENCO shouted at Sam";

    static AdviceNote note(Route... routes) {
        return AdviceNote.of(ID, NOON, ADVISER, List.of(routes).stream().map(OptionExplained::of).toList());
    }

    @Test
    void anOptionDefaultsToTheRoutesOwnLegalBasis() {
        OptionExplained option = OptionExplained.of(Route.TRIBUNAL_APPEAL);
        assertEquals(Route.TRIBUNAL_APPEAL.legalBasis(), option.basis());
        assertTrue(option.hasLegalBasis());
        assertEquals(Optional.empty(), option.summary());
    }

    @Test
    void anAdviserMayNarrowTheBasisOrLeaveItEmptyForTheCheckToReport() {
        LegalBasis only = LegalBasis.cite("SEND Code of Practice 0-25 (2015) paras 11.6-11.10");
        assertEquals(List.of(only), new OptionExplained(Route.DISAGREEMENT_RESOLUTION, List.of(only), null).basis());
        assertFalse(new OptionExplained(Route.DISAGREEMENT_RESOLUTION, List.of(), null).hasLegalBasis());
    }

    @Test
    void anOptionNeedsARouteAndNoMissingCitations() {
        assertEquals("option.route", assertThrows(InvalidInputException.class,
            () -> OptionExplained.of(null)).field());
        List<LegalBasis> withNull = new ArrayList<>();
        withNull.add(null);
        assertEquals("option.basis[0]", assertThrows(InvalidInputException.class,
            () -> new OptionExplained(Route.MEDIATION, withNull, Optional.empty())).field());
    }

    @Test
    void aSummaryIsStrippedBlankMeansNoneAndLengthIsLimited() {
        assertEquals(Optional.of("text"), OptionExplained.of(Route.MEDIATION, "  text \n").summary());
        assertEquals(Optional.empty(), OptionExplained.of(Route.MEDIATION, "   ").summary());
        assertEquals(Optional.empty(), OptionExplained.of(Route.MEDIATION, null).summary());
        assertEquals("option.summary", assertThrows(InvalidInputException.class,
            () -> OptionExplained.of(Route.MEDIATION, "x".repeat(OptionExplained.MAX_SUMMARY_LENGTH + 1))).field());
    }

    @Test
    void toStringNeverShowsWhatWasWrittenAboutTheFamily() {
        OptionExplained option = OptionExplained.of(Route.SCHOOL_COMPLAINT, PRIVATE);
        assertFalse(option.toString().contains("SENCO"), option.toString());
        assertTrue(option.toString().contains("SCHOOL_COMPLAINT"));
        AdviceNote note = AdviceNote.of(ID, NOON, ADVISER, List.of(option, OptionExplained.of(Route.MEDIATION)));
        assertFalse(note.toString().contains("SENCO"), note.toString());
        assertTrue(note.toString().contains("[SCHOOL_COMPLAINT, MEDIATION]"), note.toString());
    }

    @Test
    void aNoteExplainsAtLeastOneRoute() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> AdviceNote.of(ID, NOON, ADVISER, List.of()));
        assertEquals("adviceNote.options", e.field());
        assertThrows(InvalidInputException.class, () -> AdviceNote.of(ID, NOON, ADVISER, null));
    }

    @Test
    void aNoteExplainsEachRouteOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> note(Route.MEDIATION,
            Route.TRIBUNAL_APPEAL, Route.MEDIATION));
        assertEquals("adviceNote.options[2].route", e.field());
        assertTrue(e.problem().contains("MEDIATION"), e.problem());
    }

    @Test
    void aNoteNeedsItsIdTimeAndAdviser() {
        List<OptionExplained> options = List.of(OptionExplained.of(Route.MEDIATION));
        assertEquals("adviceNote.id", assertThrows(InvalidInputException.class,
            () -> AdviceNote.of(null, NOON, ADVISER, options)).field());
        assertEquals("adviceNote.recordedAt", assertThrows(InvalidInputException.class,
            () -> AdviceNote.of(ID, null, ADVISER, options)).field());
        assertEquals("adviceNote.recordedBy", assertThrows(InvalidInputException.class,
            () -> AdviceNote.of(ID, NOON, null, options)).field());
    }

    @Test
    void theOptionsListCannotBeChangedAfterwards() {
        List<OptionExplained> options = new ArrayList<>(List.of(OptionExplained.of(Route.MEDIATION)));
        AdviceNote note = AdviceNote.of(ID, NOON, ADVISER, options);
        options.add(OptionExplained.of(Route.TRIBUNAL_APPEAL));
        assertEquals(List.of(Route.MEDIATION), note.routes());
        assertThrows(UnsupportedOperationException.class, () -> note.options().clear());
    }

    @Test
    void theFamilysChoiceIsRecordedAsTheirs() {
        FamilyChoice choice = FamilyChoice.of(Route.MEDIATION, ChosenBy.PARENT, NOON.plusSeconds(3600));
        AdviceNote chosen = note(Route.MEDIATION, Route.TRIBUNAL_APPEAL).withChoice(choice);
        assertEquals(Optional.of(choice), chosen.choice());
        assertTrue(chosen.choice().get().recordedAsFamilysOwnDecision());
        assertTrue(chosen.toString().contains("choice=MEDIATION"), chosen.toString());
    }

    @Test
    void aChoiceNotRecordedAsTheFamilysOwnIsRefusedNamingTheRule() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> new FamilyChoice(Optional.of(Route.MEDIATION), ChosenBy.PARENT, NOON, false));
        assertEquals("familyChoice.recordedAsFamilysOwnDecision", e.field());
        assertTrue(e.problem().contains("advisers inform, the family decides"), e.problem());
        assertTrue(e.problem().contains("Children and Families Act 2014 s.19"), e.problem());
    }

    @Test
    void aChoiceSaysWhoseDecisionItIsAndWhen() {
        assertEquals("familyChoice.chosenBy", assertThrows(InvalidInputException.class,
            () -> FamilyChoice.of(Route.MEDIATION, null, NOON)).field());
        assertEquals("familyChoice.recordedAt", assertThrows(InvalidInputException.class,
            () -> FamilyChoice.of(Route.MEDIATION, ChosenBy.YOUNG_PERSON, null)).field());
    }

    @Test
    void theChosenRouteMustBeAmongTheOptionsExplained() {
        FamilyChoice appeal = FamilyChoice.of(Route.TRIBUNAL_APPEAL, ChosenBy.BOTH, NOON);
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> note(Route.MEDIATION, Route.DISAGREEMENT_RESOLUTION).withChoice(appeal));
        assertEquals("adviceNote.choice.chosen", e.field());
        assertTrue(e.problem().contains("TRIBUNAL_APPEAL is not among the routes explained"), e.problem());
    }

    @Test
    void aFamilyMayDecideToTakeNoRouteForNow() {
        FamilyChoice none = FamilyChoice.noRouteForNow(ChosenBy.YOUNG_PERSON, NOON);
        AdviceNote note = note(Route.MEDIATION, Route.TRIBUNAL_APPEAL).withChoice(none);
        assertEquals(Optional.empty(), note.choice().get().chosen());
        assertTrue(note.toString().contains("NO_ROUTE_FOR_NOW"), note.toString());
        assertEquals(Optional.empty(), new FamilyChoice(null, ChosenBy.PARENT, NOON, true).chosen());
    }

    @Test
    void withChoiceLeavesTheOriginalNoteAsItWas() {
        AdviceNote first = note(Route.MEDIATION, Route.TRIBUNAL_APPEAL);
        AdviceNote later = first.withChoice(FamilyChoice.of(Route.TRIBUNAL_APPEAL, ChosenBy.PARENT, NOON));
        assertEquals(Optional.empty(), first.choice());
        assertEquals(first.id(), later.id());
        assertEquals(first.options(), later.options());
    }

    @Test
    void adviceNoteIdsRoundTripThroughText() {
        AdviceNoteId id = AdviceNoteId.random();
        assertEquals(id, AdviceNoteId.parse(id.toString()));
        assertEquals("adviceNoteId", assertThrows(InvalidInputException.class,
            () -> AdviceNoteId.parse("not-a-uuid")).field());
        assertThrows(InvalidInputException.class, () -> new AdviceNoteId(null));
    }
}
