package org.sendias.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendias.InvalidInputException;
import org.sendias.equality.DisabilityStatus;
import org.sendias.equality.EthnicGroup;
import org.sendias.equality.Ethnicity;
import org.sendias.equality.Gender;

class SurveyResultsTest {
    private static SurveyResponse response(int year, int score, Gender gender, boolean consent, String comment) {
        return new SurveyResponse(year, score, Optional.ofNullable(gender), Optional.of(DisabilityStatus.DISABLED),
            Optional.of(Ethnicity.INDIAN), consent, Optional.ofNullable(comment));
    }

    @Test
    void distributionByCategory_meanAndChangeFromThePreviousYear() {
        List<SurveyResponse> now = List.of(response(2026, 4, Gender.FEMALE, true, "Very helpful, thank you Anna"),
            response(2026, 3, Gender.MALE, true, null), response(2026, 2, Gender.FEMALE, false, null),
            response(2026, 4, Gender.PREFER_NOT_TO_SAY, true, null));
        List<SurveyResponse> before = List.of(SurveyResponse.score(2025, 2), SurveyResponse.score(2025, 3));
        SurveyResults r = SurveyResults.compute(now, 2026, before);
        assertEquals(List.of(0L, 0L, 1L, 1L, 2L), r.overall().counts());
        assertEquals(Optional.of(new BigDecimal("3.25")), r.overall().mean());
        assertEquals(Optional.of(new BigDecimal("0.75")), r.meanChange());
        assertEquals(1, r.byGender().byCategory().get(Gender.FEMALE).total(), "the unconsented one is not stated");
        assertEquals(2, r.byGender().notStated().total());
        assertEquals(3, r.byDisability().byCategory().get(DisabilityStatus.DISABLED).total());
        assertEquals(3, r.byEthnicity().byCategory().get(EthnicGroup.ASIAN).total());
        assertEquals(Optional.of(new BigDecimal("2.50")), r.previousYear().orElseThrow().overall().mean());
        assertFalse(r.toString().contains("Anna"));
        assertFalse(now.get(0).toString().contains("Anna"));
    }

    @Test
    void badInput_isRefused() {
        assertEquals("score", assertThrows(InvalidInputException.class, () -> SurveyResponse.score(2026, 5)).field());
        assertEquals("responses", assertThrows(InvalidInputException.class, () -> SurveyResults.compute(
            List.of(SurveyResponse.score(2025, 1)), 2026, List.of())).field());
        assertEquals("previousYearResponses", assertThrows(InvalidInputException.class, () -> SurveyResults.compute(
            List.of(), 2026, List.of(SurveyResponse.score(2026, 1)))).field());
        assertEquals(Optional.empty(), SurveyResults.compute(List.of(), 2026, List.of()).meanChange());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void generatedResponses_addUp_andNoCommentLeaks(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SurveyResponse> now = new ArrayList<>();
        List<SurveyResponse> before = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int year = random.nextBoolean() ? 2026 : 2025;
            SurveyResponse r = new SurveyResponse(year, random.nextInt(5),
                pick(random, Gender.values()), pick(random, DisabilityStatus.values()),
                pick(random, Ethnicity.values()), random.nextBoolean(),
                random.nextBoolean() ? Optional.of("secret comment " + i) : Optional.empty());
            (year == 2026 ? now : before).add(r);
        }
        SurveyResults results = SurveyResults.compute(now, 2026, before);
        assertEquals(now.size(), results.overall().total());
        assertEquals(now.size(), results.byGender().total());
        assertEquals(now.size(), results.byDisability().total());
        assertEquals(now.size(), results.byEthnicity().total());
        BigDecimal mean = results.overall().mean().orElseThrow();
        assertFalse(mean.signum() < 0 || mean.compareTo(BigDecimal.valueOf(4)) > 0);
        assertFalse(results.toString().contains("secret comment"));
    }

    private static <T> Optional<T> pick(SplittableRandom random, T[] values) {
        int i = random.nextInt(values.length + 1);
        return i == values.length ? Optional.empty() : Optional.of(values[i]);
    }
}
