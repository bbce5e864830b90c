package org.sendias.impartiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendias.InvalidInputException;
import org.sendias.deadline.Rule;

/** The closed set of routes, their plain-English descriptions and their legal basis. */
class RouteTest {

    @Test
    void theClosedSetCoversEveryRouteTheGuidanceNames() {
        Set<Route> expected = EnumSet.of(Route.INFORMAL_RESOLUTION, Route.MEETING_WITH_SCHOOL_OR_SETTING,
            Route.EHC_NEEDS_ASSESSMENT_REQUEST, Route.SCHOOL_COMPLAINT, Route.LOCAL_AUTHORITY_COMPLAINT,
            Route.HEALTH_COMPLAINT, Route.DISAGREEMENT_RESOLUTION, Route.MEDIATION, Route.TRIBUNAL_APPEAL,
            Route.DISABILITY_DISCRIMINATION_CLAIM, Route.EXCLUSION_REVIEW, Route.JUDICIAL_REVIEW,
            Route.OMBUDSMAN_COMPLAINT, Route.SECRETARY_OF_STATE_COMPLAINT);
        assertEquals(expected, EnumSet.allOf(Route.class));
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void everyRouteHasALabelADescriptionAndALegalBasis(Route route) {
        assertFalse(route.label().isBlank());
        assertTrue(route.description().length() > 80, "a description a caseworker can read out: " + route);
        assertFalse(route.legalBasis().isEmpty(), route + " rests on the law");
        assertThrows(UnsupportedOperationException.class, () -> route.legalBasis().add(LegalBasis.cite("x")));
    }

    static Stream<Arguments> data_routesWithTimeLimits() {
        return Stream.of(
            Arguments.of(Route.TRIBUNAL_APPEAL, List.of(Rule.APPEAL_REGISTRATION)),
            Arguments.of(Route.MEDIATION, List.of(Rule.MEDIATION_ADVISER_CONTACT)),
            Arguments.of(Route.DISABILITY_DISCRIMINATION_CLAIM, List.of(Rule.DISCRIMINATION_CLAIM)),
            Arguments.of(Route.JUDICIAL_REVIEW, List.of(Rule.JUDICIAL_REVIEW)),
            Arguments.of(Route.OMBUDSMAN_COMPLAINT, List.of(Rule.OMBUDSMAN_COMPLAINT)),
            Arguments.of(Route.EXCLUSION_REVIEW,
                List.of(Rule.EXCLUSION_GOVERNORS_MEETING, Rule.INDEPENDENT_REVIEW_APPLICATION)),
            Arguments.of(Route.EHC_NEEDS_ASSESSMENT_REQUEST, List.of(Rule.EHC_DECISION_TO_ASSESS)),
            Arguments.of(Route.INFORMAL_RESOLUTION, List.of()),
            Arguments.of(Route.DISAGREEMENT_RESOLUTION, List.of()),
            Arguments.of(Route.SECRETARY_OF_STATE_COMPLAINT, List.of()));
    }

    @ParameterizedTest
    @MethodSource("data_routesWithTimeLimits")
    void aRouteWithAStatutoryTimeLimitCitesTheDeadlineEnginesRule(Route route, List<Rule> rules) {
        assertEquals(rules, route.rules());
        for (Rule rule : rules) {
            assertTrue(route.legalBasis().contains(LegalBasis.of(rule)), route + " cites " + rule);
        }
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void everyCitationLinkedToARuleIsThatRulesOwnCitation(Route route) {
        for (LegalBasis basis : route.legalBasis()) {
            basis.rule().ifPresent(rule -> assertEquals(rule.citation(), basis.citation()));
        }
    }

    static Stream<Arguments> data_statutoryCitations() {
        return Stream.of(
            Arguments.of(Route.DISAGREEMENT_RESOLUTION, "Children and Families Act 2014 s.57"),
            Arguments.of(Route.DISAGREEMENT_RESOLUTION, "SEND Code of Practice 0-25 (2015) paras 11.6-11.10"),
            Arguments.of(Route.SECRETARY_OF_STATE_COMPLAINT, "Education Act 1996 ss.496, 497"),
            Arguments.of(Route.SCHOOL_COMPLAINT, "Education Act 2002 s.29(1) (maintained schools)"),
            Arguments.of(Route.EXCLUSION_REVIEW, "Education Act 2002 s.51A"),
            Arguments.of(Route.TRIBUNAL_APPEAL, "Children and Families Act 2014 s.51"),
            Arguments.of(Route.MEETING_WITH_SCHOOL_OR_SETTING, "SEND Code of Practice 0-25 (2015) para 6.65"),
            Arguments.of(Route.EHC_NEEDS_ASSESSMENT_REQUEST, "Children and Families Act 2014 s.36(1)"));
    }

    @ParameterizedTest
    @MethodSource("data_statutoryCitations")
    void aRouteWithoutATimeLimitCitesItsStatuteOrCodeParagraph(Route route, String citation) {
        assertTrue(route.legalBasis().contains(LegalBasis.cite(citation)), route + " cites " + citation);
    }

    @Test
    void routeNamesAreStableForStorage() {
        assertEquals(14, Route.values().length);
        assertEquals(Route.TRIBUNAL_APPEAL, Route.valueOf("TRIBUNAL_APPEAL"));
        assertTrue(Arrays.stream(Route.values()).map(Route::label).distinct().count() == Route.values().length);
    }

    @Test
    void aLegalBasisNeedsACitation() {
        InvalidInputException blank = assertThrows(InvalidInputException.class, () -> LegalBasis.cite("  "));
        assertEquals("legalBasis.citation", blank.field());
        assertThrows(InvalidInputException.class, () -> LegalBasis.cite(null));
        assertThrows(InvalidInputException.class, () -> LegalBasis.cite("x".repeat(301)));
        assertEquals("Education Act 1996 s.496", LegalBasis.cite("  Education Act 1996 s.496 ").citation());
    }

    @Test
    void aLegalBasisLinkedToARuleMustUseTheRulesCitation() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> new LegalBasis("Some other source", Optional.of(Rule.JUDICIAL_REVIEW)));
        assertEquals("legalBasis.citation", e.field());
        assertTrue(e.problem().contains("Civil Procedure Rules r.54.5(1)"), e.problem());
        assertEquals(Optional.of(Rule.JUDICIAL_REVIEW), LegalBasis.of(Rule.JUDICIAL_REVIEW).rule());
        assertEquals(Optional.empty(), new LegalBasis("Education Act 1996 s.496", null).rule());
    }
}
