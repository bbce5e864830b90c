package org.sendias.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendias.InvalidInputException;
import org.sendias.reporting.SuppressionRule.Reason;

/** Worked examples of small-number suppression. */
class SuppressionRuleTest {

    private static CountTable oneRow(long notStated, long... counts) {
        List<String> columns = new java.util.ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            columns.add("c" + (i + 1));
        }
        CountTable.Builder b = CountTable.builder(List.of("all"), columns).notStated("all", notStated);
        for (int i = 0; i < counts.length; i++) {
            b.count("all", "c" + (i + 1), counts[i]);
        }
        return b.build();
    }

    private static CountTable table(long[][] counts) {
        List<String> rows = new java.util.ArrayList<>();
        List<String> columns = new java.util.ArrayList<>();
        for (int r = 0; r < counts.length; r++) {
            rows.add("r" + (r + 1));
        }
        for (int c = 0; c < counts[0].length; c++) {
            columns.add("c" + (c + 1));
        }
        CountTable.Builder b = CountTable.builder(rows, columns);
        for (int r = 0; r < counts.length; r++) {
            for (int c = 0; c < counts[r].length; c++) {
                b.count(rows.get(r), columns.get(c), counts[r][c]);
            }
        }
        return b.build();
    }

    private static Optional<Reason> reason(PublishedTable.Value v) {
        return v.reason();
    }

    private static void assertSafe(PublishedTable p) {
        SuppressionAttacker attacker = new SuppressionAttacker(p);
        assertEquals(Map.of(), attacker.attack(0), p::toString);
        assertEquals(Map.of(), attacker.attack(1), p::toString);
    }

    @Test
    void oneSmallCellInOneRowForcesASecondSuppression() {
        PublishedTable p = SuppressionRule.standard().apply(oneRow(0, 3, 10, 12, 20));
        assertEquals(Optional.of(Reason.PRIMARY), reason(p.cell("all", "c1")));
        assertEquals(Optional.of(Reason.SECONDARY), reason(p.cell("all", "c2")), "the smallest other cell");
        assertEquals(12, p.cell("all", "c3").count().getAsLong());
        assertEquals(20, p.cell("all", "c4").count().getAsLong());
        assertEquals(45, p.rowTotal("all").count().getAsLong());
        assertEquals(45, p.grandTotal().count().getAsLong());
        // in one row a column total is the cell itself, so it goes with it
        assertTrue(p.columnTotal("c1").isSuppressed());
        assertTrue(p.columnTotal("c2").isSuppressed());
        assertEquals(12, p.columnTotal("c3").count().getAsLong());
        assertEquals("[c]", p.cell("all", "c1").toString());
        assertEquals("[c]", p.cell("all", "c2").toString());
        assertSafe(p);
    }

    @Test
    void withoutSecondarySuppressionTheAttackerRecoversTheSmallCell() {
        CountTable t = oneRow(0, 3, 10, 12, 20);
        PublishedTable p = SuppressionRule.primaryOnly(5).apply(t);
        assertTrue(p.cell("all", "c1").isSuppressed());
        assertFalse(p.cell("all", "c2").isSuppressed());
        Map<String, BigInteger> recovered = new SuppressionAttacker(p).attack(0);
        assertEquals(BigInteger.valueOf(3), recovered.get("cell:all:c1"));
        assertEquals(BigInteger.valueOf(3), recovered.get("column:c1"));
    }

    @Test
    void threeByThreeSuppressesARectangle() {
        CountTable t = table(new long[][] {{2, 10, 15}, {8, 12, 20}, {9, 30, 6}});
        PublishedTable p = SuppressionRule.standard().apply(t);
        assertEquals(Optional.of(Reason.PRIMARY), reason(p.cell("r1", "c1")));
        assertEquals(Optional.of(Reason.SECONDARY), reason(p.cell("r1", "c2")));
        assertEquals(Optional.of(Reason.SECONDARY), reason(p.cell("r2", "c1")));
        assertEquals(Optional.of(Reason.SECONDARY), reason(p.cell("r2", "c2")));
        assertEquals(4, p.suppressedCount(), p::toString);
        for (String r : List.of("r1", "r2", "r3")) {
            assertEquals(t.rowTotal(r), p.rowTotal(r).count().getAsLong());
        }
        assertEquals(112, p.grandTotal().count().getAsLong());
        assertEquals(15, p.cell("r1", "c3").count().getAsLong());
        assertSafe(p);
        assertFalse(new SuppressionAttacker(SuppressionRule.primaryOnly(5).apply(t)).attack(0).isEmpty());
    }

    @Test
    void totalsBelowKAreSuppressedAndProtected() {
        CountTable t = table(new long[][] {{1, 2}, {10, 12}});
        PublishedTable p = SuppressionRule.standard().apply(t);
        assertEquals(Optional.of(Reason.PRIMARY), reason(p.rowTotal("r1")), "a row total of 3");
        assertEquals(Optional.of(Reason.PRIMARY), reason(p.cell("r1", "c1")));
        assertEquals(Optional.of(Reason.PRIMARY), reason(p.cell("r1", "c2")));
        assertEquals(Optional.of(Reason.SECONDARY), reason(p.cell("r2", "c1")));
        assertEquals(Optional.of(Reason.SECONDARY), reason(p.cell("r2", "c2")));
        assertEquals(Optional.of(Reason.SECONDARY), reason(p.rowTotal("r2")), "else r1's total is 25 - r2's");
        assertEquals(11, p.columnTotal("c1").count().getAsLong());
        assertEquals(14, p.columnTotal("c2").count().getAsLong());
        assertEquals(25, p.grandTotal().count().getAsLong());
        assertSafe(p);
    }

    @Test
    void aGrandTotalBelowKIsSuppressed() {
        PublishedTable p = SuppressionRule.standard().apply(oneRow(0, 0, 4, 0));
        assertEquals(Optional.of(Reason.PRIMARY), reason(p.grandTotal()));
        assertEquals(Optional.of(Reason.PRIMARY), reason(p.rowTotal("all")));
        assertEquals(0, p.cell("all", "c1").count().getAsLong());
        assertEquals(0, p.cell("all", "c3").count().getAsLong());
        assertSafe(p);
    }

    @Test
    void zerosArePublishedAndNeverChosenAsComplements() {
        PublishedTable p = SuppressionRule.standard().apply(oneRow(0, 0, 3, 7));
        assertEquals(0, p.cell("all", "c1").count().getAsLong());
        assertEquals(Optional.of(Reason.PRIMARY), reason(p.cell("all", "c2")));
        assertEquals(Optional.of(Reason.SECONDARY), reason(p.cell("all", "c3")));
        assertEquals(10, p.rowTotal("all").count().getAsLong());
        assertEquals(0, p.columnTotal("c1").count().getAsLong());
        assertSafe(p);
    }

    @Test
    void notStatedCountsAreInTotalsOnlyAndSuppressedLikeAnyCount() {
        CountTable t = oneRow(2, 6, 8, 9);
        assertEquals(25, t.rowTotal("all"));
        assertEquals(25, t.grandTotal());
        assertEquals(6, t.columnTotal("c1"));
        assertEquals(2, t.notStatedTotal());
        PublishedTable p = SuppressionRule.standard().apply(t);
        assertEquals(Optional.of(Reason.PRIMARY), reason(p.notStated("all")));
        assertEquals(Optional.of(Reason.PRIMARY), reason(p.notStatedTotal()));
        assertEquals(Optional.of(Reason.SECONDARY), reason(p.cell("all", "c1")), "the smallest cell protects it");
        assertEquals(25, p.grandTotal().count().getAsLong());
        assertSafe(p);
        Map<String, BigInteger> recovered = new SuppressionAttacker(SuppressionRule.primaryOnly(5).apply(t)).attack(0);
        assertEquals(BigInteger.TWO, recovered.get("ns:all"));
    }

    @Test
    void knowingThatSuppressedValuesAreNotZeroIsTakenIntoAccount() {
        CountTable t = oneRow(0, 1, 1, 1, 1, 1);
        Map<String, BigInteger> primaryOnly = new SuppressionAttacker(SuppressionRule.primaryOnly(5).apply(t))
            .attack(1);
        assertEquals(BigInteger.ONE, primaryOnly.get("cell:all:c3"), "five non-zero values adding up to 5");
        PublishedTable p = SuppressionRule.standard().apply(t);
        assertEquals(Optional.of(Reason.SECONDARY), reason(p.rowTotal("all")));
        assertEquals(Optional.of(Reason.SECONDARY), reason(p.grandTotal()));
        assertSafe(p);
    }

    @Test
    void largeNotStatedCountsArePublished() {
        PublishedTable p = SuppressionRule.standard().apply(oneRow(12, 6, 8, 9));
        assertEquals(12, p.notStated("all").count().getAsLong());
        assertEquals(0, p.suppressedCount());
    }

    @Test
    void percentagesOnSuppressedOrSmallBasesAreSuppressed() {
        CountTable t = table(new long[][] {{2, 10, 15}, {8, 12, 20}, {9, 30, 6}});
        PublishedTable p = SuppressionRule.standard().apply(t);
        assertEquals(Optional.of(Percentage.Suppression.NUMERATOR_SUPPRESSED),
            p.percentage("r1", "c1", Percentage.Base.ROW_TOTAL).suppression());
        Percentage published = p.percentage("r3", "c2", Percentage.Base.ROW_TOTAL);
        assertEquals(30, published.numerator());
        assertEquals(45, published.base());
        assertEquals(Optional.of(new BigDecimal("66.7")), published.rounded(1));
        assertEquals("66.7%", published.toString());
        assertEquals("[c]", p.percentage("r1", "c2", Percentage.Base.GRAND_TOTAL).toString());
        assertEquals(new BigDecimal("24"), p.rowTotalPercentage("r1").rounded(0).orElseThrow());

        PublishedTable small = SuppressionRule.standard().apply(table(new long[][] {{0, 3}, {10, 12}}));
        assertEquals(0, small.cell("r1", "c1").count().getAsLong());
        assertEquals(Optional.of(Percentage.Suppression.BASE_SUPPRESSED),
            small.percentage("r1", "c1", Percentage.Base.ROW_TOTAL).suppression(), "a zero out of a row of 3");
        assertSafe(small);
        PublishedTable zero = SuppressionRule.standard().apply(oneRow(0, 0, 0));
        assertEquals(Optional.of(Percentage.Suppression.BASE_BELOW_K),
            zero.percentage("all", "c1", Percentage.Base.ROW_TOTAL).suppression());
        assertThrows(IllegalStateException.class, () -> zero.percentage("all", "c1", Percentage.Base.ROW_TOTAL)
            .numerator());
    }

    @Test
    void theThresholdIsConfigurable() {
        CountTable t = oneRow(0, 7, 20, 30);
        assertEquals(0, SuppressionRule.standard().apply(t).suppressedCount());
        PublishedTable p = SuppressionRule.withThreshold(10).apply(t);
        assertEquals(Optional.of(Reason.PRIMARY), reason(p.cell("all", "c1")));
        assertEquals(10, p.k());
        assertSafe(p);
        assertEquals("k", assertThrows(InvalidInputException.class, () -> SuppressionRule.withThreshold(1)).field());
        assertEquals(5, SuppressionRule.DEFAULT_K);
        assertEquals(SuppressionRule.withThreshold(5), SuppressionRule.standard());
    }

    @Test
    void theReadmeExample() {
        CountTable table = CountTable.builder(List.of("q1"), List.of("education", "health", "social-care"))
            .count("q1", "education", 41).count("q1", "health", 3).count("q1", "social-care", 12)
            .notStated("q1", 6)
            .build();
        PublishedTable shared = SuppressionRule.standard().apply(table);
        assertEquals("[c]", shared.cell("q1", "health").toString());
        assertEquals(Optional.of(Reason.SECONDARY), reason(shared.notStated("q1")), "6 is the smallest other count");
        assertEquals("66.1%", shared.percentage("q1", "education", Percentage.Base.ROW_TOTAL).toString());
        assertSafe(shared);
    }

    @Test
    void theReasonIsNotInTheDisplay() {
        PublishedTable p = SuppressionRule.standard().apply(oneRow(0, 3, 10, 12, 20));
        String shown = p.toString();
        assertFalse(shown.contains("PRIMARY") || shown.contains("SECONDARY"), shown);
        assertTrue(shown.contains("all: [c] [c] 12 20 | not stated 0 | total 45"), shown);
    }
}
