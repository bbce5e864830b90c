package org.sendias.reporting;

import java.util.Objects;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.equality.DisabilityStatus;
import org.sendias.equality.Ethnicity;
import org.sendias.equality.Gender;
import org.sendias.internal.Validation;

/**
 * One answer to the annual satisfaction survey: a score from 0 (not at all satisfied) to 4 (very satisfied), the
 * respondent's optional monitoring answers, and an optional comment.
 *
 * <p>The monitoring answers are counted in {@link SurveyResults} only when {@code monitoringConsent} is true;
 * otherwise the response counts in the totals and as "not stated". The comment is free text: it is held here for
 * the service to read and never enters a figure. {@link #toString()} shows the year and score only.
 *
 * @param year the survey's year
 * @param score the score, 0 to 4
 * @param gender the gender answer, if given
 * @param disability the disability answer, if given
 * @param ethnicity the ethnicity answer, if given
 * @param monitoringConsent whether the respondent agreed to the monitoring answers being used in reports
 * @param comment the respondent's comment, at most {@value #MAX_COMMENT_LENGTH} characters
 */
public record SurveyResponse(int year, int score, Optional<Gender> gender, Optional<DisabilityStatus> disability,
        Optional<Ethnicity> ethnicity, boolean monitoringConsent, Optional<String> comment) {

    /** The highest score. */
    public static final int MAX_SCORE = 4;
    /** The longest comment accepted. */
    public static final int MAX_COMMENT_LENGTH = 4000;

    /** Validates the response. */
    public SurveyResponse {
        if (year < ReportingPeriod.MIN_YEAR || year > ReportingPeriod.MAX_YEAR) {
            throw new InvalidInputException("year", "must be from " + ReportingPeriod.MIN_YEAR + " to "
                + ReportingPeriod.MAX_YEAR);
        }
        if (score < 0 || score > MAX_SCORE) {
            throw new InvalidInputException("score", "must be from 0 to " + MAX_SCORE);
        }
        gender = Objects.requireNonNullElse(gender, Optional.empty());
        disability = Objects.requireNonNullElse(disability, Optional.empty());
        ethnicity = Objects.requireNonNullElse(ethnicity, Optional.empty());
        comment = Validation.optionalText(comment, "comment", MAX_COMMENT_LENGTH);
    }

    /**
     * @param year the survey's year
     * @param score the score, 0 to 4
     * @return a response with a score only
     */
    public static SurveyResponse score(int year, int score) {
        return new SurveyResponse(year, score, Optional.empty(), Optional.empty(), Optional.empty(), false,
            Optional.empty());
    }

    /** Shows the year and score; never the monitoring answers or the comment. */
    @Override
    public String toString() {
        return "SurveyResponse[" + year + ", score " + score + "]";
    }
}
