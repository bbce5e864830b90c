package org.sendias.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sendias.InvalidInputException;
import org.sendias.internal.Validation;

/**
 * An immutable two-dimensional table of counts of people, before any suppression: the true figures, for the
 * service's own eyes only. {@link SuppressionRule#apply(CountTable)} turns it into a {@link PublishedTable} that can
 * be shared.
 *
 * <p>Rows and columns are labelled by codes (lower-case letters and digits separated by dots or hyphens, at most
 * 64 characters, unique within rows and within columns), for example ethnic group codes as columns and quarters or
 * domains as rows. A one-dimensional table is a table with one row (for example the single row {@code all}).
 *
 * <p>Each row also has a <em>not stated</em> count: people in the row who declined the use of their monitoring data,
 * or whose answer was not recorded. They count in the row's total and in the grand total but in no column. Row totals
 * (the row's cells plus its not-stated count), column totals, the not-stated total and the grand total are derived,
 * never supplied, so they always add up.
 *
 * <p>At most {@value #MAX_LABELS} rows and {@value #MAX_LABELS} columns; counts are non-negative and every total must
 * fit in a {@code long}.
 */
public final class CountTable {
    /** The most rows, and the most columns, a table may have. */
    public static final int MAX_LABELS = 30;
    private static final int MAX_LABEL_LENGTH = 64;

    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final Map<String, Integer> rowIndex;
    private final Map<String, Integer> columnIndex;
    private final long[][] counts;
    private final long[] notStated;
    private final long[] rowTotals;
    private final long[] columnTotals;
    private final long notStatedTotal;
    private final long grandTotal;

    private CountTable(Builder b) {
        this.rowLabels = b.rowLabels;
        this.columnLabels = b.columnLabels;
        this.rowIndex = b.rowIndex;
        this.columnIndex = b.columnIndex;
        int rows = rowLabels.size();
        int columns = columnLabels.size();
        this.counts = new long[rows][];
        for (int r = 0; r < rows; r++) {
            counts[r] = b.counts[r].clone();
        }
        this.notStated = b.notStated.clone();
        this.rowTotals = new long[rows];
        this.columnTotals = new long[columns];
        long nsTotal = 0;
        long grand = 0;
        try {
            for (int r = 0; r < rows; r++) {
                long total = notStated[r];
                for (int c = 0; c < columns; c++) {
                    total = Math.addExact(total, counts[r][c]);
                    columnTotals[c] = Math.addExact(columnTotals[c], counts[r][c]);
                }
                rowTotals[r] = total;
                nsTotal = Math.addExact(nsTotal, notStated[r]);
                grand = Math.addExact(grand, total);
            }
        } catch (ArithmeticException e) {
            throw new InvalidInputException("counts", "the totals are too large", e);
        }
        this.notStatedTotal = nsTotal;
        this.grandTotal = grand;
    }

    /**
     * Starts a table with the given row and column labels and every count zero.
     *
     * @param rowLabels the rows' codes, in the order they are shown; at least one
     * @param columnLabels the columns' codes, in the order they are shown; at least one
     * @return a builder
     * @throws InvalidInputException ({@code rows}, {@code rows[i]}, {@code columns}, {@code columns[i]}) when a list
     *     is missing, empty or too long, or a label is not a code or repeats an earlier one
     */
    public static Builder builder(List<String> rowLabels, List<String> columnLabels) {
        return new Builder(rowLabels, columnLabels);
    }

    /** @return the rows' codes, in order */
    public List<String> rowLabels() {
        return rowLabels;
    }

    /** @return the columns' codes, in order */
    public List<String> columnLabels() {
        return columnLabels;
    }

    /**
     * @param row a row's code
     * @param column a column's code
     * @return the count in that cell
     * @throws InvalidInputException ({@code row} or {@code column}) when the code is not one of the table's
     */
    public long count(String row, String column) {
        return counts[row(row)][column(column)];
    }

    /**
     * @param row a row's code
     * @return the row's not-stated count
     * @throws InvalidInputException ({@code row}) when the code is not one of the table's rows
     */
    public long notStated(String row) {
        return notStated[row(row)];
    }

    /**
     * @param row a row's code
     * @return the row's total: its cells plus its not-stated count
     * @throws InvalidInputException ({@code row}) when the code is not one of the table's rows
     */
    public long rowTotal(String row) {
        return rowTotals[row(row)];
    }

    /**
     * @param column a column's code
     * @return the column's total (not-stated counts are in no column)
     * @throws InvalidInputException ({@code column}) when the code is not one of the table's columns
     */
    public long columnTotal(String column) {
        return columnTotals[column(column)];
    }

    /** @return the sum of the rows' not-stated counts */
    public long notStatedTotal() {
        return notStatedTotal;
    }

    /** @return the grand total: every person in the table, stated or not */
    public long grandTotal() {
        return grandTotal;
    }

    int rows() {
        return rowLabels.size();
    }

    int columns() {
        return columnLabels.size();
    }

    long countAt(int r, int c) {
        return counts[r][c];
    }

    long notStatedAt(int r) {
        return notStated[r];
    }

    long rowTotalAt(int r) {
        return rowTotals[r];
    }

    long columnTotalAt(int c) {
        return columnTotals[c];
    }

    int row(String row) {
        return index(rowIndex, row, "row", "rows");
    }

    int column(String column) {
        return index(columnIndex, column, "column", "columns");
    }

    private static int index(Map<String, Integer> index, String code, String field, String what) {
        Validation.required(code, field);
        Integer i = index.get(code);
        if (i == null) {
            throw new InvalidInputException(field, code.length() <= MAX_LABEL_LENGTH
                && code.matches(Validation.CODE) ? code + " is not one of the table's " + what
                : "is not one of the table's " + what);
        }
        return i;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CountTable)) {
            return false;
        }
        CountTable t = (CountTable) o;
        return rowLabels.equals(t.rowLabels) && columnLabels.equals(t.columnLabels)
            && Arrays.deepEquals(counts, t.counts) && Arrays.equals(notStated, t.notStated);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rowLabels, columnLabels, Arrays.deepHashCode(counts), Arrays.hashCode(notStated));
    }

    /** @return the shape and grand total only; the table's true counts are not for logs */
    @Override
    public String toString() {
        return "CountTable[" + rowLabels.size() + "x" + columnLabels.size() + ", grandTotal=" + grandTotal + "]";
    }

    /** Collects the counts of a {@link CountTable}; not thread-safe. Every count starts at zero. */
    public static final class Builder {
        private final List<String> rowLabels;
        private final List<String> columnLabels;
        private final Map<String, Integer> rowIndex;
        private final Map<String, Integer> columnIndex;
        private final long[][] counts;
        private final long[] notStated;

        private Builder(List<String> rowLabels, List<String> columnLabels) {
            this.rowLabels = labels(rowLabels, "rows");
            this.columnLabels = labels(columnLabels, "columns");
            this.rowIndex = indexOf(this.rowLabels);
            this.columnIndex = indexOf(this.columnLabels);
            this.counts = new long[this.rowLabels.size()][this.columnLabels.size()];
            this.notStated = new long[this.rowLabels.size()];
        }

        private static List<String> labels(List<String> labels, String field) {
            Validation.required(labels, field);
            if (labels.isEmpty()) {
                throw new InvalidInputException(field, "must have at least one label");
            }
            if (labels.size() > MAX_LABELS) {
                throw new InvalidInputException(field, "must have at most " + MAX_LABELS + " labels");
            }
            List<String> copy = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                String label = Validation.code(labels.get(i), field + "[" + i + "]", MAX_LABEL_LENGTH);
                if (copy.contains(label)) {
                    throw new InvalidInputException(field + "[" + i + "]", "repeats an earlier label");
                }
                copy.add(label);
            }
            return List.copyOf(copy);
        }

        private static Map<String, Integer> indexOf(List<String> labels) {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < labels.size(); i++) {
                index.put(labels.get(i), i);
            }
            return Map.copyOf(index);
        }

        private int row(String row) {
            return index(rowIndex, row, "row", "rows");
        }

        private int column(String column) {
            return index(columnIndex, column, "column", "columns");
        }

        private static long nonNegative(long n, String field) {
            if (n < 0) {
                throw new InvalidInputException(field, "must not be negative");
            }
            return n;
        }

        /**
         * Sets a cell's count.
         *
         * @param row the row's code
         * @param column the column's code
         * @param count the count, zero or more
         * @return this builder
         * @throws InvalidInputException ({@code row}, {@code column}, or {@code counts[r][c]} with the row's and
         *     column's positions) when a code is unknown or the count is negative
         */
        public Builder count(String row, String column, long count) {
            int r = row(row);
            int c = column(column);
            counts[r][c] = nonNegative(count, "counts[" + r + "][" + c + "]");
            return this;
        }

        /**
         * Adds one person to a cell, for tallying.
         *
         * @param row the row's code
         * @param column the column's code
         * @return this builder
         * @throws InvalidInputException ({@code row}, {@code column}, {@code counts[r][c]}) when a code is unknown or
         *     the count would overflow
         */
        public Builder add(String row, String column) {
            int r = row(row);
            int c = column(column);
            if (counts[r][c] == Long.MAX_VALUE) {
                throw new InvalidInputException("counts[" + r + "][" + c + "]", "is too large");
            }
            counts[r][c]++;
            return this;
        }

        /**
         * Sets a row's not-stated count: people in the row who declined the use of their monitoring data or whose
         * answer was not recorded.
         *
         * @param row the row's code
         * @param count the count, zero or more
         * @return this builder
         * @throws InvalidInputException ({@code row}, {@code notStated[r]}) when the code is unknown or the count is
         *     negative
         */
        public Builder notStated(String row, long count) {
            int r = row(row);
            notStated[r] = nonNegative(count, "notStated[" + r + "]");
            return this;
        }

        /**
         * Adds one person to a row's not-stated count, for tallying.
         *
         * @param row the row's code
         * @return this builder
         * @throws InvalidInputException ({@code row}, {@code notStated[r]}) when the code is unknown or the count
         *     would overflow
         */
        public Builder addNotStated(String row) {
            int r = row(row);
            if (notStated[r] == Long.MAX_VALUE) {
                throw new InvalidInputException("notStated[" + r + "]", "is too large");
            }
            notStated[r]++;
            return this;
        }

        /**
         * @return the table, with its totals derived
         * @throws InvalidInputException ({@code counts}) when a total does not fit in a {@code long}
         */
        public CountTable build() {
            return new CountTable(this);
        }
    }
}
