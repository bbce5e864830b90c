package org.sendias.conflicts.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendias.InvalidInputException;

/** Matching people: which rule fires, the score, and the reasons a caseworker reads. */
class NameMatcherPeopleTest {

    private final NameMatcher matcher = NameMatcher.standard();

    private MatchEvidence flagged(String a, String b) {
        Optional<MatchEvidence> evidence = matcher.matchPeople(a, b);
        assertTrue(evidence.isPresent(), a + " and " + b + " should be flagged");
        assertTrue(evidence.get().score() >= NameMatcher.FLAG_THRESHOLD);
        MatchEvidence reversed = matcher.matchPeople(b, a).orElseThrow();
        assertEquals(evidence.get().score(), reversed.score(), "the same score either way round");
        assertEquals(evidence.get().rule(), reversed.rule(), "the same rule either way round");
        return evidence.get();
    }

    /** a, b, rule, score. */
    static Stream<Arguments> data_rules() {
        return Stream.of(
            Arguments.of("Jane Doe", "Jane Doe", MatchRule.NORMALISED_EXACT, 1.0),
            Arguments.of("Dr Jane DOE", "Doe, Jane", MatchRule.NORMALISED_EXACT, 1.0),
            Arguments.of("José Álvarez", "Jose Alvarez", MatchRule.NORMALISED_EXACT, 1.0),
            Arguments.of("Ewan McKenzie", "Ewan MacKenzie", MatchRule.NORMALISED_EXACT, 1.0),
            Arguments.of("Siobhan O'Driscoll", "Siobhan ODriscoll", MatchRule.NORMALISED_EXACT, 1.0),
            Arguments.of("Mary St Clair", "Mary Saint Clair", MatchRule.NORMALISED_EXACT, 1.0),
            Arguments.of("Anne Marie Quinlan", "Annemarie Quinlan", MatchRule.NORMALISED_EXACT, 1.0),
            Arguments.of("Jane Doe-Smith", "Jane Doe", MatchRule.NORMALISED_EXACT, 0.95),
            Arguments.of("Rosalind Pryor née Gilchrist", "Rosalind Gilchrist", MatchRule.NORMALISED_EXACT, 0.95),
            Arguments.of("J. Trelawney", "James Trelawney", MatchRule.NORMALISED_EXACT, 0.9),
            Arguments.of("John Robert Asante", "Robert Asante", MatchRule.NORMALISED_EXACT, 0.92),
            Arguments.of("Bill Hargreaves", "William Hargreaves", MatchRule.NICKNAME, 0.95),
            Arguments.of("Peggy Whitlock", "Margaret Whitlock", MatchRule.NICKNAME, 0.95),
            Arguments.of("Becky Thornton-Lowe", "Rebecca Lowe", MatchRule.NICKNAME, 0.9),
            Arguments.of("Mohammed Iqbal", "Muhammad Iqbal", MatchRule.TRANSLITERATION, 0.95),
            Arguments.of("Zainab Hussain", "Zainab Husain", MatchRule.TRANSLITERATION, 0.95),
            Arguments.of("Mohammed Rahman", "Muhammad Rehman", MatchRule.TRANSLITERATION, 0.9),
            Arguments.of("Grace Smyth", "Grace Smith", MatchRule.PHONETIC, 0.9),
            Arguments.of("Rebecca Fothergill", "Rebecca Fothergil", MatchRule.PHONETIC, 0.9),
            Arguments.of("Jonathon Pemberton", "Jonathan Pemberton", MatchRule.NICKNAME, 0.95),
            Arguments.of("Micheal Donnelly", "Michael Donnelly", MatchRule.EDIT_DISTANCE, 0.97),
            Arguments.of("Gemma Whitfield", "Gemma Whitfeild", MatchRule.EDIT_DISTANCE, 0.98));
    }

    @ParameterizedTest(name = "{2}: {0} and {1}")
    @MethodSource("data_rules")
    void matchPeople_firesTheExpectedRule(String a, String b, MatchRule rule, double score) {
        MatchEvidence evidence = flagged(a, b);
        assertEquals(rule, evidence.rule());
        assertEquals(score, evidence.score(), 1e-9);
        assertEquals(List.of("given name", "surname"), evidence.fields());
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({
        "Jane Doe, John Doe",
        "Michael Brennan, Michelle Brennan",
        "Jane Harrow, Janet Harrow",
        "Anna Harris, Anna Harrison",
        "Sofia Costa, Sofia Acosta",
        "Oliver Grant, Olivia Grant",
        "Francis Whitley, Frances Whitley",
        "Mohammed Hussain, Mohammed Hassan",
        "Chloe Martin, Chloe Morton",
        "Mr Smith, John Smith",
        "Mrs Doe, Mrs Doe",
        "J. Doe, Jane Smith",
        "Jo Smith, Joan Smith",
        "Christopher Day, Christine Day"
    })
    void matchPeople_doesNotFlagDifferentPeople(String a, String b) {
        assertEquals(Optional.empty(), matcher.matchPeople(a, b));
        assertEquals(Optional.empty(), matcher.matchPeople(b, a));
    }

    @Test
    void aSurnameMustAgreeWhateverTheGivenNames() {
        assertEquals(Optional.empty(), matcher.matchPeople("William Hargreaves", "William Hopkins"));
        assertEquals(Optional.empty(), matcher.matchPeople("Bill Hargreaves", "William Hopkins"));
    }

    @Test
    void reasons_explainANicknameAndTheSurname() {
        assertEquals(List.of("'Bill' is a usual short form of 'William'", "same surname 'Hargreaves'"),
            flagged("Bill Hargreaves", "William Hargreaves").reasons());
        assertEquals(List.of("'Liz' and 'Beth' are both usual short forms of 'Elizabeth'", "same surname 'Jones'"),
            flagged("Liz Jones", "Beth Jones").reasons());
        assertEquals(List.of("'Katherine' and 'Catherine' are spellings of the same given name", "same surname 'Doyle'"),
            flagged("Katherine Doyle", "Catherine Doyle").reasons());
    }

    @Test
    void reasons_explainAHyphenatedSurname() {
        assertEquals(List.of("same given name 'Jane'",
                "surnames 'Doe-Smith' and 'Doe' share the part 'Doe' (hyphenated surname)"),
            flagged("Jane Doe-Smith", "Jane Doe").reasons());
        assertEquals(List.of("same given name 'Harriet'",
                "surnames 'Bonham Carter' and 'Carter' share the part 'Carter' (double-barrelled surname)"),
            flagged("Bonham Carter, Harriet", "Harriet Carter").reasons());
    }

    @Test
    void reasons_explainTheOtherRules() {
        assertEquals(List.of("'Dr Jane DOE' and 'Doe, Jane' are the same name once titles, case, accents, "
            + "punctuation and order are set aside"), flagged("Dr Jane DOE", "Doe, Jane").reasons());
        assertEquals(List.of("same name 'Jane Doe'"), flagged("Jane Doe", "Jane Doe").reasons());
        assertEquals(List.of("initial 'J' fits 'James'", "same surname 'Trelawney'"),
            flagged("J. Trelawney", "James Trelawney").reasons());
        assertEquals(List.of("'Mohammed' and 'Muhammad' are spellings of the same name in English letters",
            "surnames 'Rahman' and 'Rehman' are spellings of the same name in English letters"),
            flagged("Mohammed Rahman", "Muhammad Rehman").reasons());
        assertEquals(List.of("same given name 'Grace'",
            "surnames 'Smyth' and 'Smith' sound alike (Double Metaphone code SM0)"),
            flagged("Grace Smyth", "Grace Smith").reasons());
        assertEquals(List.of("same given name 'Gemma'",
            "surnames 'Whitfield' and 'Whitfeild' differ by a likely typing slip (similarity 0.98)"),
            flagged("Gemma Whitfield", "Gemma Whitfeild").reasons());
        assertEquals(List.of("given names 'Micheal' and 'Michael' differ by a likely typing slip (similarity 0.97)",
            "same surname 'Donnelly'"), flagged("Micheal Donnelly", "Michael Donnelly").reasons());
        assertEquals(List.of("same given name 'Rosalind'",
            "surname 'Gilchrist' is the former surname given in 'Rosalind Pryor née Gilchrist'"),
            flagged("Rosalind Pryor née Gilchrist", "Rosalind Gilchrist").reasons());
    }

    @Test
    void theRuleIsTheStepThatContributedLeast() {
        MatchEvidence evidence = flagged("Becky Thornton-Lowe", "Rebecca Lowe");
        assertEquals(MatchRule.NICKNAME, evidence.rule(), "a tie between a nickname and a shared part");
        assertEquals(2, evidence.reasons().size());
        assertEquals(MatchRule.NORMALISED_EXACT, flagged("J. Smith", "John Smith").rule());
    }

    @Test
    void aMiddleNameCountsOnlyByExactNicknameOrTransliteration() {
        assertEquals(MatchRule.NICKNAME, flagged("John Bill Smith", "William Smith").rule());
        assertEquals(Optional.empty(), matcher.matchPeople("John R. Smith", "Robert Smith"),
            "a middle initial is too little");
    }

    @Test
    void matchPeople_namesTheFieldOfAnUnreadableName() {
        assertEquals("a.name", assertThrows(InvalidInputException.class,
            () -> matcher.matchPeople("Mr", "Jane Doe")).field());
        assertEquals("b.name", assertThrows(InvalidInputException.class,
            () -> matcher.matchPeople("Jane Doe", " ")).field());
    }

    @Test
    void evidenceToStringLeavesOutTheNames() {
        String shown = flagged("Bill Hargreaves", "William Hargreaves").toString();
        assertFalse(shown.contains("Hargreaves"), shown);
        assertTrue(shown.contains("NICKNAME"), shown);
    }

    @Test
    void standardIsOneSharedInstance() {
        assertTrue(NameMatcher.standard() == NameMatcher.standard());
    }
}
