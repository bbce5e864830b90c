package org.sendias.conflicts.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendias.party.OrganisationIdentifier;

/** Matching organisations: identifiers first, then normalised names. */
class NameMatcherOrganisationsTest {

    private final NameMatcher matcher = NameMatcher.standard();

    private static OrganisationName school(String name, String urn) {
        return OrganisationName.parse(name, Optional.of(OrganisationIdentifier.urn(urn)));
    }

    @Test
    void theSameIdentifierMatchesWhateverTheNames() {
        MatchEvidence evidence = matcher.matchOrganisations(school("Hill Primary School", "100001"),
            school("Hillside Primary Academy", "100001")).orElseThrow();
        assertEquals(MatchRule.IDENTIFIER, evidence.rule());
        assertEquals(1.0, evidence.score());
        assertEquals(List.of("urn"), evidence.fields());
        assertEquals(List.of("same URN 100001"), evidence.reasons());
    }

    @Test
    void differentIdentifiersOfTheSameSchemeNeverMatchEvenWithTheSameName() {
        assertEquals(Optional.empty(), matcher.matchOrganisations(school("Hill Primary School", "100001"),
            school("Hill Primary School", "100002")));
    }

    @Test
    void identifiersOfDifferentSchemesLeaveItToTheNames() {
        OrganisationName college = OrganisationName.parse("Riverside College",
            Optional.of(new OrganisationIdentifier(OrganisationIdentifier.Scheme.UKPRN, "10001234")));
        MatchEvidence evidence = matcher.matchOrganisations(college, school("Riverside College", "130001"))
            .orElseThrow();
        assertEquals(MatchRule.NORMALISED_EXACT, evidence.rule());
    }

    @Test
    void anIdentifierOnOneSideOnlyLeavesItToTheNames() {
        MatchEvidence evidence = matcher.matchOrganisations(school("Hill Primary School", "100001"),
            OrganisationName.parse("Hill Primary")).orElseThrow();
        assertEquals(MatchRule.NORMALISED_EXACT, evidence.rule());
        assertEquals(List.of("organisation name"), evidence.fields());
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource(delimiter = '|', value = {
        "St Mary's C of E Primary School | Saint Marys Church of England Primary | NORMALISED_EXACT | 1.0",
        "St Joseph's RC Primary | Saint Joseph's Roman Catholic Primary School | NORMALISED_EXACT | 1.0",
        "Oak Wood Primary | Oakwood Primary | NORMALISED_EXACT | 1.0",
        "Hill Primary | Hill Primary Academy | NORMALISED_EXACT | 0.95",
        "St Mary's Primary | St Mary's C of E Primary | NORMALISED_EXACT | 0.95",
        "Oakwood Primary School | Oakwod Primary School | EDIT_DISTANCE | 0.97"
    })
    void namesMatchByTheExpectedRule(String a, String b, MatchRule rule, double score) {
        MatchEvidence evidence = matcher.matchOrganisations(a, b).orElseThrow();
        assertEquals(rule, evidence.rule());
        assertEquals(score, evidence.score(), 1e-9);
        MatchEvidence reversed = matcher.matchOrganisations(b, a).orElseThrow();
        assertEquals(evidence.score(), reversed.score(), "the same score either way round");
        assertEquals(evidence.rule(), reversed.rule(), "the same rule either way round");
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource(delimiter = '|', value = {
        "St Mary's C of E Primary | St Mary's RC Primary",
        "Hill Infant School | Hill Junior School",
        "St Joseph's RC Primary | St Joseph's RC Secondary",
        "Oakwood Primary | Oakfield Primary",
        "Park Primary | Parkside Primary",
        "St Mary's Primary | St Mary and St John Primary",
        "North Hill Primary | South Hill Primary",
        "Hill Primary | Primary School",
        "Ward 1 Clinic | Ward 2 Clinic"
    })
    void differentOrganisationsAreNotFlagged(String a, String b) {
        assertEquals(Optional.empty(), matcher.matchOrganisations(a, b));
        assertEquals(Optional.empty(), matcher.matchOrganisations(b, a));
    }

    @Test
    void reasonsSayWhatDiffers() {
        assertEquals(List.of("'Hill Primary' and 'Hill Primary C of E Academy' differ only in 'Church of England' "
                + "and 'academy'"),
            matcher.matchOrganisations("Hill Primary", "Hill Primary C of E Academy").orElseThrow().reasons());
        List<String> slip = matcher.matchOrganisations("Oakwood Primary School", "Oakwod Primary School")
            .orElseThrow().reasons();
        assertEquals("words 'Oakwood' and 'Oakwod' differ by a likely typing slip (similarity 0.97)", slip.get(0));
        assertTrue(matcher.matchOrganisations("The Hill School", "Hill School").orElseThrow().reasons().get(0)
            .endsWith("are the same name once case, punctuation, abbreviations and words such as 'the' and "
                + "'school' are set aside"));
    }
}
