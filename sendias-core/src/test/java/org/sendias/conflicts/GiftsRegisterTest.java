package org.sendias.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.party.OrganisationIdentifier;

/** The gifts and hospitality register: the threshold, the interest window, and immutability. */
class GiftsRegisterTest {
    private static final TenantId TENANT = TenantId.of("iass-test");
    private static final UserId ANNA = UserId.of("adviser-anna");
    private static final UserId BEN = UserId.of("adviser-ben");
    private static final LocalDate DAY = LocalDate.of(2025, 6, 2);
    private static final Instant NOON = Instant.parse("2025-06-02T11:00:00Z");

    private static GiftsRegister empty() {
        return GiftsRegister.empty(TENANT, RegisterSettings.defaults());
    }

    private static RecordGift offer(UserId adviser, String value, LocalDate on, GiftDecision decision) {
        return new RecordGift(adviser, "Hill Primary School", Optional.of(OrganisationIdentifier.urn("100001")),
            "Lunch at the annual review", new BigDecimal(value), on, decision, adviser, Optional.empty());
    }

    @ParameterizedTest(name = "{0} against a 25.00 threshold: {1}")
    @CsvSource({"0.00, false", "24.99, false", "25, true", "25.00, true", "25.01, true", "250, true"})
    void requiresDeclaration_atOrAboveTheThreshold(String value, boolean required) {
        RegisterChange<GiftsRegister, Gift> change = empty().record(offer(ANNA, value, DAY, GiftDecision.DECLINED),
            NOON);
        assertEquals(required, change.register().requiresDeclaration(change.value()));
    }

    @Test
    void requiresDeclaration_followsAConfiguredThreshold() {
        GiftsRegister r = GiftsRegister.empty(TENANT, RegisterSettings.defaults()
            .withGiftThreshold(new BigDecimal("10")));
        Gift tenPounds = r.record(offer(ANNA, "10.00", DAY, GiftDecision.ACCEPTED), NOON).value();
        Gift less = r.record(offer(ANNA, "9.99", DAY, GiftDecision.ACCEPTED), NOON).value();
        assertTrue(r.requiresDeclaration(tenPounds));
        assertFalse(r.requiresDeclaration(less));
    }

    @Test
    void record_addsTheEntryAndLeavesTheOldRegisterUnchanged() {
        GiftsRegister before = empty();
        RegisterChange<GiftsRegister, Gift> change = before.record(offer(ANNA, "30", DAY, GiftDecision.ACCEPTED),
            NOON);
        assertEquals(List.of(), before.all());
        assertEquals(List.of(change.value()), change.register().all());
        assertEquals(new BigDecimal("30.00"), change.value().value());
        assertEquals(TENANT, change.value().tenant());
        assertEquals(List.of(new RegisterEvent(TENANT, NOON, ANNA, RegisterEvent.GIFT_RECORDED, ANNA,
            change.value().id().toString())), change.events());
    }

    @Test
    void record_refusesAnOfferDatedAfterTheDayItIsRecorded() {
        assertEquals("offeredOn", assertThrows(InvalidInputException.class,
            () -> empty().record(offer(ANNA, "30", DAY.plusDays(1), GiftDecision.ACCEPTED), NOON)).field());
    }

    @Test
    void atOrAboveThreshold_andByAdviser_selectTheRightEntries() {
        GiftsRegister r = empty();
        r = r.record(offer(ANNA, "24.99", LocalDate.of(2025, 5, 1), GiftDecision.ACCEPTED), NOON).register();
        r = r.record(offer(ANNA, "25.00", LocalDate.of(2025, 5, 1), GiftDecision.DECLINED), NOON).register();
        r = r.record(offer(BEN, "40.00", LocalDate.of(2025, 5, 31), GiftDecision.ACCEPTED), NOON).register();
        r = r.record(offer(BEN, "40.00", LocalDate.of(2025, 6, 1), GiftDecision.ACCEPTED), NOON).register();
        assertEquals(List.of("25.00", "40.00"), r.atOrAboveThreshold(LocalDate.of(2025, 5, 1),
            LocalDate.of(2025, 5, 31)).stream().map(g -> g.value().toPlainString()).toList());
        assertEquals(3, r.atOrAboveThreshold(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1)).size());
        assertEquals(2, r.byAdviser(ANNA).size());
        assertEquals(List.of(), r.byAdviser(UserId.of("adviser-cara")));
        GiftsRegister finished = r;
        assertEquals("to", assertThrows(InvalidInputException.class,
            () -> finished.atOrAboveThreshold(DAY, DAY.minusDays(1))).field());
    }

    static Stream<Arguments> data_interestsFor() {
        LocalDate on = LocalDate.of(2025, 6, 2);
        return Stream.of(
            Arguments.of("accepted, at the threshold, the same day", "25.00", on, GiftDecision.ACCEPTED, true),
            Arguments.of("accepted, just below the threshold", "24.99", on, GiftDecision.ACCEPTED, false),
            Arguments.of("declined", "100.00", on, GiftDecision.DECLINED, false),
            Arguments.of("offered exactly 12 months before", "25.00", LocalDate.of(2024, 6, 2),
                GiftDecision.ACCEPTED, true),
            Arguments.of("offered a day more than 12 months before", "25.00", LocalDate.of(2024, 6, 1),
                GiftDecision.ACCEPTED, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_interestsFor")
    void interestsFor_acceptedGiftsAtOrAboveTheThresholdWithinTwelveMonths(String name, String value,
            LocalDate offeredOn, GiftDecision decision, boolean counts) {
        GiftsRegister r = empty().record(offer(ANNA, value, offeredOn, decision), NOON).register();
        assertEquals(counts ? 1 : 0, r.interestsFor(ANNA, DAY).size());
        assertEquals(0, r.interestsFor(BEN, DAY).size(), "another adviser's gifts are not theirs");
    }

    @Test
    void interestsFor_ignoresAGiftOfferedAfterTheDayOfTheCheck() {
        GiftsRegister r = empty().record(offer(ANNA, "50", DAY, GiftDecision.ACCEPTED), NOON).register();
        assertEquals(0, r.interestsFor(ANNA, DAY.minusDays(1)).size());
    }

    @Test
    void interestsFor_followsAConfiguredPeriodAndExposesTheGiver() {
        GiftsRegister r = GiftsRegister.empty(TENANT, RegisterSettings.defaults()
            .withGiftInterestPeriod(Period.ofMonths(3)));
        r = r.record(offer(ANNA, "50", LocalDate.of(2025, 3, 2), GiftDecision.ACCEPTED), NOON).register();
        List<Gift> interests = r.interestsFor(ANNA, DAY);
        assertEquals(1, interests.size());
        assertEquals("Hill Primary School", interests.get(0).from());
        assertEquals(Optional.of(OrganisationIdentifier.urn("100001")), interests.get(0).fromIdentifier());
        assertEquals(0, r.interestsFor(ANNA, DAY.plusDays(1)).size());
    }

    @Test
    void of_refusesAnotherTenantsEntriesAndRepeatedIds() {
        Gift mine = empty().record(offer(ANNA, "30", DAY, GiftDecision.ACCEPTED), NOON).value();
        Gift theirs = GiftsRegister.empty(TenantId.of("other"), RegisterSettings.defaults())
            .record(offer(ANNA, "30", DAY, GiftDecision.ACCEPTED), NOON).value();
        RegisterSettings s = RegisterSettings.defaults();
        assertEquals("gifts[0].tenant", assertThrows(InvalidInputException.class,
            () -> GiftsRegister.of(TENANT, s, List.of(theirs))).field());
        assertEquals("gifts[1].giftId", assertThrows(InvalidInputException.class,
            () -> GiftsRegister.of(TENANT, s, List.of(mine, mine))).field());
        assertEquals(GiftsRegister.of(TENANT, s, List.of(mine)), GiftsRegister.of(TENANT, s, List.of(mine)));
    }

    @Test
    void toString_showsTheCountOnly() {
        assertEquals("GiftsRegister[tenant iass-test, 0 gifts]", empty().toString());
    }
}
