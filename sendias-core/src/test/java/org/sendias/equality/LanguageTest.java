package org.sendias.equality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendias.InvalidInputException;

/** Languages by ISO 639 code, and the answer "prefer not to say". */
class LanguageTest {

    static Stream<Arguments> data_normalisation() {
        return Stream.of(
            Arguments.of("pl", "pl"),
            Arguments.of(" PL ", "pl"),
            Arguments.of("pol", "pl"),
            Arguments.of("wel", "cy"),
            Arguments.of("cym", "cy"),
            Arguments.of("ger", "de"),
            Arguments.of("so", "so"),
            Arguments.of("bfi", "bfi"),
            Arguments.of("PREFER-NOT-TO-SAY", Language.PREFER_NOT_TO_SAY_CODE));
    }

    @ParameterizedTest
    @MethodSource("data_normalisation")
    void codesAreNormalisedSoALanguageIsCountedOnce(String input, String stored) {
        assertEquals(stored, Language.of(input).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "p", "polish", "p1", "en-GB", "xx", "qq"})
    void anythingElseIsRefusedNamingTheField(String input) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Language.of(input));
        assertEquals("language", e.field());
    }

    @Test
    void anUnknownTwoLetterCodeIsAnErrorNotAFallback() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Language.of("xx"));
        assertTrue(e.problem().contains("not an ISO 639-1"), e.problem());
        assertThrows(InvalidInputException.class, () -> Language.of(null));
    }

    @Test
    void preferNotToSayIsAnAnswerWithoutACode() {
        assertTrue(Language.PREFER_NOT_TO_SAY.isPreferNotToSay());
        assertEquals(Optional.empty(), Language.PREFER_NOT_TO_SAY.isoCode());
        assertEquals(Optional.of("pl"), Language.of("pl").isoCode());
        assertFalse(Language.of("pl").isPreferNotToSay());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pl", "bfi", "prefer-not-to-say"})
    void toStringIsReadBackByParse(String code) {
        Language language = Language.of(code);
        assertEquals(language, Language.parse(language.toString()));
    }
}
