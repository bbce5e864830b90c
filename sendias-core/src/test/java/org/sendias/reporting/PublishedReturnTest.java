package org.sendias.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendias.reporting.Returns.ack;
import static org.sendias.reporting.Returns.first;
import static org.sendias.reporting.Returns.languages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;

class PublishedReturnTest {
    private static final ReportingPeriod Q1 = ReportingPeriod.quarter(2026, 1);
    private static final ReportingPeriod Q2 = ReportingPeriod.quarter(2026, 2);
    private static final ReportingPeriod Q3 = ReportingPeriod.quarter(2026, 3);

    private static PublishedTable table(PublishedReturn p, String code) {
        return p.table(code).orElseThrow().table();
    }

    private static PublishedTable.Value figure(PublishedReturn p, String code) {
        return p.figure(code).orElseThrow().value();
    }

    @Test
    void smallCountsInABreakdownAreSuppressed_withASecondSuppression_andTheNotStatedCountOnlyInTotals() {
        PublishedReturn p = PublishedReturn.of(Returns.example(Q3), SuppressionRule.standard());
        PublishedTable ethnicity = table(p, "people-by-ethnicity");
        assertEquals(List.of("asian", "black", "mixed", "white", "other"), ethnicity.columnLabels());
        assertTrue(ethnicity.cell("all", "black").isSuppressed());
        assertTrue(ethnicity.notStated("all").isSuppressed(), "2 people did not state");
        assertEquals(OptionalLong.of(20), ethnicity.cell("all", "white").count());
        assertEquals(OptionalLong.of(6), ethnicity.cell("all", "mixed").count());
        assertEquals(OptionalLong.of(31), ethnicity.grandTotal().count());
        assertEquals(OptionalLong.of(31), figure(p, "people-using-service").count());
        assertEquals(List.of("Asian, Asian British or Asian Welsh", "Black, Black British, Black Welsh, Caribbean or "
            + "African", "Mixed or Multiple ethnic groups", "White", "Other ethnic group"),
            p.table("people-by-ethnicity").orElseThrow().columnTitles());
    }

    @Test
    void singleCounts_fromOneToKMinusOne_areSuppressed_zeroAndLargerArePublished() {
        PublishedReturn p = PublishedReturn.of(Returns.example(Q3), SuppressionRule.standard());
        assertTrue(figure(p, "complaints").isSuppressed());
        assertTrue(figure(p, "tribunal-alternatives-found").isSuppressed());
        assertTrue(figure(p, "cases-with-interpreter").isSuppressed());
        assertEquals(OptionalLong.of(0), figure(p, "commendations").count());
        assertEquals(OptionalLong.of(26), figure(p, "cases-open").count());
        assertEquals(OptionalLong.of(8), figure(p, "contacts-with-interpreter").count());
        assertTrue(p.rate("complaints-per-hundred-users").orElseThrow().percentage().isSuppressed());
        assertEquals(Optional.of(new BigDecimal("0.0")),
            p.rate("commendations-per-hundred-users").orElseThrow().percentage().rounded(1));

        PublishedReturn k3 = PublishedReturn.of(Returns.example(Q3), SuppressionRule.withThreshold(3));
        assertEquals(OptionalLong.of(3), figure(k3, "complaints").count());
        assertTrue(figure(k3, "tribunal-alternatives-found").isSuppressed(), "2 is below k = 3");
    }

    @Test
    void serviceLevels_percentageOnASmallBaseIsSuppressed_otherwisePublished() {
        PublishedReturn p = PublishedReturn.of(Returns.example(Q3), SuppressionRule.standard());
        Percentage ack = p.rate("acknowledgement-on-time").orElseThrow().percentage();
        assertEquals(Optional.of(new BigDecimal("80.0")), ack.rounded(1));
        assertEquals(50, ack.base());
        Percentage first = p.rate("first-appointment-on-time").orElseThrow().percentage();
        assertTrue(first.isSuppressed(), "4 due: below k");
        PublishedTable levels = table(p, "acknowledgement");
        assertEquals(List.of("on-time", "late", "not-met"), levels.columnLabels());
        assertEquals(OptionalLong.of(40), levels.cell("all", "on-time").count());
        assertEquals(OptionalLong.of(50), levels.grandTotal().count());
        assertTrue(table(p, "first-appointment").cell("all", "on-time").isSuppressed());
        assertEquals("Referrals due an acknowledgement within 2 working days",
            p.table("acknowledgement").orElseThrow().title());
        PublishedReturn oneLate = PublishedReturn.of(Returns.example(Q3, ack(9, 1, 0), first(30, 0, 0), 0,
            languages(31, "en", 0)), SuppressionRule.standard());
        assertTrue(oneLate.rate("acknowledgement-on-time").orElseThrow().percentage().isSuppressed(),
            "90% of 10 would reveal the one late");
        assertEquals(Optional.of(new BigDecimal("100.0")),
            oneLate.rate("first-appointment-on-time").orElseThrow().percentage().rounded(1));
    }

    @Test
    void transitions_successfulAndUnsuccessfulAreOneTable_soNeitherGivesTheOtherAway() {
        PublishedReturn p = PublishedReturn.of(Returns.example(Q3), SuppressionRule.standard());
        PublishedTable t = table(p, "transition-reports");
        assertTrue(t.cell("all", "unsuccessful").isSuppressed());
        assertTrue(t.cell("all", "successful").isSuppressed());
        assertEquals(OptionalLong.of(10), t.grandTotal().count());
        assertTrue(p.rate("transitions-successful").orElseThrow().percentage().isSuppressed());
    }

    @Test
    void firstLanguageNotEnglish_isPublishedOnlyWhenThePublishedTableGivesItAlready() {
        PublishedReturn hidden = PublishedReturn.of(Returns.example(Q3), SuppressionRule.standard());
        assertTrue(figure(hidden, "first-language-not-english").isSuppressed(),
            "31 - 20 - 9 would reveal the 2 not stated");
        PublishedReturn shown = PublishedReturn.of(Returns.example(Q3, ack(40, 5, 5), first(3, 0, 1), 3,
            languages(0, "en", 22, "pl", 3, "so", 6)), SuppressionRule.standard());
        assertTrue(table(shown, "people-by-first-language").cell("all", "pl").isSuppressed());
        assertEquals(OptionalLong.of(9), figure(shown, "first-language-not-english").count());
        assertEquals(List.of("en", "so", "pl"), table(shown, "people-by-first-language").columnLabels(),
            "largest first");
    }

    @Test
    void manyLanguages_mergeTheSmallestIntoOther() {
        List<Object> pairs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pairs.add("l" + (char) ('a' + i / 26) + (char) ('a' + i % 26));
            pairs.add(i + 1);
        }
        long total = 40 * 41 / 2;
        PublishedReturn p = PublishedReturn.of(Returns.example(Q3, ack(1, 1, 1), first(1, 1, 1), 0,
            languages(0, pairs.toArray())), SuppressionRule.standard());
        PublishedTable t = table(p, "people-by-first-language");
        assertEquals(CountTable.MAX_LABELS, t.columnLabels().size());
        assertEquals("other", t.columnLabels().get(CountTable.MAX_LABELS - 1));
        assertEquals(OptionalLong.of(total), t.grandTotal().count());
        assertEquals(OptionalLong.of(66), t.cell("all", "other").count(), "1 + 2 + ... + 11 merged");
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 11, 2027, 424242, 987654321})
    void randomReturns_publishNoValueFromOneToKMinusOne_andWhatIsPublishedIsTrueAndAddsUp(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 20; round++) {
            int k = 2 + random.nextInt(9);
            QuarterlyReturn raw = Returns.random(random, Fixtures.TENANT, Q3);
            PublishedReturn p = PublishedReturn.of(raw, SuppressionRule.withThreshold(k));
            for (PublishedReturn.Table t : p.tables()) {
                PublishedTable pt = t.table();
                List<PublishedTable.Value> values = new ArrayList<>();
                for (String row : pt.rowLabels()) {
                    long sum = 0;
                    boolean all = true;
                    for (String column : pt.columnLabels()) {
                        values.add(pt.cell(row, column));
                        all &= !pt.cell(row, column).isSuppressed();
                        sum += pt.cell(row, column).count().orElse(0);
                    }
                    values.add(pt.notStated(row));
                    values.add(pt.rowTotal(row));
                    all &= !pt.notStated(row).isSuppressed();
                    sum += pt.notStated(row).count().orElse(0);
                    if (all && !pt.rowTotal(row).isSuppressed()) {
                        assertEquals(sum, pt.rowTotal(row).count().getAsLong(), t.code());
                    }
                }
                values.add(pt.grandTotal());
                values.add(pt.notStatedTotal());
                for (PublishedTable.Value v : values) {
                    v.count().ifPresent(n -> assertFalse(n >= 1 && n < k, t.code() + " publishes " + n
                        + " with k = " + k));
                }
            }
            for (PublishedReturn.Figure f : p.figures()) {
                f.value().count().ifPresent(n -> assertFalse(n >= 1 && n < k, f.code()));
            }
            for (PublishedReturn.Rate r : p.rates()) {
                if (!r.percentage().isSuppressed()) {
                    assertTrue(r.percentage().base() >= k, r.code());
                    assertFalse(r.percentage().numerator() >= 1 && r.percentage().numerator() < k, r.code());
                }
            }
            PublishedTable.Value people = figure(p, "people-using-service");
            if (!people.isSuppressed()) {
                assertEquals(raw.peopleUsingService(), people.count().getAsLong());
                for (String code : List.of("people-by-ethnicity", "people-by-gender", "people-by-disability",
                        "people-by-first-language")) {
                    assertEquals(people, table(p, code).grandTotal(), code);
                }
            }
            PublishedTable.Value referrals = figure(p, "referrals");
            referrals.count().ifPresent(n -> assertEquals(raw.referrals(), n));
            if (!referrals.isSuppressed()) {
                assertEquals(referrals, table(p, "referrals-by-source").grandTotal());
            }
            figure(p, "complaints").count().ifPresent(n -> assertEquals(raw.complaints(), n));
            figure(p, "first-language-not-english").count()
                .ifPresent(n -> assertEquals(raw.firstLanguageNotEnglish(), n));
        }
    }

    @Test
    void aSeries_givesEachQuarterItsOwnTimeliness_suppressedOnItsOwnFigures() {
        QuarterlyReturn q1 = Returns.example(Q1, ack(18, 6, 6), first(16, 5, 9), 0, languages(31, "en", 0));
        QuarterlyReturn q2 = Returns.example(Q2, ack(2, 1, 0), first(0, 0, 0), 0, languages(31, "en", 0));
        QuarterlyReturn q3 = Returns.example(Q3);
        PublishedReturn p = PublishedReturn.series(List.of(q1, q2, q3), SuppressionRule.standard());
        assertEquals(Q3, p.period());
        assertEquals(3, p.timeliness().size());
        assertEquals(List.of(Q1, Q2, Q3), p.timeliness().stream().map(PublishedReturn.QuarterTimeliness::period)
            .toList());
        assertEquals(Optional.of(new BigDecimal("60.0")), p.timeliness().get(0).acknowledgement().rounded(1));
        assertEquals(Optional.of(new BigDecimal("53.3")), p.timeliness().get(0).firstAppointment().rounded(1));
        assertTrue(p.timeliness().get(1).acknowledgement().isSuppressed());
        assertTrue(p.timeliness().get(1).firstAppointment().isSuppressed(), "nothing due");
        assertEquals(p.rate("acknowledgement-on-time").orElseThrow().percentage(),
            p.timeliness().get(2).acknowledgement());
        assertEquals(1, PublishedReturn.of(q3, SuppressionRule.standard()).timeliness().size());
    }

    @Test
    void aSeriesOutOfOrder_orOfAnotherService_orEmpty_isRefusedNamingTheElement() {
        QuarterlyReturn q2 = Returns.example(Q2);
        QuarterlyReturn q3 = Returns.example(Q3);
        InvalidInputException order = assertThrows(InvalidInputException.class,
            () -> PublishedReturn.series(List.of(q3, q2), SuppressionRule.standard()));
        assertEquals("quarters[1]", order.field());
        QuarterlyReturn other = Returns.random(new SplittableRandom(1), TenantId.of("other-iass"), Q3);
        assertEquals("quarters[1]", assertThrows(InvalidInputException.class,
            () -> PublishedReturn.series(List.of(q2, other), SuppressionRule.standard())).field());
        assertEquals("quarters", assertThrows(InvalidInputException.class,
            () -> PublishedReturn.series(List.of(), SuppressionRule.standard())).field());
        assertEquals("rule", assertThrows(InvalidInputException.class,
            () -> PublishedReturn.of(q3, null)).field());
    }
}
