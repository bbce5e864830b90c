package org.sendias.equality;

import java.util.Objects;
import java.util.Optional;

/**
 * The monitoring answers a report may count, released by {@link EqualityMonitoring#forReporting()} only with consent:
 * categories only, never a self-described text. An empty component means the question was not answered.
 *
 * @param ethnicity the ethnicity answer
 * @param gender the gender answer's category
 * @param disability the disability answer
 * @param firstLanguage the first language answer
 */
public record ReportableAnswers(Optional<Ethnicity> ethnicity, Optional<Gender> gender,
        Optional<DisabilityStatus> disability, Optional<Language> firstLanguage) {

    /** Replaces missing components with empty ones. */
    public ReportableAnswers {
        ethnicity = Objects.requireNonNullElse(ethnicity, Optional.empty());
        gender = Objects.requireNonNullElse(gender, Optional.empty());
        disability = Objects.requireNonNullElse(disability, Optional.empty());
        firstLanguage = Objects.requireNonNullElse(firstLanguage, Optional.empty());
    }

    /** @return which answers are present, never their values (they are personal data) */
    @Override
    public String toString() {
        return "ReportableAnswers[ethnicity=" + present(ethnicity) + ", gender=" + present(gender) + ", disability="
            + present(disability) + ", firstLanguage=" + present(firstLanguage) + "]";
    }

    private static String present(Optional<?> value) {
        return value.isPresent() ? "present" : "absent";
    }
}
