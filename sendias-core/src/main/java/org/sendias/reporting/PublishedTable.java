package org.sendias.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.sendias.InvalidInputException;

/**
 * A {@link CountTable} after a {@link SuppressionRule}: what may be shared with the local authority, commissioners or
 * the host organisation. Every value is either published as a number or suppressed.
 *
 * <p>The published values are each cell, each row's not-stated count, each row total, each column total, the
 * not-stated total and the grand total. The not-stated counts are published (under the same rule as any other count)
 * because a commissioner needs to know how complete the monitoring is; they reveal nothing about what the people
 * concerned would have answered. A suppressed value shows as {@value #MARKER}, whatever the reason.
 *
 * <p>{@link Value#reason()} tells the service why a value was suppressed, for its own review. Publish only the
 * marker: a published reason would narrow a suppressed value's range (a primary suppression lies between 1 and
 * {@code k - 1}; with {@code k = 2} it gives the value away).
 *
 * <p>Percentages: {@link #percentage(String, String, Percentage.Base)}, {@link #rowTotalPercentage(String)} and
 * {@link #columnTotalPercentage(String)}; see {@link Percentage} for when they are suppressed.
 */
public final class PublishedTable {
    /** How a suppressed value is shown: the usual marker for "confidential". */
    public static final String MARKER = "[c]";

    private final CountTable source;
    private final int k;
    private final Value[] values;

    PublishedTable(CountTable source, int k, Value[] values) {
        this.source = source;
        this.k = k;
        this.values = values.clone();
    }

    /** @return the rows' codes, in order */
    public List<String> rowLabels() {
        return source.rowLabels();
    }

    /** @return the columns' codes, in order */
    public List<String> columnLabels() {
        return source.columnLabels();
    }

    /** @return the threshold the table was suppressed with: counts from 1 to {@code k - 1} are suppressed */
    public int k() {
        return k;
    }

    /**
     * @param row a row's code
     * @param column a column's code
     * @return the published cell
     * @throws InvalidInputException ({@code row}, {@code column}) when a code is not the table's
     */
    public Value cell(String row, String column) {
        return values[cellIndex(source, source.row(row), source.column(column))];
    }

    /**
     * @param row a row's code
     * @return the published not-stated count of the row
     * @throws InvalidInputException ({@code row}) when the code is not one of the table's rows
     */
    public Value notStated(String row) {
        return values[notStatedIndex(source, source.row(row))];
    }

    /**
     * @param row a row's code
     * @return the published row total (cells plus not stated)
     * @throws InvalidInputException ({@code row}) when the code is not one of the table's rows
     */
    public Value rowTotal(String row) {
        return values[rowTotalIndex(source, source.row(row))];
    }

    /**
     * @param column a column's code
     * @return the published column total
     * @throws InvalidInputException ({@code column}) when the code is not one of the table's columns
     */
    public Value columnTotal(String column) {
        return values[columnTotalIndex(source, source.column(column))];
    }

    /** @return the published sum of the not-stated counts */
    public Value notStatedTotal() {
        return values[notStatedTotalIndex(source)];
    }

    /** @return the published grand total */
    public Value grandTotal() {
        return values[grandTotalIndex(source)];
    }

    /**
     * A cell as a percentage of its row total, its column total or the grand total.
     *
     * @param row a row's code
     * @param column a column's code
     * @param base what the cell is a percentage of
     * @return the percentage, or why it is suppressed
     * @throws InvalidInputException ({@code row}, {@code column}, {@code base}) when a code is not the
     *     table's or the base is missing
     */
    public Percentage percentage(String row, String column, Percentage.Base base) {
        Value numerator = cell(row, column);
        if (base == null) {
            throw new InvalidInputException("base", "is required");
        }
        Value denominator;
        switch (base) {
            case ROW_TOTAL:
                denominator = rowTotal(row);
                break;
            case COLUMN_TOTAL:
                denominator = columnTotal(column);
                break;
            default:
                denominator = grandTotal();
                break;
        }
        return Percentage.of(numerator, denominator, k);
    }

    /**
     * @param row a row's code
     * @return the row total as a percentage of the grand total
     * @throws InvalidInputException ({@code row}) when the code is not one of the table's rows
     */
    public Percentage rowTotalPercentage(String row) {
        return Percentage.of(rowTotal(row), grandTotal(), k);
    }

    /**
     * @param column a column's code
     * @return the column total as a percentage of the grand total
     * @throws InvalidInputException ({@code column}) when the code is not one of the table's columns
     */
    public Percentage columnTotalPercentage(String column) {
        return Percentage.of(columnTotal(column), grandTotal(), k);
    }

    /** @return the number of suppressed values, of every kind */
    public int suppressedCount() {
        int n = 0;
        for (Value v : values) {
            if (v.isSuppressed()) {
                n++;
            }
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PublishedTable)) {
            return false;
        }
        PublishedTable t = (PublishedTable) o;
        return k == t.k && source.rowLabels().equals(t.source.rowLabels())
            && source.columnLabels().equals(t.source.columnLabels()) && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(k, source.rowLabels(), source.columnLabels(), Arrays.hashCode(values));
    }

    /** @return the table as published, one row a line: cells, not stated, row total; then the column totals */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("PublishedTable[k=").append(k).append("]\n");
        for (int r = 0; r < source.rows(); r++) {
            s.append(source.rowLabels().get(r)).append(':');
            for (int c = 0; c < source.columns(); c++) {
                s.append(' ').append(values[cellIndex(source, r, c)]);
            }
            s.append(" | not stated ").append(values[notStatedIndex(source, r)]);
            s.append(" | total ").append(values[rowTotalIndex(source, r)]).append('\n');
        }
        s.append("total:");
        for (int c = 0; c < source.columns(); c++) {
            s.append(' ').append(values[columnTotalIndex(source, c)]);
        }
        s.append(" | not stated ").append(values[notStatedTotalIndex(source)]);
        s.append(" | total ").append(values[grandTotalIndex(source)]);
        return s.toString();
    }

    static int cellIndex(CountTable t, int r, int c) {
        return r * t.columns() + c;
    }

    static int notStatedIndex(CountTable t, int r) {
        return t.rows() * t.columns() + r;
    }

    static int rowTotalIndex(CountTable t, int r) {
        return t.rows() * t.columns() + t.rows() + r;
    }

    static int columnTotalIndex(CountTable t, int c) {
        return t.rows() * t.columns() + 2 * t.rows() + c;
    }

    static int notStatedTotalIndex(CountTable t) {
        return t.rows() * t.columns() + 2 * t.rows() + t.columns();
    }

    static int grandTotalIndex(CountTable t) {
        return notStatedTotalIndex(t) + 1;
    }

    static int size(CountTable t) {
        return grandTotalIndex(t) + 1;
    }

    /**
     * One published value: a count, or suppressed with the reason. Zero is always published (the usual convention:
     * a zero identifies no one).
     */
    public static final class Value {
        private final long count;
        private final SuppressionRule.Reason reason;

        private Value(long count, SuppressionRule.Reason reason) {
            this.count = count;
            this.reason = reason;
        }

        static Value published(long count) {
            return new Value(count, null);
        }

        static Value suppressed(SuppressionRule.Reason reason) {
            return new Value(-1, Objects.requireNonNull(reason));
        }

        /** @return whether the value is suppressed */
        public boolean isSuppressed() {
            return reason != null;
        }

        /** @return the count when published, empty when suppressed */
        public OptionalLong count() {
            return reason == null ? OptionalLong.of(count) : OptionalLong.empty();
        }

        /** @return why the value is suppressed, for the service's own review (do not publish it); empty if published */
        public Optional<SuppressionRule.Reason> reason() {
            return Optional.ofNullable(reason);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Value && ((Value) o).count == count && ((Value) o).reason == reason;
        }

        @Override
        public int hashCode() {
            return Objects.hash(count, reason);
        }

        /** @return the count in decimal, or {@value PublishedTable#MARKER} when suppressed */
        @Override
        public String toString() {
            return reason == null ? Long.toString(count) : MARKER;
        }
    }
}
