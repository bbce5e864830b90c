package org.sendias.reporting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tries to work out suppressed values of a {@link PublishedTable} from what it publishes, using only its public
 * methods and the table's known additive structure. Written apart from the engine: it builds its own relations,
 * eliminates them with its own exact fractions, and reasons with bounds. A value is recovered when elimination leaves
 * an equation in it alone, or when its lower and upper bounds meet.
 */
final class SuppressionAttacker {
    private final PublishedTable table;
    private final List<String> names = new ArrayList<>();
    private final List<PublishedTable.Value> values = new ArrayList<>();
    private final List<Map<Integer, Integer>> relations = new ArrayList<>();

    SuppressionAttacker(PublishedTable table) {
        this.table = table;
        List<String> rows = table.rowLabels();
        List<String> columns = table.columnLabels();
        Map<String, Integer> id = new LinkedHashMap<>();
        for (String r : rows) {
            for (String c : columns) {
                id.put("cell:" + r + ":" + c, add("cell:" + r + ":" + c, table.cell(r, c)));
            }
            id.put("ns:" + r, add("ns:" + r, table.notStated(r)));
            id.put("row:" + r, add("row:" + r, table.rowTotal(r)));
        }
        for (String c : columns) {
            id.put("column:" + c, add("column:" + c, table.columnTotal(c)));
        }
        id.put("nsTotal", add("nsTotal", table.notStatedTotal()));
        id.put("grand", add("grand", table.grandTotal()));
        for (String r : rows) {
            Map<Integer, Integer> rel = new LinkedHashMap<>();
            for (String c : columns) {
                rel.put(id.get("cell:" + r + ":" + c), 1);
            }
            rel.put(id.get("ns:" + r), 1);
            rel.put(id.get("row:" + r), -1);
            relations.add(rel);
        }
        for (String c : columns) {
            Map<Integer, Integer> rel = new LinkedHashMap<>();
            for (String r : rows) {
                rel.put(id.get("cell:" + r + ":" + c), 1);
            }
            rel.put(id.get("column:" + c), -1);
            relations.add(rel);
        }
        Map<Integer, Integer> ns = new LinkedHashMap<>();
        Map<Integer, Integer> byRows = new LinkedHashMap<>();
        for (String r : rows) {
            ns.put(id.get("ns:" + r), 1);
            byRows.put(id.get("row:" + r), 1);
        }
        ns.put(id.get("nsTotal"), -1);
        byRows.put(id.get("grand"), -1);
        Map<Integer, Integer> byColumns = new LinkedHashMap<>();
        for (String c : columns) {
            byColumns.put(id.get("column:" + c), 1);
        }
        byColumns.put(id.get("nsTotal"), 1);
        byColumns.put(id.get("grand"), -1);
        relations.add(ns);
        relations.add(byRows);
        relations.add(byColumns);
        // a derived relation any reader can add: the whole table is the cells plus the not-stated counts
        Map<Integer, Integer> whole = new LinkedHashMap<>();
        for (String r : rows) {
            for (String c : columns) {
                whole.put(id.get("cell:" + r + ":" + c), 1);
            }
            whole.put(id.get("ns:" + r), 1);
        }
        whole.put(id.get("grand"), -1);
        relations.add(whole);
    }

    private int add(String name, PublishedTable.Value value) {
        names.add(name);
        values.add(value);
        return names.size() - 1;
    }

    /**
     * @param lowestSuppressed the lower bound assumed for a suppressed value (0 for non-negativity alone, 1 when the
     *     reader also knows zeros are published)
     * @return the recovered suppressed values by name, with the value recovered
     */
    Map<String, BigInteger> attack(long lowestSuppressed) {
        List<Integer> unknowns = new ArrayList<>();
        Map<Integer, Integer> column = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).isSuppressed()) {
                column.put(i, unknowns.size());
                unknowns.add(i);
            }
        }
        int u = unknowns.size();
        List<Frac[]> equations = new ArrayList<>();
        for (Map<Integer, Integer> rel : relations) {
            Frac[] eq = new Frac[u + 1];
            for (int j = 0; j <= u; j++) {
                eq[j] = Frac.ZERO;
            }
            BigInteger rhs = BigInteger.ZERO;
            for (Map.Entry<Integer, Integer> e : rel.entrySet()) {
                PublishedTable.Value v = values.get(e.getKey());
                if (v.isSuppressed()) {
                    eq[column.get(e.getKey())] = eq[column.get(e.getKey())].plus(Frac.of(e.getValue()));
                } else {
                    rhs = rhs.subtract(BigInteger.valueOf(e.getValue()).multiply(
                        BigInteger.valueOf(v.count().getAsLong())));
                }
            }
            eq[u] = new Frac(rhs, BigInteger.ONE);
            equations.add(eq);
        }
        Map<String, BigInteger> recovered = new LinkedHashMap<>();
        List<Frac[]> echelon = eliminate(equations, u);
        for (Frac[] row : echelon) {
            int only = -1;
            int count = 0;
            for (int j = 0; j < u; j++) {
                if (!row[j].isZero()) {
                    only = j;
                    count++;
                }
            }
            if (count == 1) {
                Frac value = row[u].divide(row[only]);
                recovered.put(names.get(unknowns.get(only)), value.num);
            }
        }
        List<Frac[]> all = new ArrayList<>(equations);
        all.addAll(echelon);
        BigInteger[][] bounds = bounds(all, u, BigInteger.valueOf(lowestSuppressed));
        for (int j = 0; j < u; j++) {
            if (bounds[1][j] != null && bounds[0][j].equals(bounds[1][j])) {
                recovered.putIfAbsent(names.get(unknowns.get(j)), bounds[0][j]);
            }
        }
        return recovered;
    }

    private static List<Frac[]> eliminate(List<Frac[]> equations, int u) {
        List<Frac[]> m = new ArrayList<>();
        for (Frac[] e : equations) {
            m.add(e.clone());
        }
        int rank = 0;
        for (int col = 0; col < u; col++) {
            int pivot = rank;
            while (pivot < m.size() && m.get(pivot)[col].isZero()) {
                pivot++;
            }
            if (pivot == m.size()) {
                continue;
            }
            Frac[] p = m.remove(pivot);
            m.add(rank, p);
            Frac lead = p[col];
            for (int j = 0; j <= u; j++) {
                p[j] = p[j].divide(lead);
            }
            for (int r = 0; r < m.size(); r++) {
                Frac[] row = m.get(r);
                if (r != rank && !row[col].isZero()) {
                    Frac f = row[col];
                    for (int j = 0; j <= u; j++) {
                        row[j] = row[j].minus(f.times(p[j]));
                    }
                }
            }
            rank++;
        }
        for (int r = rank; r < m.size(); r++) {
            if (!m.get(r)[u].isZero()) {
                throw new AssertionError("the published values contradict each other");
            }
        }
        return m.subList(0, rank);
    }

    /** Interval reasoning over whole numbers: [0] lower bounds, [1] upper bounds (null when unbounded). */
    private static BigInteger[][] bounds(List<Frac[]> equations, int u, BigInteger lowest) {
        BigInteger[] lo = new BigInteger[u];
        BigInteger[] hi = new BigInteger[u];
        for (int j = 0; j < u; j++) {
            lo[j] = lowest;
        }
        for (int pass = 0; pass < 10_000; pass++) {
            boolean changed = false;
            for (Frac[] eq : equations) {
                for (int j = 0; j < u; j++) {
                    if (eq[j].isZero()) {
                        continue;
                    }
                    // eq[j] * x_j = rhs - sum of the other terms; find the range of the other terms' sum
                    Frac restMin = Frac.ZERO;
                    Frac restMax = Frac.ZERO;
                    for (int i = 0; i < u; i++) {
                        if (i == j || eq[i].isZero()) {
                            continue;
                        }
                        Frac a = eq[i];
                        Frac atLo = a.times(new Frac(lo[i], BigInteger.ONE));
                        Frac atHi = hi[i] == null ? null : a.times(new Frac(hi[i], BigInteger.ONE));
                        if (a.signum() > 0) {
                            restMin = restMin == null ? null : restMin.plus(atLo);
                            restMax = restMax == null || atHi == null ? null : restMax.plus(atHi);
                        } else {
                            restMin = restMin == null || atHi == null ? null : restMin.plus(atHi);
                            restMax = restMax == null ? null : restMax.plus(atLo);
                        }
                    }
                    Frac rhs = eq[u];
                    Frac a = eq[j];
                    Frac fromMax = restMax == null ? null : rhs.minus(restMax).divide(a);
                    Frac fromMin = restMin == null ? null : rhs.minus(restMin).divide(a);
                    Frac low = a.signum() > 0 ? fromMax : fromMin;
                    Frac high = a.signum() > 0 ? fromMin : fromMax;
                    if (low != null && low.ceil().compareTo(lo[j]) > 0) {
                        lo[j] = low.ceil();
                        changed = true;
                    }
                    if (high != null && (hi[j] == null || high.floor().compareTo(hi[j]) < 0)) {
                        hi[j] = high.floor();
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        return new BigInteger[][] {lo, hi};
    }

    /** A fraction in lowest terms. */
    private static final class Frac {
        static final Frac ZERO = new Frac(BigInteger.ZERO, BigInteger.ONE);
        final BigInteger num;
        final BigInteger den;

        Frac(BigInteger n, BigInteger d) {
            if (d.signum() == 0) {
                throw new ArithmeticException("zero denominator");
            }
            BigInteger g = n.gcd(d);
            if (d.signum() < 0) {
                g = g.negate();
            }
            num = n.divide(g.signum() == 0 ? BigInteger.ONE : g);
            den = d.divide(g.signum() == 0 ? BigInteger.ONE : g);
        }

        static Frac of(long n) {
            return new Frac(BigInteger.valueOf(n), BigInteger.ONE);
        }

        boolean isZero() {
            return num.signum() == 0;
        }

        int signum() {
            return num.signum();
        }

        Frac plus(Frac o) {
            return new Frac(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        }

        Frac minus(Frac o) {
            return plus(new Frac(o.num.negate(), o.den));
        }

        Frac times(Frac o) {
            return new Frac(num.multiply(o.num), den.multiply(o.den));
        }

        Frac divide(Frac o) {
            return new Frac(num.multiply(o.den), den.multiply(o.num));
        }

        BigInteger floor() {
            BigInteger[] qr = num.divideAndRemainder(den);
            return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
        }

        BigInteger ceil() {
            BigInteger[] qr = num.divideAndRemainder(den);
            return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
        }
    }

    /** The true value of a named value of a table, for checking what the attacker recovers. */
    static long truth(CountTable t, String name) {
        String[] p = name.split(":");
        switch (p[0]) {
            case "cell":
                return t.count(p[1], p[2]);
            case "ns":
                return t.notStated(p[1]);
            case "row":
                return t.rowTotal(p[1]);
            case "column":
                return t.columnTotal(p[1]);
            case "nsTotal":
                return t.notStatedTotal();
            default:
                return t.grandTotal();
        }
    }

    PublishedTable table() {
        return table;
    }
}
