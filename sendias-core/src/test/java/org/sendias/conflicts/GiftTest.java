package org.sendias.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.UserId;

/** A gift entry: the value in pounds and pence, the other fields, and what toString shows. */
class GiftTest {
    private static final TenantId TENANT = TenantId.of("iass-test");
    private static final UserId ANNA = UserId.of("adviser-anna");
    private static final LocalDate DAY = LocalDate.of(2025, 6, 2);

    private static Gift gift(BigDecimal value) {
        return new Gift(GiftId.random(), TENANT, ANNA, "Mrs Jane Doe", Optional.empty(), "Box of chocolates", value,
            DAY, GiftDecision.ACCEPTED, ANNA, Optional.of("after the tribunal hearing"));
    }

    static Stream<Arguments> data_values() {
        return Stream.of(
            Arguments.of("0", "0.00"),
            Arguments.of("24.99", "24.99"),
            Arguments.of("25", "25.00"),
            Arguments.of("25.5", "25.50"),
            Arguments.of("1E+3", "1000.00"),
            Arguments.of("999999999.99", "999999999.99"));
    }

    @ParameterizedTest(name = "{0} is kept as {1}")
    @MethodSource("data_values")
    void value_isKeptInPoundsAndPence(String given, String kept) {
        assertEquals(kept, gift(new BigDecimal(given)).value().toPlainString());
    }

    static Stream<Arguments> data_invalidValues() {
        return Stream.of(
            Arguments.of("-0.01", "must not be negative"),
            Arguments.of("24.999", "must be in pounds and pence, with at most 2 decimal places"),
            Arguments.of("0.001", "must be in pounds and pence, with at most 2 decimal places"),
            Arguments.of("25.000", "must be in pounds and pence, with at most 2 decimal places"),
            Arguments.of("1000000000", "must be less than 1,000,000,000 pounds"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_invalidValues")
    void value_refusesNegativeFractionalPenceAndHugeAmounts(String given, String problem) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> gift(new BigDecimal(given)));
        assertEquals("value", e.field());
        assertEquals(problem, e.problem());
    }

    @Test
    void value_isRequired() {
        assertEquals("value: is required", assertThrows(InvalidInputException.class, () -> gift(null)).getMessage());
    }

    static Stream<Arguments> data_otherFields() {
        return Stream.of(
            Arguments.of("no giver", (Runnable) () -> new Gift(GiftId.random(), TENANT, ANNA, " ", Optional.empty(),
                "Flowers", BigDecimal.TEN, DAY, GiftDecision.ACCEPTED, ANNA, Optional.empty()), "from"),
            Arguments.of("giver over 200", (Runnable) () -> new Gift(GiftId.random(), TENANT, ANNA, "x".repeat(201),
                Optional.empty(), "Flowers", BigDecimal.TEN, DAY, GiftDecision.ACCEPTED, ANNA, Optional.empty()),
                "from"),
            Arguments.of("what over 500", (Runnable) () -> new Gift(GiftId.random(), TENANT, ANNA, "Mr X",
                Optional.empty(), "w".repeat(501), BigDecimal.TEN, DAY, GiftDecision.ACCEPTED, ANNA,
                Optional.empty()), "what"),
            Arguments.of("no day", (Runnable) () -> new Gift(GiftId.random(), TENANT, ANNA, "Mr X", Optional.empty(),
                "Flowers", BigDecimal.TEN, null, GiftDecision.ACCEPTED, ANNA, Optional.empty()), "offeredOn"),
            Arguments.of("no decision", (Runnable) () -> new Gift(GiftId.random(), TENANT, ANNA, "Mr X",
                Optional.empty(), "Flowers", BigDecimal.TEN, DAY, null, ANNA, Optional.empty()), "decision"),
            Arguments.of("blank note", (Runnable) () -> new Gift(GiftId.random(), TENANT, ANNA, "Mr X",
                Optional.empty(), "Flowers", BigDecimal.TEN, DAY, GiftDecision.DECLINED, ANNA, Optional.of(" ")),
                "note"),
            Arguments.of("no id", (Runnable) () -> new Gift(null, TENANT, ANNA, "Mr X", Optional.empty(), "Flowers",
                BigDecimal.TEN, DAY, GiftDecision.DECLINED, ANNA, Optional.empty()), "giftId"),
            Arguments.of("not a UUID", (Runnable) () -> GiftId.parse("gift-1"), "giftId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_otherFields")
    void invalidInputNamesTheField(String name, Runnable construction, String field) {
        assertEquals(field, assertThrows(InvalidInputException.class, construction::run).field());
    }

    @Test
    void toString_neverShowsTheGiverWhatOrTheNote() {
        Gift g = gift(new BigDecimal("30"));
        for (String secret : new String[] {"Jane", "Doe", "chocolates", "tribunal"}) {
            assertFalse(g.toString().contains(secret), g.toString());
        }
        assertTrue(g.toString().contains("value=30.00"), g.toString());
        RecordGift command = RecordGift.of(ANNA, "Mrs Jane Doe", "Box of chocolates", BigDecimal.ONE, DAY,
            GiftDecision.DECLINED);
        assertFalse(command.toString().contains("Jane"), command.toString());
        assertFalse(command.toString().contains("chocolates"), command.toString());
    }

    @Test
    void giftIdReadsBackItsText() {
        GiftId id = GiftId.random();
        assertEquals(id, GiftId.parse(id.toString()));
    }
}
