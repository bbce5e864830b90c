package org.sendias.equality;

import java.util.Objects;
import java.util.Optional;

/**
 * A person's equality monitoring answers, each optional (not asked, or not answered), each allowing "prefer not to
 * say", with their consent to the answers being counted in reports.
 *
 * <p>The answers are held whatever the consent, because the person gave them and may ask to see them. Reports take
 * them only through {@link #forReporting()}, which releases all of them when consent is given and none of them
 * otherwise, never a partial set; the component accessors are for the case itself (showing the person what they
 * answered, a subject access request). {@link #toString()} shows only which answers are present.
 *
 * @param ethnicity the ethnicity answer
 * @param gender the gender answer
 * @param disability the disability answer
 * @param firstLanguage the first language answer
 * @param reportingConsent the latest answer to whether the monitoring answers may be used in reports
 */
public record EqualityMonitoring(Optional<Ethnicity> ethnicity, Optional<GenderAnswer> gender,
        Optional<DisabilityStatus> disability, Optional<Language> firstLanguage,
        Optional<ReportingConsent> reportingConsent) {

    /** Nothing asked or answered yet. */
    public static final EqualityMonitoring NONE = new EqualityMonitoring(Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());

    /** Replaces missing components with empty ones. */
    public EqualityMonitoring {
        ethnicity = Objects.requireNonNullElse(ethnicity, Optional.empty());
        gender = Objects.requireNonNullElse(gender, Optional.empty());
        disability = Objects.requireNonNullElse(disability, Optional.empty());
        firstLanguage = Objects.requireNonNullElse(firstLanguage, Optional.empty());
        reportingConsent = Objects.requireNonNullElse(reportingConsent, Optional.empty());
    }

    /** @return whether the answers may be counted in reports: only when the latest consent answer gave consent */
    public boolean usableInReports() {
        return reportingConsent.map(ReportingConsent::given).orElse(false);
    }

    /**
     * @return all the answers (categories only, without a self-described gender) when {@link #usableInReports()};
     *     otherwise empty
     */
    public Optional<ReportableAnswers> forReporting() {
        if (!usableInReports()) {
            return Optional.empty();
        }
        return Optional.of(new ReportableAnswers(ethnicity, gender.map(GenderAnswer::gender), disability,
            firstLanguage));
    }

    /**
     * @param value the ethnicity answer
     * @return a copy with the answer
     */
    public EqualityMonitoring withEthnicity(Ethnicity value) {
        return new EqualityMonitoring(Optional.of(Objects.requireNonNull(value, "ethnicity")), gender, disability,
            firstLanguage, reportingConsent);
    }

    /**
     * @param value the gender answer
     * @return a copy with the answer
     */
    public EqualityMonitoring withGender(GenderAnswer value) {
        return new EqualityMonitoring(ethnicity, Optional.of(Objects.requireNonNull(value, "gender")), disability,
            firstLanguage, reportingConsent);
    }

    /**
     * @param value the disability answer
     * @return a copy with the answer
     */
    public EqualityMonitoring withDisability(DisabilityStatus value) {
        return new EqualityMonitoring(ethnicity, gender, Optional.of(Objects.requireNonNull(value, "disability")),
            firstLanguage, reportingConsent);
    }

    /**
     * @param value the first language answer
     * @return a copy with the answer
     */
    public EqualityMonitoring withFirstLanguage(Language value) {
        return new EqualityMonitoring(ethnicity, gender, disability,
            Optional.of(Objects.requireNonNull(value, "firstLanguage")), reportingConsent);
    }

    /**
     * @param value the latest answer about reporting consent, replacing any earlier one (a refusal withdraws consent)
     * @return a copy with the consent answer
     */
    public EqualityMonitoring withReportingConsent(ReportingConsent value) {
        return new EqualityMonitoring(ethnicity, gender, disability, firstLanguage,
            Optional.of(Objects.requireNonNull(value, "reportingConsent")));
    }

    /** @return which components are present, never their values */
    @Override
    public String toString() {
        return "EqualityMonitoring[ethnicity=" + present(ethnicity) + ", gender=" + present(gender) + ", disability="
            + present(disability) + ", firstLanguage=" + present(firstLanguage) + ", reportingConsent="
            + present(reportingConsent) + "]";
    }

    private static String present(Optional<?> value) {
        return value.isPresent() ? "present" : "absent";
    }
}
