package org.sendias.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Percentages to one decimal place, rounded half up; none of nothing. */
final class Percentages {
    private Percentages() {
    }

    static Optional<BigDecimal> of(long part, long whole) {
        if (whole <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }
}
