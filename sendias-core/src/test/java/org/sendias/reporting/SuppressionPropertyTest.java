package org.sendias.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random tables (1 to 6 rows and columns, counts skewed small, random thresholds and not-stated counts), each from
 * its seed: the attacker recovers nothing, what is published is true, small counts are hidden, and the result does
 * not depend on how the table was built.
 */
class SuppressionPropertyTest {
    private static final int SEEDS = 400;

    static LongStream seeds() {
        return LongStream.range(0, SEEDS);
    }

    /** A random table and threshold from a seed. */
    private static final class Case {
        final CountTable table;
        final int k;
        final long[][] counts;
        final long[] notStated;
        final List<String> rows = new ArrayList<>();
        final List<String> columns = new ArrayList<>();

        Case(long seed) {
            Random random = new Random(seed);
            k = 2 + random.nextInt(9);
            int r = 1 + random.nextInt(6);
            int c = 1 + random.nextInt(6);
            for (int i = 0; i < r; i++) {
                rows.add("r" + i);
            }
            for (int j = 0; j < c; j++) {
                columns.add("c" + j);
            }
            counts = new long[r][c];
            notStated = new long[r];
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < c; j++) {
                    counts[i][j] = count(random, k);
                }
                notStated[i] = random.nextInt(3) == 0 ? count(random, k) : 0;
            }
            table = build(Function.identity());
        }

        private static long count(Random random, int k) {
            int kind = random.nextInt(10);
            if (kind < 3) {
                return 0;
            }
            if (kind < 7) {
                return 1 + random.nextInt(k + 1);
            }
            return random.nextInt(60);
        }

        /** Builds the table, tallying one person at a time in an order the shuffle decides. */
        CountTable tallied(long seed) {
            List<String[]> people = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                for (int j = 0; j < columns.size(); j++) {
                    for (long n = 0; n < counts[i][j]; n++) {
                        people.add(new String[] {rows.get(i), columns.get(j)});
                    }
                }
                for (long n = 0; n < notStated[i]; n++) {
                    people.add(new String[] {rows.get(i)});
                }
            }
            Collections.shuffle(people, new Random(seed));
            CountTable.Builder b = CountTable.builder(rows, columns);
            for (String[] p : people) {
                if (p.length == 2) {
                    b.add(p[0], p[1]);
                } else {
                    b.addNotStated(p[0]);
                }
            }
            return b.build();
        }

        private CountTable build(Function<CountTable.Builder, CountTable.Builder> extra) {
            CountTable.Builder b = CountTable.builder(rows, columns);
            for (int i = 0; i < rows.size(); i++) {
                for (int j = 0; j < columns.size(); j++) {
                    b.count(rows.get(i), columns.get(j), counts[i][j]);
                }
                b.notStated(rows.get(i), notStated[i]);
            }
            return extra.apply(b).build();
        }
    }

    /** Every published value with its true value, by name. */
    private static void forEachValue(CountTable t, PublishedTable p, ValueCheck check) {
        for (String r : t.rowLabels()) {
            for (String c : t.columnLabels()) {
                check.check("cell " + r + " " + c, t.count(r, c), p.cell(r, c));
            }
            check.check("not stated " + r, t.notStated(r), p.notStated(r));
            check.check("row total " + r, t.rowTotal(r), p.rowTotal(r));
        }
        for (String c : t.columnLabels()) {
            check.check("column total " + c, t.columnTotal(c), p.columnTotal(c));
        }
        check.check("not-stated total", t.notStatedTotal(), p.notStatedTotal());
        check.check("grand total", t.grandTotal(), p.grandTotal());
    }

    private interface ValueCheck {
        void check(String name, long truth, PublishedTable.Value published);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theAttackerRecoversNothing(long seed) {
        Case c = new Case(seed);
        PublishedTable p = SuppressionRule.withThreshold(c.k).apply(c.table);
        SuppressionAttacker attacker = new SuppressionAttacker(p);
        assertEquals(Map.of(), attacker.attack(0), () -> "k=" + c.k + "\n" + p);
        assertEquals(Map.of(), attacker.attack(1), () -> "k=" + c.k + "\n" + p);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void publishedValuesAreTrueSmallOnesHiddenZerosShown(long seed) {
        Case c = new Case(seed);
        PublishedTable p = SuppressionRule.withThreshold(c.k).apply(c.table);
        forEachValue(c.table, p, (name, truth, published) -> {
            if (truth >= 1 && truth < c.k) {
                assertEquals(SuppressionRule.Reason.PRIMARY, published.reason().orElseThrow(), name);
            } else if (truth == 0) {
                assertEquals(0, published.count().orElseThrow(), name);
            } else if (published.isSuppressed()) {
                assertEquals(SuppressionRule.Reason.SECONDARY, published.reason().orElseThrow(), name);
            } else {
                assertEquals(truth, published.count().getAsLong(), name);
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void percentagesAreSuppressedExactlyWhenTheyShouldBe(long seed) {
        Case c = new Case(seed);
        PublishedTable p = SuppressionRule.withThreshold(c.k).apply(c.table);
        for (String r : c.rows) {
            for (String col : c.columns) {
                PublishedTable.Value n = p.cell(r, col);
                for (Percentage.Base base : Percentage.Base.values()) {
                    PublishedTable.Value d = base == Percentage.Base.ROW_TOTAL ? p.rowTotal(r)
                        : base == Percentage.Base.COLUMN_TOTAL ? p.columnTotal(col) : p.grandTotal();
                    Percentage pc = p.percentage(r, col, base);
                    boolean hide = n.isSuppressed() || d.isSuppressed() || d.count().getAsLong() < c.k;
                    assertEquals(hide, pc.isSuppressed(), r + " " + col + " " + base);
                    if (!hide) {
                        assertEquals(c.table.count(r, col), pc.numerator());
                        assertEquals(d.count().getAsLong(), pc.base());
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theResultIsDeterministic(long seed) {
        Case c = new Case(seed);
        SuppressionRule rule = SuppressionRule.withThreshold(c.k);
        PublishedTable first = rule.apply(c.table);
        assertEquals(first, rule.apply(c.table));
        assertEquals(first, rule.apply(c.tallied(seed * 31 + 7)));
        assertEquals(first.toString(), SuppressionRule.withThreshold(c.k).apply(c.tallied(seed)).toString());
    }

    @Test
    void withoutSecondarySuppressionTheAttackerRecoversTrueValues() {
        int tablesWithRecovery = 0;
        int recoveredValues = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            Case c = new Case(seed);
            PublishedTable p = SuppressionRule.primaryOnly(c.k).apply(c.table);
            Map<String, BigInteger> recovered = new SuppressionAttacker(p).attack(0);
            for (Map.Entry<String, BigInteger> e : recovered.entrySet()) {
                assertEquals(BigInteger.valueOf(SuppressionAttacker.truth(c.table, e.getKey())), e.getValue(),
                    "the attacker only ever recovers true values: " + e.getKey());
            }
            if (!recovered.isEmpty()) {
                tablesWithRecovery++;
                recoveredValues += recovered.size();
            }
        }
        assertTrue(tablesWithRecovery > SEEDS / 4, "recovered from " + tablesWithRecovery + " tables");
        assertTrue(recoveredValues > tablesWithRecovery, "recovered values " + recoveredValues);
    }

    @Test
    void theTablesAreVaried() {
        int withNotStated = 0;
        int secondary = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            Case c = new Case(seed);
            if (c.table.notStatedTotal() > 0) {
                withNotStated++;
            }
            PublishedTable p = SuppressionRule.withThreshold(c.k).apply(c.table);
            int[] n = {0};
            forEachValue(c.table, p, (name, truth, v) -> {
                if (v.reason().filter(r -> r == SuppressionRule.Reason.SECONDARY).isPresent()) {
                    n[0]++;
                }
            });
            if (n[0] > 0) {
                secondary++;
            }
        }
        assertTrue(withNotStated > SEEDS / 3, "tables with not-stated counts: " + withNotStated);
        assertTrue(secondary > SEEDS / 3, "tables needing secondary suppression: " + secondary);
        assertFalse(secondary == SEEDS, "some tables need none");
    }
}
