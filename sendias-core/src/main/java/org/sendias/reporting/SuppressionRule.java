package org.sendias.reporting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import org.sendias.InvalidInputException;
import org.sendias.internal.Validation;

/**
 * Small-number suppression for shared figures: counts from 1 to {@code k - 1} are hidden, and enough other values
 * are hidden with them that none of the hidden ones can be worked out from what is published.
 *
 * <h2>Method</h2>
 * <ol>
 *   <li><b>Primary suppression.</b> Every value of the table (each cell, each row's not-stated count, each row total,
 *   each column total, the not-stated total and the grand total) from 1 to {@code k - 1} is suppressed
 *   ({@link Reason#PRIMARY}). Zero is published: it is the usual convention, as a zero identifies no one.</li>
 *   <li><b>The relations.</b> A reader knows that each row's cells and not-stated count add up to the row total, that
 *   each column's cells add up to the column total, that the not-stated counts add up to the not-stated total, that
 *   the row totals add up to the grand total, and that the column totals and the not-stated total do too. Taking the
 *   suppressed values as unknowns, these are linear equations.</li>
 *   <li><b>The check.</b> The equations are reduced over the unknowns by exact Gaussian elimination (rational
 *   arithmetic, no rounding). A suppressed value is <em>determined</em> when some combination of the equations
 *   isolates it. Then bounds are propagated through the original and the reduced equations: every suppressed value
 *   is at least 1 (zeros are published, so a reader knows this), and each equation bounds each of its unknowns by the
 *   others' bounds, rounded to whole numbers, until nothing changes. A suppressed value whose lower and upper bounds
 *   meet is also determined.</li>
 *   <li><b>Secondary suppression.</b> While some suppressed value is determined, one more value is suppressed
 *   ({@link Reason#SECONDARY}), then the check runs again. If a relation (rows first, then columns, then the
 *   relations of the totals) has a single unknown, the complement is taken from that relation; otherwise from the
 *   relations of the first determined value (in the order cells, not-stated counts, row totals, column totals,
 *   not-stated total, grand total), fewest unknowns first. Within a relation the complement is its smallest non-zero
 *   published cell or not-stated count, the earliest on a tie; a total only when the relation has no such cell.
 *   Zeros are never suppressed.</li>
 * </ol>
 * The loop ends: were every non-zero value suppressed, the published values would all be zero, and then no equation
 * can pin an unknown (the true values could all be scaled up together). The result depends only on the table and
 * {@code k}, never on the order things were counted in.
 *
 * <p>What the method guarantees is that no suppressed value is determined exactly by the published values through
 * the additive relations, non-negativity and the knowledge that suppressed values are not zero. It does not hide
 * ranges: a reader can still bound a suppressed value (for example, below the published row total). Publish the
 * marker only, never the {@linkplain Reason reason}, which would narrow the range further.
 */
public final class SuppressionRule {
    /** The default threshold: counts from 1 to 4 are suppressed. */
    public static final int DEFAULT_K = 5;
    /** The largest threshold accepted. */
    public static final int MAX_K = 1000;

    /** A bound on the rounds of bound propagation; tables of realistic size settle in a handful. */
    private static final int MAX_PASSES = 1000;
    private static final SuppressionRule STANDARD = new SuppressionRule(DEFAULT_K, true);

    private final int k;
    private final boolean secondary;

    private SuppressionRule(int k, boolean secondary) {
        this.k = k;
        this.secondary = secondary;
    }

    /** @return the rule with the default threshold {@value #DEFAULT_K} */
    public static SuppressionRule standard() {
        return STANDARD;
    }

    /**
     * @param k the threshold: counts from 1 to {@code k - 1} are suppressed; from 2 to {@value #MAX_K}
     * @return the rule
     * @throws InvalidInputException ({@code k}) when the threshold is out of range
     */
    public static SuppressionRule withThreshold(int k) {
        return new SuppressionRule(checkedK(k), true);
    }

    /** Primary suppression only, which is NOT safe to publish: for showing in tests what secondary suppression adds. */
    static SuppressionRule primaryOnly(int k) {
        return new SuppressionRule(checkedK(k), false);
    }

    private static int checkedK(int k) {
        if (k < 2 || k > MAX_K) {
            throw new InvalidInputException("k", "must be from 2 to " + MAX_K);
        }
        return k;
    }

    /** @return the threshold */
    public int k() {
        return k;
    }

    /**
     * Suppresses a table.
     *
     * @param table the true counts
     * @return what may be published
     * @throws InvalidInputException ({@code table}) when the table is missing
     */
    public PublishedTable apply(CountTable table) {
        Validation.required(table, "table");
        long[] values = values(table);
        List<int[]> relations = relations(table);
        boolean[] total = totals(table);
        Reason[] reasons = new Reason[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] >= 1 && values[i] < k) {
                reasons[i] = Reason.PRIMARY;
            }
        }
        if (secondary) {
            while (true) {
                int disclosed = firstDetermined(values, reasons, relations);
                if (disclosed < 0) {
                    break;
                }
                reasons[complement(disclosed, values, reasons, relations, total)] = Reason.SECONDARY;
            }
        }
        PublishedTable.Value[] published = new PublishedTable.Value[values.length];
        for (int i = 0; i < values.length; i++) {
            published[i] = reasons[i] == null ? PublishedTable.Value.published(values[i])
                : PublishedTable.Value.suppressed(reasons[i]);
        }
        return new PublishedTable(table, k, published);
    }

    /** Why a value is suppressed. */
    public enum Reason {
        /** The value is from 1 to {@code k - 1}. */
        PRIMARY,
        /** The value is suppressed so that another suppressed value cannot be worked out. */
        SECONDARY
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SuppressionRule)) {
            return false;
        }
        SuppressionRule r = (SuppressionRule) o;
        return r.k == k && r.secondary == secondary;
    }

    @Override
    public int hashCode() {
        return k * 2 + (secondary ? 1 : 0);
    }

    /** @return the threshold, for logs */
    @Override
    public String toString() {
        return "SuppressionRule[k=" + k + (secondary ? "" : ", primary only") + "]";
    }

    // ---- the table as values and relations

    private static long[] values(CountTable t) {
        long[] v = new long[PublishedTable.size(t)];
        for (int r = 0; r < t.rows(); r++) {
            for (int c = 0; c < t.columns(); c++) {
                v[PublishedTable.cellIndex(t, r, c)] = t.countAt(r, c);
            }
            v[PublishedTable.notStatedIndex(t, r)] = t.notStatedAt(r);
            v[PublishedTable.rowTotalIndex(t, r)] = t.rowTotalAt(r);
        }
        for (int c = 0; c < t.columns(); c++) {
            v[PublishedTable.columnTotalIndex(t, c)] = t.columnTotalAt(c);
        }
        v[PublishedTable.notStatedTotalIndex(t)] = t.notStatedTotal();
        v[PublishedTable.grandTotalIndex(t)] = t.grandTotal();
        return v;
    }

    private static boolean[] totals(CountTable t) {
        boolean[] total = new boolean[PublishedTable.size(t)];
        for (int i = PublishedTable.rowTotalIndex(t, 0); i < total.length; i++) {
            total[i] = true;
        }
        return total;
    }

    /**
     * Each relation as coefficients over all values, summing to zero. Members have +1, the total -1.
     */
    private static List<int[]> relations(CountTable t) {
        int n = PublishedTable.size(t);
        List<int[]> relations = new ArrayList<>();
        for (int r = 0; r < t.rows(); r++) {
            int[] row = new int[n];
            for (int c = 0; c < t.columns(); c++) {
                row[PublishedTable.cellIndex(t, r, c)] = 1;
            }
            row[PublishedTable.notStatedIndex(t, r)] = 1;
            row[PublishedTable.rowTotalIndex(t, r)] = -1;
            relations.add(row);
        }
        for (int c = 0; c < t.columns(); c++) {
            int[] column = new int[n];
            for (int r = 0; r < t.rows(); r++) {
                column[PublishedTable.cellIndex(t, r, c)] = 1;
            }
            column[PublishedTable.columnTotalIndex(t, c)] = -1;
            relations.add(column);
        }
        int[] notStated = new int[n];
        int[] byRows = new int[n];
        for (int r = 0; r < t.rows(); r++) {
            notStated[PublishedTable.notStatedIndex(t, r)] = 1;
            byRows[PublishedTable.rowTotalIndex(t, r)] = 1;
        }
        notStated[PublishedTable.notStatedTotalIndex(t)] = -1;
        byRows[PublishedTable.grandTotalIndex(t)] = -1;
        int[] byColumns = new int[n];
        for (int c = 0; c < t.columns(); c++) {
            byColumns[PublishedTable.columnTotalIndex(t, c)] = 1;
        }
        byColumns[PublishedTable.notStatedTotalIndex(t)] = 1;
        byColumns[PublishedTable.grandTotalIndex(t)] = -1;
        relations.add(notStated);
        relations.add(byRows);
        relations.add(byColumns);
        return relations;
    }

    // ---- the check

    /** @return the first suppressed value that the published ones determine, or -1 */
    private static int firstDetermined(long[] values, Reason[] reasons, List<int[]> relations) {
        List<Integer> unknowns = new ArrayList<>();
        int[] position = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            position[i] = -1;
            if (reasons[i] != null) {
                position[i] = unknowns.size();
                unknowns.add(i);
            }
        }
        int u = unknowns.size();
        if (u == 0) {
            return -1;
        }
        // each equation: coefficients over the unknowns, then the right-hand side
        List<Rational[]> equations = new ArrayList<>();
        for (int[] relation : relations) {
            Rational[] eq = new Rational[u + 1];
            Arrays.fill(eq, Rational.ZERO);
            long rhs = 0;
            boolean any = false;
            for (int i = 0; i < values.length; i++) {
                if (relation[i] == 0) {
                    continue;
                }
                if (position[i] >= 0) {
                    eq[position[i]] = Rational.of(relation[i]);
                    any = true;
                } else {
                    rhs -= relation[i] * values[i];
                }
            }
            if (any) {
                eq[u] = Rational.of(rhs);
                equations.add(eq);
            }
        }
        List<Rational[]> reduced = reduce(equations, u);
        int determined = Integer.MAX_VALUE;
        for (Rational[] row : reduced) {
            int nonZero = -1;
            int count = 0;
            for (int j = 0; j < u; j++) {
                if (!row[j].isZero()) {
                    nonZero = j;
                    count++;
                }
            }
            if (count == 1) {
                determined = Math.min(determined, nonZero);
            }
        }
        if (determined != Integer.MAX_VALUE) {
            return unknowns.get(determined);
        }
        List<Rational[]> all = new ArrayList<>(equations);
        all.addAll(reduced);
        int pinned = pinnedByBounds(all, u);
        return pinned < 0 ? -1 : unknowns.get(pinned);
    }

    /** Reduced row echelon form of the equations (coefficient columns 0..u-1, right-hand side at u). */
    private static List<Rational[]> reduce(List<Rational[]> equations, int u) {
        List<Rational[]> rows = new ArrayList<>();
        for (Rational[] e : equations) {
            rows.add(e.clone());
        }
        int pivotRow = 0;
        for (int col = 0; col < u && pivotRow < rows.size(); col++) {
            int found = -1;
            for (int r = pivotRow; r < rows.size(); r++) {
                if (!rows.get(r)[col].isZero()) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            Rational[] pivot = rows.get(found);
            rows.set(found, rows.get(pivotRow));
            rows.set(pivotRow, pivot);
            Rational p = pivot[col];
            for (int j = 0; j <= u; j++) {
                pivot[j] = pivot[j].divide(p);
            }
            for (int r = 0; r < rows.size(); r++) {
                if (r == pivotRow) {
                    continue;
                }
                Rational[] other = rows.get(r);
                Rational f = other[col];
                if (f.isZero()) {
                    continue;
                }
                for (int j = 0; j <= u; j++) {
                    other[j] = other[j].subtract(f.multiply(pivot[j]));
                }
            }
            pivotRow++;
        }
        return rows.subList(0, pivotRow);
    }

    /**
     * Propagates whole-number bounds (every unknown at least 1, no upper bound at first) through the equations until
     * nothing changes, and returns the first unknown whose bounds meet, or -1. Lower bounds only rise and upper
     * bounds only fall, by whole numbers, and both stay on their side of the true value, so it ends.
     */
    private static int pinnedByBounds(List<Rational[]> equations, int u) {
        BigInteger[] low = new BigInteger[u];
        BigInteger[] high = new BigInteger[u];
        Arrays.fill(low, BigInteger.ONE);
        boolean changed = true;
        for (int pass = 0; changed && pass < MAX_PASSES; pass++) {
            changed = false;
            for (Rational[] eq : equations) {
                for (int j = 0; j < u; j++) {
                    Rational a = eq[j];
                    if (a.isZero()) {
                        continue;
                    }
                    // a x_j = rhs - sum_{i != j} a_i x_i
                    Rational min = eq[u];
                    Rational max = eq[u];
                    for (int i = 0; i < u && (min != null || max != null); i++) {
                        Rational ai = eq[i];
                        if (i == j || ai.isZero()) {
                            continue;
                        }
                        Rational lo = Rational.of(low[i]);
                        Rational hi = high[i] == null ? null : Rational.of(high[i]);
                        // subtracting a_i x_i: its largest value lowers min, its smallest raises max
                        Rational largest = ai.signum() > 0 ? (hi == null ? null : ai.multiply(hi)) : ai.multiply(lo);
                        Rational smallest = ai.signum() > 0 ? ai.multiply(lo) : (hi == null ? null : ai.multiply(hi));
                        min = min == null || largest == null ? null : min.subtract(largest);
                        max = max == null || smallest == null ? null : max.subtract(smallest);
                    }
                    Rational lower = a.signum() > 0 ? (min == null ? null : min.divide(a))
                        : (max == null ? null : max.divide(a));
                    Rational upper = a.signum() > 0 ? (max == null ? null : max.divide(a))
                        : (min == null ? null : min.divide(a));
                    if (lower != null && lower.ceiling().compareTo(low[j]) > 0) {
                        low[j] = lower.ceiling();
                        changed = true;
                    }
                    if (upper != null && (high[j] == null || upper.floor().compareTo(high[j]) < 0)) {
                        high[j] = upper.floor();
                        changed = true;
                    }
                }
            }
        }
        for (int j = 0; j < u; j++) {
            if (high[j] != null && high[j].compareTo(low[j]) <= 0) {
                return j;
            }
        }
        return -1;
    }

    /** The value to suppress next so that {@code disclosed} is protected. */
    private static int complement(int disclosed, long[] values, Reason[] reasons, List<int[]> relations,
        boolean[] total) {
        for (int[] relation : relations) {
            if (unknownsIn(relation, reasons) == 1) {
                for (boolean allowTotals : new boolean[] {false, true}) {
                    int best = best(values, reasons, total, allowTotals, i -> relation[i] != 0);
                    if (best >= 0) {
                        return best;
                    }
                }
            }
        }
        List<int[]> around = new ArrayList<>();
        for (int[] relation : relations) {
            if (relation[disclosed] != 0) {
                around.add(relation);
            }
        }
        around.sort(Comparator.comparingInt(relation -> unknownsIn(relation, reasons)));
        for (boolean allowTotals : new boolean[] {false, true}) {
            for (int[] relation : around) {
                int best = best(values, reasons, total, allowTotals, i -> relation[i] != 0);
                if (best >= 0) {
                    return best;
                }
            }
        }
        int best = best(values, reasons, total, false, i -> true);
        if (best < 0) {
            best = best(values, reasons, total, true, i -> true);
        }
        if (best < 0) {
            // cannot happen: with every non-zero value suppressed nothing is determined
            throw new IllegalStateException("no value left to suppress");
        }
        return best;
    }

    private static int unknownsIn(int[] relation, Reason[] reasons) {
        int n = 0;
        for (int i = 0; i < relation.length; i++) {
            if (relation[i] != 0 && reasons[i] != null) {
                n++;
            }
        }
        return n;
    }

    private static int best(long[] values, Reason[] reasons, boolean[] total, boolean allowTotals,
        IntPredicate in) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (!in.test(i) || reasons[i] != null || values[i] == 0 || (total[i] && !allowTotals)) {
                continue;
            }
            if (best < 0 || values[i] < values[best]) {
                best = i;
            }
        }
        return best;
    }

    /** An exact fraction, always in lowest terms with a positive denominator. */
    private static final class Rational implements Comparable<Rational> {
        static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);

        private final BigInteger num;
        private final BigInteger den;

        private Rational(BigInteger num, BigInteger den) {
            if (den.signum() < 0) {
                num = num.negate();
                den = den.negate();
            }
            BigInteger g = num.gcd(den);
            if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
                num = num.divide(g);
                den = den.divide(g);
            }
            this.num = num;
            this.den = den;
        }

        static Rational of(long n) {
            return new Rational(BigInteger.valueOf(n), BigInteger.ONE);
        }

        static Rational of(BigInteger n) {
            return new Rational(n, BigInteger.ONE);
        }

        boolean isZero() {
            return num.signum() == 0;
        }

        int signum() {
            return num.signum();
        }

        Rational subtract(Rational o) {
            return new Rational(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
        }

        Rational multiply(Rational o) {
            return new Rational(num.multiply(o.num), den.multiply(o.den));
        }

        Rational divide(Rational o) {
            return new Rational(num.multiply(o.den), den.multiply(o.num));
        }

        BigInteger floor() {
            BigInteger[] qr = num.divideAndRemainder(den);
            return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
        }

        BigInteger ceiling() {
            BigInteger[] qr = num.divideAndRemainder(den);
            return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
        }

        @Override
        public int compareTo(Rational o) {
            return num.multiply(o.den).compareTo(o.num.multiply(den));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Rational && compareTo((Rational) o) == 0;
        }

        @Override
        public int hashCode() {
            return num.hashCode() * 31 + den.hashCode();
        }
    }
}
