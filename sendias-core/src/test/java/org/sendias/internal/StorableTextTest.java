package org.sendias.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendias.InvalidInputException;

/** The shared check for text a store cannot keep: the first offending position is reported, nothing else refused. */
class StorableTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "high surrogate then a high surrogate, '\uD83D\uD83D\uDE00', 0",
        "valid pair then a lone low surrogate, '\uD83D\uDE00\uDE00', 2",
        "valid pair then a lone high surrogate, 'ok \uD83D\uDE00\uD83D', 5",
        "low surrogate then a high surrogate, '\uDE00\uD83D', 0",
        "lone high surrogate before a letter, 'ab\uD83Dc', 2"})
    void anUnpairedSurrogate_isReportedAtItsIndex(String label, String text, int index) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Validation.storable(text, "f"));
        assertEquals("f", e.field());
        assertEquals("contains an unpaired surrogate at index " + index + ", which is not valid Unicode",
            e.problem());
    }

    @Test
    void theFirstProblemIsReported() {
        assertEquals("contains U+0000 (NUL), which cannot be stored", assertThrows(InvalidInputException.class,
            () -> Validation.storable("\u0000\uD800", "f")).problem());
        assertEquals("contains an unpaired surrogate at index 0, which is not valid Unicode",
            assertThrows(InvalidInputException.class, () -> Validation.storable("\uD800\u0000", "f")).problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\uD83D\uDE00", "\uD83C\uDDEC\uD83C\uDDE7", "\t\r\n\u0001\u0007\u001B\u007F",
        "\u0085\u2028\u2029\u200B\u200D\u202E\uFEFF", "\uFFFF\uFFFE", "\uDBFF\uDFFF"})
    void everythingElse_isReturnedUnchanged(String text) {
        assertSame(text, Validation.storable(text, "f"));
    }

    @Test
    void optionalText_isCheckedWhenPresent() {
        assertEquals(Optional.empty(), Validation.optionalStorable(null, "f"));
        assertEquals(Optional.of("x"), Validation.optionalStorable(Optional.of("x"), "f"));
        assertEquals("f", assertThrows(InvalidInputException.class,
            () -> Validation.optionalStorable(Optional.of("\u0000"), "f")).field());
        assertEquals("is required", assertThrows(InvalidInputException.class,
            () -> Validation.storable(null, "f")).problem());
    }

    @Test
    void theTextChecks_applyIt() {
        assertEquals("f", assertThrows(InvalidInputException.class, () -> Validation.text("a\u0000", "f", 10))
            .field());
        assertEquals("f", assertThrows(InvalidInputException.class, () -> Validation.textAsGiven("\uD800", "f", 10))
            .field());
        assertEquals("f", assertThrows(InvalidInputException.class,
            () -> Validation.optionalText(Optional.of("x\uDC00"), "f", 10)).field());
    }
}
