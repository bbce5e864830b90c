package org.sendias.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendias.equality.DisabilityStatus;
import org.sendias.equality.Ethnicity;
import org.sendias.equality.Gender;

class PublishedSurveyTest {
    private static final String COMMENT = "A private comment about the adviser";

    private static SurveyResponse response(int year, int score, Gender gender, boolean consent) {
        return new SurveyResponse(year, score, Optional.ofNullable(gender), Optional.of(DisabilityStatus.DISABLED),
            Optional.of(Ethnicity.WHITE_BRITISH), consent, Optional.of(COMMENT));
    }

    private static List<SurveyResponse> many(int year, int score, Gender gender, boolean consent, int n) {
        List<SurveyResponse> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(response(year, score, gender, consent));
        }
        return l;
    }

    @Test
    void meansArePublishedOnlyOverPublishedCounts_andTheChangeOnlyWhenBothMeansAre() throws IOException {
        List<SurveyResponse> now = new ArrayList<>();
        now.addAll(many(2026, 4, Gender.FEMALE, true, 10));
        now.addAll(many(2026, 3, Gender.FEMALE, true, 10));
        now.addAll(many(2026, 4, Gender.MALE, true, 6));
        now.addAll(many(2026, 1, Gender.MALE, true, 2));
        now.addAll(many(2026, 2, null, false, 5));
        List<SurveyResponse> before = new ArrayList<>(many(2025, 2, Gender.FEMALE, true, 8));
        before.addAll(many(2025, 4, Gender.FEMALE, true, 8));
        PublishedSurvey p = PublishedSurvey.of(SurveyResults.compute(now, 2026, before), SuppressionRule.standard());

        PublishedTable gender = p.tables().get(0).table();
        assertEquals("scores-by-gender", p.tables().get(0).code());
        assertEquals(List.of("score-0", "score-1", "score-2", "score-3", "score-4"), gender.rowLabels());
        assertTrue(gender.cell("score-1", "male").isSuppressed());
        assertEquals(OptionalLong.of(5), gender.notStated("score-2").count(), "no consent: not stated");
        assertEquals(OptionalLong.of(33), gender.grandTotal().count());
        // hiding the 2 men who scored 1 hides a cell of the women's column too, so neither mean is published
        assertTrue(gender.cell("score-4", "male").isSuppressed());
        assertTrue(gender.cell("score-4", "female").isSuppressed() || gender.cell("score-3", "female").isSuppressed());
        assertEquals(Optional.empty(), mean(p, "scores-by-gender.female"), "over a hidden count");
        assertEquals(Optional.empty(), mean(p, "scores-by-gender.male"), "over a hidden count");
        assertEquals(Optional.empty(), mean(p, "scores-by-gender.in-another-way"), "no responses");
        assertEquals(Optional.empty(), mean(p, "overall"), "the 2 who scored 1 are hidden in every table");
        assertEquals(Optional.of(new BigDecimal("3.00")), mean(p, "previous-year-overall"));
        assertEquals(Optional.empty(), p.meanChange());
        assertEquals(6, p.tables().size());

        StringWriter json = new StringWriter();
        ReportWriters.writeJson(p, json);
        StringWriter csv = new StringWriter();
        ReportWriters.writeCsv(p, csv);
        StringWriter html = new StringWriter();
        ReportWriters.writeHtml(p, html);
        for (String text : List.of(json.toString(), csv.toString(), html.toString())) {
            assertFalse(text.contains("private comment"), "comments never enter the results");
            assertTrue(text.contains("[c]"));
        }
        assertTrue(json.toString().contains("\"meanChange\" : \"[c]\""), json.toString());
        assertTrue(csv.toString().contains("means,previous-year-overall,mean,3.00\r\n"));
        assertTrue(csv.toString().contains("scores-by-gender,score-1,male,[c]\r\n"));
        assertTrue(html.toString().startsWith("<!DOCTYPE html>"));
    }

    @Test
    void withNoSmallCounts_theOverallMeanAndItsChangeArePublished() {
        List<SurveyResponse> now = new ArrayList<>(many(2026, 4, Gender.FEMALE, true, 10));
        now.addAll(many(2026, 2, Gender.MALE, true, 10));
        List<SurveyResponse> before = many(2025, 2, Gender.FEMALE, true, 20);
        PublishedSurvey p = PublishedSurvey.of(SurveyResults.compute(now, 2026, before), SuppressionRule.standard());
        assertEquals(Optional.of(new BigDecimal("3.00")), mean(p, "overall"));
        assertEquals(Optional.of(new BigDecimal("4.00")), mean(p, "scores-by-gender.female"));
        assertEquals(Optional.of(new BigDecimal("2.00")), mean(p, "scores-by-gender.male"));
        assertEquals(Optional.of(new BigDecimal("1.00")), p.meanChange());
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 55, 555})
    void randomSurveys_publishNoCountFromOneToKMinusOne(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Gender[] genders = Gender.values();
        List<SurveyResponse> responses = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            responses.add(response(2026, random.nextInt(5), genders[random.nextInt(genders.length)],
                random.nextInt(4) > 0));
        }
        int k = 3 + random.nextInt(5);
        PublishedSurvey p = PublishedSurvey.of(SurveyResults.compute(responses, 2026, List.of()),
            SuppressionRule.withThreshold(k));
        assertEquals(3, p.tables().size());
        for (PublishedReturn.Table t : p.tables()) {
            PublishedTable pt = t.table();
            for (String row : pt.rowLabels()) {
                for (String column : pt.columnLabels()) {
                    pt.cell(row, column).count().ifPresent(n -> assertFalse(n >= 1 && n < k, t.code()));
                }
                pt.notStated(row).count().ifPresent(n -> assertFalse(n >= 1 && n < k, t.code()));
                pt.rowTotal(row).count().ifPresent(n -> assertFalse(n >= 1 && n < k, t.code()));
            }
        }
    }

    private static Optional<BigDecimal> mean(PublishedSurvey p, String code) {
        return p.means().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow().mean();
    }
}
