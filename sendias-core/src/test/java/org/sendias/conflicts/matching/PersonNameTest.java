package org.sendias.conflicts.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendias.InvalidInputException;

/** How a person's name is read: each normalisation rule, with worked examples. */
class PersonNameTest {

    /** name as written, given names, whole surname, surname parts, the rule shown. */
    static Stream<Arguments> data_parsedNames() {
        return Stream.of(
            Arguments.of("Jane Doe", List.of("jane"), "doe", List.of("doe"), "plain"),
            Arguments.of("  JANE   doe ", List.of("jane"), "doe", List.of("doe"), "case and spaces"),
            Arguments.of("José Álvarez", List.of("jose"), "alvarez", List.of("alvarez"), "accents"),
            Arguments.of("Søren Nørgaard", List.of("soren"), "norgaard", List.of("norgaard"), "letters without marks"),
            Arguments.of("Małgorzata Groß", List.of("malgorzata"), "gross", List.of("gross"), "ł and ß"),
            Arguments.of("Jane Doe.", List.of("jane"), "doe", List.of("doe"), "punctuation"),
            Arguments.of("Mr John Smith", List.of("john"), "smith", List.of("smith"), "title"),
            Arguments.of("The Rev. Dr Jane Doe", List.of("jane"), "doe", List.of("doe"), "several titles"),
            Arguments.of("Dame Judith Dench", List.of("judith"), "dench", List.of("dench"), "title"),
            Arguments.of("Prof Sir Ian Wilmut", List.of("ian"), "wilmut", List.of("wilmut"), "titles"),
            Arguments.of("John Smith Jr", List.of("john"), "smith", List.of("smith"), "suffix"),
            Arguments.of("Jane Doe OBE", List.of("jane"), "doe", List.of("doe"), "honour"),
            Arguments.of("Mr Smith", List.of(), "smith", List.of("smith"), "title and surname only"),
            Arguments.of("Doe, Jane", List.of("jane"), "doe", List.of("doe"), "Surname, Forename"),
            Arguments.of("Doe, Mrs Jane Ann", List.of("jane", "ann"), "doe", List.of("doe"), "order and title"),
            Arguments.of("Doe, Jane (Mrs)", List.of("jane"), "doe", List.of("doe"), "title after the comma"),
            Arguments.of("DOE Jane", List.of("jane"), "doe", List.of("doe"), "surname first in capitals"),
            Arguments.of("JOHN SMITH", List.of("john"), "smith", List.of("smith"), "all capitals keep the order"),
            Arguments.of("Jane Doe-Smith", List.of("jane"), "doesmith", List.of("doe", "smith"), "hyphenated"),
            Arguments.of("Bonham Carter, Helena", List.of("helena"), "bonhamcarter", List.of("bonham", "carter"),
                "double-barrelled"),
            Arguments.of("John McDonald", List.of("john"), "macdonald", List.of("macdonald"), "Mc is Mac"),
            Arguments.of("John Mc Donald", List.of("john"), "macdonald", List.of("macdonald"), "Mc apart"),
            Arguments.of("Sean O'Brien", List.of("sean"), "obrien", List.of("obrien"), "apostrophe"),
            Arguments.of("Sean O\u2019Brien", List.of("sean"), "obrien", List.of("obrien"), "typographic apostrophe"),
            Arguments.of("Sean O Brien", List.of("sean"), "obrien", List.of("obrien"), "O apart"),
            Arguments.of("Mary St John", List.of("mary"), "saintjohn", List.of("saintjohn"), "St is Saint"),
            Arguments.of("Mary Saint John", List.of("mary"), "saintjohn", List.of("saintjohn"), "Saint"),
            Arguments.of("Ahmed Al-Hassan", List.of("ahmed"), "alhassan", List.of("alhassan", "hassan"),
                "prefix that can be dropped"),
            Arguments.of("Ludwig van Beethoven", List.of("ludwig"), "vanbeethoven",
                List.of("vanbeethoven", "beethoven"), "prefix apart"),
            Arguments.of("Jane Smith née Doe", List.of("jane"), "smith", List.of("smith", "doe"), "maiden name"),
            Arguments.of("Jane Smith (nee Doe)", List.of("jane"), "smith", List.of("smith", "doe"), "maiden name"),
            Arguments.of("J. Doe", List.of("j"), "doe", List.of("doe"), "initial"),
            Arguments.of("JD Doe", List.of("j", "d"), "doe", List.of("doe"), "initials run together"),
            Arguments.of("Anne-Marie Quinlan", List.of("annemarie"), "quinlan", List.of("quinlan"),
                "hyphenated given name is one name"),
            Arguments.of("Madonna", List.of(), "madonna", List.of("madonna"), "one word is a surname"),
            Arguments.of("Al Smith", List.of("al"), "smith", List.of("smith"), "the first word is never a prefix"));
    }

    @ParameterizedTest(name = "{4}: {0}")
    @MethodSource("data_parsedNames")
    void parse_normalisesEachRule(String written, List<String> given, String surname, List<String> parts,
            String rule) {
        PersonName name = PersonName.parse(written);
        assertEquals(given, name.givenNames(), "given names");
        assertEquals(surname, name.surname(), "surname");
        assertEquals(parts, name.surnameParts(), "surname parts");
        assertEquals(written.strip(), name.original());
    }

    @Test
    void phoneticCodesAreDoubleMetaphonePrimaryAndAlternateOfEachPart() {
        assertEquals(List.of("SM0", "XMT"), PersonName.parse("John Smith").phoneticCodes());
        assertEquals(List.of("SM0", "XMT"), PersonName.parse("John Smyth").phoneticCodes());
        PersonName hyphenated = PersonName.parse("Jane Doe-Smith");
        assertTrue(hyphenated.phoneticCodes().containsAll(List.of("T", "SM0", "XMT")), "codes of each part");
    }

    @Test
    void phoneticCodesKeepLongSurnamesApart() {
        assertNotEquals(PersonName.parse("Ann Richards").phoneticCodes(),
            PersonName.parse("Ann Richardson").phoneticCodes());
    }

    @Test
    void normalised_isGivenNamesThenSurname() {
        assertEquals("jane ann doesmith", PersonName.parse("Doe-Smith, Mrs Jane Ann").normalised());
        assertEquals("smith", PersonName.parse("Mr Smith").normalised());
    }

    @Test
    void toString_neverShowsTheName() {
        String shown = PersonName.parse("Jane Doe-Smith").toString();
        assertFalse(shown.toLowerCase().contains("jane"), shown);
        assertFalse(shown.toLowerCase().contains("doe"), shown);
    }

    @Test
    void namesWrittenTheSameWayAreEqual() {
        assertEquals(PersonName.parse("Jane Doe"), PersonName.parse(" Jane Doe "));
        assertEquals(PersonName.parse("Jane Doe").hashCode(), PersonName.parse("Jane Doe").hashCode());
        assertNotEquals(PersonName.parse("Jane Doe"), PersonName.parse("Doe, Jane"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void parse_refusesAMissingName(String written) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PersonName.parse(written));
        assertEquals("name", e.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mr", "Dr.", "123", "--", "(nee)"})
    void parse_refusesTextWithoutAName(String written) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PersonName.parse(written));
        assertEquals("name", e.field());
    }

    @Test
    void parse_refusesAnOverlongName() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> PersonName.parse("A" + "b".repeat(PersonName.MAX_LENGTH)));
        assertEquals("name", e.field());
        assertTrue(e.problem().contains("200"), e.problem());
    }
}
