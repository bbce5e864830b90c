package org.sendias.deadline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guards the worked examples: every rule has a table-driven test tagged with its id and with its citation (as
 * {@code cite:} and the citation with every run of other characters than letters, digits and dots made a hyphen, because
 * JUnit tags may not contain spaces or brackets), holding at least two rows.
 */
class EveryRuleHasWorkedExamplesTest {
    private static final List<Class<?>> EXAMPLES = List.of(EhcNeedsAssessmentExamplesTest.class,
        AnnualReviewExamplesTest.class, ReassessmentAndTransferExamplesTest.class, AppealExamplesTest.class,
        ExclusionInformationServiceExamplesTest.class, CompulsorySchoolAgeTest.class);

    static String citationTag(Rule rule) {
        return "cite:" + rule.citation().replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("^-|-$", "");
    }

    @Test
    void everyRuleHasATableOfWorkedExamplesTaggedWithItsIdAndCitation() {
        Map<Rule, Integer> rows = new EnumMap<>(Rule.class);
        for (Class<?> type : EXAMPLES) {
            for (Method m : type.getDeclaredMethods()) {
                CsvSource table = m.getAnnotation(CsvSource.class);
                if (m.getAnnotation(ParameterizedTest.class) == null || table == null) {
                    continue;
                }
                Set<String> tags = tags(m);
                tags.addAll(tags(type));
                for (Rule rule : Rule.values()) {
                    if (tags.contains(rule.name()) && tags.contains(citationTag(rule))) {
                        rows.merge(rule, count(table), Integer::sum);
                    }
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            if (rows.getOrDefault(rule, 0) < 2) {
                missing.add(rule + " (" + citationTag(rule) + ")");
            }
        }
        assertTrue(missing.isEmpty(), "rules without at least two tagged worked examples: " + missing);
    }

    private static Set<String> tags(AnnotatedElement element) {
        Set<String> tags = new HashSet<>();
        for (Tag t : element.getAnnotationsByType(Tag.class)) {
            tags.add(t.value());
        }
        return tags;
    }

    private static int count(CsvSource table) {
        int rows = table.value().length;
        for (String line : table.textBlock().split("\n")) {
            if (!line.isBlank()) {
                rows++;
            }
        }
        return rows;
    }
}
