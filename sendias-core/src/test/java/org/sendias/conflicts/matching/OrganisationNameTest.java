package org.sendias.conflicts.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendias.InvalidInputException;
import org.sendias.party.OrganisationIdentifier;

/** How an organisation's name is read: each normalisation rule, with worked examples. */
class OrganisationNameTest {

    /** name as written, normalised words, the rule shown. */
    static Stream<Arguments> data_normalisedNames() {
        return Stream.of(
            Arguments.of("Hill Primary School", "hill primary", "the word school"),
            Arguments.of("HILL  PRIMARY", "hill primary", "case and spaces"),
            Arguments.of("The Meadows Academy", "meadows academy", "the word the"),
            Arguments.of("École Française de Londres", "ecole francaise de londres", "accents"),
            Arguments.of("St Mary's C of E Primary", "saint mary ce primary", "St, possessive, C of E"),
            Arguments.of("Saint Marys Church of England Primary", "saint mary ce primary", "Church of England"),
            Arguments.of("St. Mary's C.E. Prim. Sch.", "saint mary ce primary", "abbreviations with stops"),
            Arguments.of("St Mary CofE Primary", "saint mary ce primary", "CofE"),
            Arguments.of("St Joseph's RC Primary", "saint joseph rc primary", "RC"),
            Arguments.of("St Joseph's Roman Catholic Primary", "saint joseph rc primary", "Roman Catholic"),
            Arguments.of("St Joseph's Catholic Primary", "saint joseph rc primary", "Catholic"),
            Arguments.of("St Joseph's R.C. Primary", "saint joseph rc primary", "R.C."),
            Arguments.of("Hill Junior & Infant School", "hill junior infant", "ampersand, and"),
            Arguments.of("Hill Jnr and Inf Sch", "hill junior infant", "Jnr, Inf, Sch"),
            Arguments.of("Hill Juniors and Infants", "hill junior infant", "plurals"),
            Arguments.of("Hill Acad", "hill academy", "Acad"),
            Arguments.of("Hill Coll", "hill college", "Coll"),
            Arguments.of("Hill Sec Sch", "hill secondary", "Sec"),
            Arguments.of("Hill Comp", "hill comprehensive", "Comp"),
            Arguments.of("Hill Education Ltd", "hill education", "Ltd"),
            Arguments.of("Mt Pleasant Primary", "mount pleasant primary", "Mt"),
            Arguments.of("Castle Hill 6th Form College", "castle hill sixthform college", "6th form"),
            Arguments.of("The Brambles Pupil Referral Unit", "brambles pru", "pupil referral unit"),
            Arguments.of("The School", "the school", "nothing left: keep every word"));
    }

    @ParameterizedTest(name = "{2}: {0}")
    @MethodSource("data_normalisedNames")
    void parse_normalisesEachRule(String written, String normalised, String rule) {
        assertEquals(normalised, OrganisationName.parse(written).normalised());
    }

    @Test
    void distinctiveWordsAreThoseThatTellOrganisationsApart() {
        OrganisationName name = OrganisationName.parse("St Mary's C of E Primary Academy");
        assertEquals(java.util.List.of("mary"), name.distinctive());
        assertEquals(java.util.List.of("saint", "ce", "primary", "academy"), name.generic());
    }

    @Test
    void parse_keepsTheIdentifier() {
        OrganisationIdentifier urn = OrganisationIdentifier.urn("100001");
        OrganisationName name = OrganisationName.parse("Hill Primary School", Optional.of(urn));
        assertEquals(Optional.of(urn), name.identifier());
        assertEquals("Hill Primary School (URN:100001)", name.toString());
        assertEquals(Optional.empty(), OrganisationName.parse("Hill Primary School", null).identifier());
    }

    @Test
    void parse_refusesAMissingNameOrOneWithoutLettersOrDigits() {
        assertEquals("organisation.name",
            assertThrows(InvalidInputException.class, () -> OrganisationName.parse(" ")).field());
        assertEquals("organisation.name",
            assertThrows(InvalidInputException.class, () -> OrganisationName.parse(null, Optional.empty())).field());
        assertEquals("organisation.name",
            assertThrows(InvalidInputException.class, () -> OrganisationName.parse("&&")).field());
        assertEquals("organisation.name", assertThrows(InvalidInputException.class,
            () -> OrganisationName.parse("x".repeat(OrganisationName.MAX_LENGTH + 1))).field());
    }
}
