package org.sendias.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendias.CaseId;
import org.sendias.equality.EqualityMonitoring;
import org.sendias.equality.Gender;
import org.sendias.equality.GenderAnswer;
import org.sendias.equality.Language;
import org.sendias.impartiality.AdviceNoteId;
import org.sendias.impartiality.OptionExplained;
import org.sendias.impartiality.RecordAdviceNote;
import org.sendias.impartiality.Route;

class EqualityAndAdviceTest {

    @Test
    void monitoring_rangesFromNothingToEverything() {
        List<EqualityMonitoring> answers = Samples.draw(Equality.monitoring(), 300);
        assertTrue(answers.contains(EqualityMonitoring.NONE) || answers.stream().anyMatch(a -> a.ethnicity().isEmpty()
            && a.gender().isEmpty() && a.disability().isEmpty() && a.firstLanguage().isEmpty()));
        assertTrue(answers.stream().anyMatch(a -> a.ethnicity().isPresent() && a.gender().isPresent()
            && a.disability().isPresent() && a.firstLanguage().isPresent() && a.reportingConsent().isPresent()));
        assertTrue(answers.stream().anyMatch(EqualityMonitoring::usableInReports));
        assertTrue(answers.stream().anyMatch(a -> a.reportingConsent().map(c -> c.wordingVersion().length() == 64)
            .orElse(false)));
    }

    @Test
    void accessNeeds_neverAskForAnInterpreterOfPreferNotToSay() {
        List<org.sendias.equality.AccessNeeds> needs = Samples.draw(Equality.accessNeeds(), 300);
        assertTrue(needs.stream().anyMatch(n -> n.isNone()));
        assertTrue(needs.stream().anyMatch(n -> n.interpreter().isPresent()));
    }

    @Test
    void genderAndLanguage_includeSelfDescriptionsAndPreferNotToSay() {
        List<GenderAnswer> genders = Samples.draw(Equality.genders(), 300);
        assertTrue(genders.stream().anyMatch(g -> g.selfDescription().isPresent()));
        assertTrue(genders.stream().anyMatch(g -> g.gender() == Gender.PREFER_NOT_TO_SAY));
        List<Language> languages = Samples.draw(Equality.languages(), 300);
        assertTrue(languages.contains(Language.PREFER_NOT_TO_SAY));
        assertTrue(languages.contains(Language.of("bfi")));
        assertTrue(languages.stream().map(Language::code).distinct().count() > 50);
    }

    @Test
    void adviceNotes_explainDistinctRoutes_andRecordOnlyTheFamilysChoice() {
        List<RecordAdviceNote> notes = Samples.draw(Advice.adviceNotes(), 300);
        for (RecordAdviceNote n : notes) {
            n.toNote(Ids.adviceNoteIds().next(new java.util.SplittableRandom(1)), Instant.EPOCH);
            assertEquals(n.options().size(), n.options().stream().map(OptionExplained::route).distinct().count());
        }
        assertTrue(notes.stream().anyMatch(n -> n.options().size() == Route.values().length), "every route");
        assertTrue(notes.stream().anyMatch(n -> n.options().size() == 1));
        assertTrue(notes.stream().anyMatch(n -> n.choice().isEmpty()));
        assertTrue(notes.stream().anyMatch(n -> n.choice().map(c -> c.chosen().isEmpty()).orElse(false)),
            "no route for now");
        List<OptionExplained> options = notes.stream().flatMap(n -> n.options().stream()).toList();
        assertTrue(options.stream().anyMatch(o -> !o.hasLegalBasis()), "an older note without a legal basis");
        assertTrue(options.stream().anyMatch(o -> o.summary().map(s -> s.length() == OptionExplained
            .MAX_SUMMARY_LENGTH).orElse(false)));
    }

    @Test
    void sameSeed_givesTheSameAnswersAndNotes() {
        assertTrue(Samples.reproducible(Equality.monitoring(), m -> m.ethnicity().toString()
            + m.gender().map(GenderAnswer::selfDescription) + m.firstLanguage() + m.reportingConsent()));
        CaseId caseId = Ids.caseIds().next(new java.util.SplittableRandom(9));
        AdviceNoteId id = new AdviceNoteId(new java.util.UUID(0, 1));
        assertTrue(Samples.reproducible(Advice.adviceNotes(caseId, Instant.parse("2026-05-01T09:00:00Z")),
            n -> n.toNote(id, Instant.EPOCH).toString() + n.options().stream().map(o -> o.basis() + "" + o.summary())
                .toList()));
    }
}
