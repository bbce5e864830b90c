package org.sendias.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.sendias.InvalidInputException;

/**
 * A published count as a percentage of a published base, or suppressed.
 *
 * <p>A percentage is suppressed when its numerator is suppressed, when its base is suppressed, or when its base is
 * below the table's threshold {@code k} (this includes a base of zero, where there is no percentage). A percentage of
 * two published values reveals nothing that the values do not, so no further suppression is needed.
 *
 * <p>The percentage is held exactly ({@link #numerator()} over {@link #base()}); {@link #rounded(int)} rounds it half
 * up for display.
 */
public final class Percentage {
    private final long numerator;
    private final long base;
    private final Suppression suppression;

    private Percentage(long numerator, long base, Suppression suppression) {
        this.numerator = numerator;
        this.base = base;
        this.suppression = suppression;
    }

    static Percentage of(PublishedTable.Value numerator, PublishedTable.Value base, int k) {
        if (numerator.isSuppressed()) {
            return new Percentage(-1, -1, Suppression.NUMERATOR_SUPPRESSED);
        }
        if (base.isSuppressed()) {
            return new Percentage(-1, -1, Suppression.BASE_SUPPRESSED);
        }
        long b = base.count().getAsLong();
        if (b < k) {
            return new Percentage(-1, -1, Suppression.BASE_BELOW_K);
        }
        return new Percentage(numerator.count().getAsLong(), b, null);
    }

    /** What a percentage is of. */
    public enum Base {
        /** The cell's row total (which includes the row's not-stated count). */
        ROW_TOTAL,
        /** The cell's column total. */
        COLUMN_TOTAL,
        /** The grand total. */
        GRAND_TOTAL
    }

    /** Why a percentage is suppressed. */
    public enum Suppression {
        /** The count it is of is suppressed. */
        NUMERATOR_SUPPRESSED,
        /** Its base is suppressed. */
        BASE_SUPPRESSED,
        /** Its base is published but below the threshold {@code k} (zero, in practice). */
        BASE_BELOW_K
    }

    /** @return whether the percentage is suppressed */
    public boolean isSuppressed() {
        return suppression != null;
    }

    /** @return why it is suppressed, or empty when it is published */
    public Optional<Suppression> suppression() {
        return Optional.ofNullable(suppression);
    }

    /**
     * @return the count it is of
     * @throws IllegalStateException when the percentage is suppressed
     */
    public long numerator() {
        requirePublished();
        return numerator;
    }

    /**
     * @return its base
     * @throws IllegalStateException when the percentage is suppressed
     */
    public long base() {
        requirePublished();
        return base;
    }

    /**
     * @param scale the number of decimal places, 0 to 10
     * @return the percentage rounded half up to that many places, or empty when suppressed
     * @throws InvalidInputException ({@code scale}) when the scale is out of range
     */
    public Optional<BigDecimal> rounded(int scale) {
        if (scale < 0 || scale > 10) {
            throw new InvalidInputException("scale", "must be from 0 to 10");
        }
        if (suppression != null) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(base), scale, RoundingMode.HALF_UP));
    }

    private void requirePublished() {
        if (suppression != null) {
            throw new IllegalStateException("the percentage is suppressed");
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Percentage)) {
            return false;
        }
        Percentage p = (Percentage) o;
        return numerator == p.numerator && base == p.base && suppression == p.suppression;
    }

    @Override
    public int hashCode() {
        return Objects.hash(numerator, base, suppression);
    }

    /** @return the percentage to one decimal place with a percent sign, or {@value PublishedTable#MARKER} */
    @Override
    public String toString() {
        return suppression != null ? PublishedTable.MARKER : rounded(1).orElseThrow().toPlainString() + "%";
    }
}
