package org.sendias.reporting;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.sendias.InvalidInputException;
import org.sendias.equality.DisabilityStatus;
import org.sendias.equality.EthnicGroup;
import org.sendias.equality.Gender;

/**
 * The annual satisfaction survey's results: the distribution of scores overall and by gender, disability and ethnic
 * group, and the same for the year before with the change in the mean score. No comment enters the results.
 *
 * @param year the survey's year
 * @param overall every response
 * @param byGender by gender ("prefer not to say" and unconsented answers are not stated)
 * @param byDisability by disability
 * @param byEthnicity by ONS ethnic group
 * @param previousYear the year before's results, if it had any responses
 */
public record SurveyResults(int year, ScoreDistribution overall, ScoresBy<Gender> byGender,
        ScoresBy<DisabilityStatus> byDisability, ScoresBy<EthnicGroup> byEthnicity,
        Optional<SurveyResults> previousYear) {

    /** Checks that every part is present. */
    public SurveyResults {
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(byGender, "byGender");
        Objects.requireNonNull(byDisability, "byDisability");
        Objects.requireNonNull(byEthnicity, "byEthnicity");
        previousYear = Objects.requireNonNullElse(previousYear, Optional.empty());
    }

    /**
     * @param responses this year's responses, every one for {@code year}
     * @param year the survey's year
     * @param previousYearResponses the year before's responses, every one for {@code year - 1}; empty if there was no
     *     survey
     * @return the results
     * @throws InvalidInputException if a response is for another year
     */
    public static SurveyResults compute(Collection<SurveyResponse> responses, int year,
            Collection<SurveyResponse> previousYearResponses) {
        Objects.requireNonNull(previousYearResponses, "previousYearResponses");
        Optional<SurveyResults> previous = previousYearResponses.isEmpty() ? Optional.empty()
            : Optional.of(tally(previousYearResponses, year - 1, "previousYearResponses", Optional.empty()));
        return tally(responses, year, "responses", previous);
    }

    /** @return this year's mean score minus last year's, to two decimal places; empty if either has no responses */
    public Optional<BigDecimal> meanChange() {
        Optional<BigDecimal> now = overall.mean();
        Optional<BigDecimal> before = previousYear.flatMap(p -> p.overall().mean());
        return now.isPresent() && before.isPresent() ? Optional.of(now.get().subtract(before.get()))
            : Optional.empty();
    }

    private static SurveyResults tally(Collection<SurveyResponse> responses, int year, String field,
            Optional<SurveyResults> previous) {
        Objects.requireNonNull(responses, field);
        ScoreDistribution overall = ScoreDistribution.EMPTY;
        for (SurveyResponse r : responses) {
            if (r == null) {
                throw new InvalidInputException(field, "a response is missing");
            }
            if (r.year() != year) {
                throw new InvalidInputException(field, "a response is for " + r.year() + ", not " + year);
            }
            overall = overall.plus(r.score());
        }
        return new SurveyResults(year, overall,
            by(responses, Gender.class, r -> r.gender().filter(g -> g != Gender.PREFER_NOT_TO_SAY)),
            by(responses, DisabilityStatus.class, r -> r.disability()
                .filter(d -> d != DisabilityStatus.PREFER_NOT_TO_SAY)),
            by(responses, EthnicGroup.class, r -> r.ethnicity().map(e -> e.group())
                .filter(g -> g != EthnicGroup.PREFER_NOT_TO_SAY)),
            previous);
    }

    private static <K extends Enum<K>> ScoresBy<K> by(Collection<SurveyResponse> responses, Class<K> type,
            Function<SurveyResponse, Optional<K>> category) {
        Map<K, ScoreDistribution> map = new LinkedHashMap<>();
        for (K k : type.getEnumConstants()) {
            if (!k.name().equals("PREFER_NOT_TO_SAY")) {
                map.put(k, ScoreDistribution.EMPTY);
            }
        }
        ScoreDistribution notStated = ScoreDistribution.EMPTY;
        for (SurveyResponse r : responses) {
            Optional<K> k = r.monitoringConsent() ? category.apply(r) : Optional.empty();
            if (k.isPresent()) {
                map.put(k.get(), map.get(k.get()).plus(r.score()));
            } else {
                notStated = notStated.plus(r.score());
            }
        }
        return new ScoresBy<>(map, notStated);
    }
}
