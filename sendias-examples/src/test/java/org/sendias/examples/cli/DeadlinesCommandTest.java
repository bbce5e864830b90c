package org.sendias.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendias.deadline.ProcessType;
import org.sendias.deadline.Rule;

class DeadlinesCommandTest {
    static final String EXAMPLE = Cli.json("{'process': 'APPEAL', 'events': {'DECISION_NOTICE_SENT': '2026-06-15'}, "
        + "'asOf': '2026-07-01', 'exceptions': [{'rule': 'EHC_FINAL_PLAN', 'reason': 'ABSENT_FROM_AREA', "
        + "'from': '2026-03-01'}], 'parameters': {'transferKind': 'SCHOOL', 'transferYear': 2027}, "
        + "'schoolCalendar': {'terms': [{'start': '2026-09-03', 'end': '2026-10-23'}], "
        + "'closedDays': ['2026-10-09']}}");

    private static final String DISAPPLIED = Cli.json("{'process': 'EHC_NEEDS_ASSESSMENT', "
        + "'events': {'REQUEST_RECEIVED': '2026-01-05'}, 'asOf': '2026-03-02', "
        + "'exceptions': [{'rule': 'EHC_FINAL_PLAN', 'reason': 'ABSENT_FROM_AREA', 'from': '2026-03-01', "
        + "'to': null, 'recordedBy': 'caseworker-7', 'note': 'PRIVATE NOTE TEXT'}]}");

    @Test
    void theExampleScenarioMixingProcessesSucceeds() {
        Cli.Result result = Cli.run(EXAMPLE, "deadlines");

        assertEquals(0, result.status(), result.err());
        assertEquals("", result.err());
        assertTrue(result.out().endsWith("}\n"));
        JsonNode json = result.json();
        assertEquals(List.of("process", "calendar", "asOf", "deadlines", "notes"), keys(json));
        assertEquals("APPEAL", json.get("process").asText());
        assertEquals("2026-07-01", json.get("asOf").asText());
        assertTrue(json.get("calendar").asText().startsWith("england-and-wales@"));
        JsonNode registration = deadline(json, "APPEAL_REGISTRATION");
        assertEquals("2026-09-01", registration.get("due").asText());
        assertEquals("UPCOMING", registration.get("status").asText());
        assertEquals("2026-06-15", registration.get("triggers").get("DECISION_NOTICE_SENT").asText());
        assertFalse(registration.has("wouldHaveBeenDue"));
        assertFalse(registration.has("late"));
        assertTrue(registration.get("explanation").size() > 1);
        assertEquals(List.of("rule", "due", "status", "citation", "explanation", "triggers", "calendar"),
            keys(registration));
        assertEquals(1, json.get("notes").size());
        String note = json.get("notes").get(0).asText();
        assertTrue(note.contains("EHC_FINAL_PLAN") && note.contains("ignored"), note);
    }

    @Test
    void onlyStartedRulesAreListed() {
        JsonNode json = Cli.run(EXAMPLE, "deadlines").json();
        for (JsonNode d : json.get("deadlines")) {
            assertFalse(d.get("status").asText().equals("NOT_STARTED"));
        }
        assertTrue(json.get("deadlines").size() < Rule.of(ProcessType.APPEAL).size());
        deadline(json, "MEDIATION_ADVISER_CONTACT");
    }

    @Test
    void anArrayGivesAnArrayOfResultsInOrder() {
        String input = "[" + EXAMPLE + "," + DISAPPLIED + "]";
        Cli.Result result = Cli.run(input, "deadlines");

        assertEquals(0, result.status(), result.err());
        JsonNode json = result.json();
        assertTrue(json.isArray());
        assertEquals(2, json.size());
        assertEquals("APPEAL", json.get(0).get("process").asText());
        assertEquals("EHC_NEEDS_ASSESSMENT", json.get(1).get("process").asText());
    }

    @Test
    void anEmptyArrayGivesAnEmptyArray() {
        Cli.Result result = Cli.run("[]", "deadlines");
        assertEquals(0, result.status());
        assertEquals(0, result.json().size());
    }

    @Test
    void anAppliedExceptionDisappliesTheLimitAndHidesTheNote() {
        Cli.Result result = Cli.run(DISAPPLIED, "deadlines");

        assertEquals(0, result.status(), result.err());
        JsonNode finalPlan = deadline(result.json(), "EHC_FINAL_PLAN");
        assertEquals("DISAPPLIED", finalPlan.get("status").asText());
        assertFalse(finalPlan.has("due"));
        assertTrue(finalPlan.has("wouldHaveBeenDue"));
        JsonNode exception = finalPlan.get("exception");
        assertEquals("ABSENT_FROM_AREA", exception.get("reason").asText());
        assertEquals("2026-03-01", exception.get("from").asText());
        assertEquals("caseworker-7", exception.get("recordedBy").asText());
        assertFalse(exception.has("note"));
        assertFalse(exception.has("to"));
        assertFalse(result.out().contains("PRIVATE NOTE TEXT"));
        assertEquals(0, result.json().get("notes").size());
    }

    @Test
    void exclusionCountsTheSchoolCalendar() {
        String input = Cli.json("{'process': 'EXCLUSION', 'events': {'EXCLUSION_NOTICE_RECEIVED': '2026-09-28'}, "
            + "'asOf': '2026-10-01', 'schoolCalendar': {'terms': [{'start': '2026-09-03', 'end': '2026-10-23'}], "
            + "'closedDays': ['2026-10-09']}}");
        Cli.Result result = Cli.run(input, "deadlines");

        assertEquals(0, result.status(), result.err());
        JsonNode meeting = deadline(result.json(), "EXCLUSION_GOVERNORS_MEETING");
        // 15 school days after Monday 28 September, skipping weekends and the closure on Friday 9 October
        assertEquals("2026-10-20", meeting.get("due").asText());
        assertTrue(meeting.get("calendar").asText().startsWith("school-calendar:"));
    }

    @Test
    void serviceLevelUsesItsTargetsAndReportsLateCompletion() {
        String input = Cli.json("{'process': 'SERVICE_LEVEL', 'events': {'REFERRAL_RECEIVED': '2026-05-01', "
            + "'REFERRAL_ACKNOWLEDGED': '2026-05-08'}, 'asOf': '2026-05-10', "
            + "'parameters': {'acknowledgementWorkingDays': 3, 'firstAppointmentWorkingDays': 10, "
            + "'orderKind': 'AMEND_PLAN'}}");
        Cli.Result result = Cli.run(input, "deadlines");

        assertEquals(0, result.status(), result.err());
        JsonNode acknowledgement = deadline(result.json(), "SERVICE_ACKNOWLEDGEMENT");
        // 3 working days after Friday 1 May, skipping the early May bank holiday on Monday 4 May
        assertEquals("2026-05-07", acknowledgement.get("due").asText());
        assertEquals("MET", acknowledgement.get("status").asText());
        assertEquals("2026-05-08", acknowledgement.get("completedOn").asText());
        assertEquals("REFERRAL_ACKNOWLEDGED", acknowledgement.get("completedBy").asText());
        assertTrue(acknowledgement.get("late").asBoolean());
        assertEquals("2026-05-18", deadline(result.json(), "SERVICE_FIRST_APPOINTMENT").get("due").asText());
    }

    @Test
    void serviceTargetsAreIgnoredByOtherProcesses() {
        String input = Cli.json("{'process': 'APPEAL', 'events': {'DECISION_NOTICE_SENT': '2026-06-15'}, "
            + "'parameters': {'acknowledgementWorkingDays': 9}}");
        assertEquals(0, Cli.run(input, "deadlines").status());
    }

    @Test
    void theTransferStartsThePhaseTransferRuleOfAnAnnualReview() {
        String input = Cli.json("{'process': 'ANNUAL_REVIEW', 'events': {}, 'asOf': '2026-10-01', "
            + "'parameters': {'transferKind': 'SCHOOL', 'transferYear': 2027}}");
        JsonNode json = Cli.run(input, "deadlines").json();

        JsonNode transfer = deadline(json, "PHASE_TRANSFER_AMENDMENT");
        assertEquals("2027-02-14", transfer.get("due").asText());
        assertEquals(0, transfer.get("triggers").size());
    }

    @Test
    void theOrderKindStartsTheOrderRulesOfAnAppeal() {
        String input = Cli.json("{'process': 'APPEAL', 'events': {'TRIBUNAL_ORDER': '2026-06-01'}, "
            + "'asOf': '2026-06-02', 'parameters': {'orderKind': 'NAME_INSTITUTION'}}");
        Cli.Result result = Cli.run(input, "deadlines");

        assertEquals(0, result.status(), result.err());
        assertEquals("UPCOMING", deadline(result.json(), "ORDER_NAME_SCHOOL").get("status").asText());
    }

    @Test
    void asOfDefaultsToTodayInLondon() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST)
        Clock lateEvening = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC);
        String input = Cli.json("{'process': 'APPEAL', 'events': {'DECISION_NOTICE_SENT': '2026-06-15'}, "
            + "'asOf': null}");
        Cli.Result result = Cli.run(lateEvening,
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "deadlines");

        assertEquals("2026-07-01", result.json().get("asOf").asText());
    }

    @Test
    void noEventsGivesNoDeadlines() {
        JsonNode json = Cli.run(Cli.json("{'process': 'APPEAL', 'events': {}}"), "deadlines").json();
        assertEquals(0, json.get("deadlines").size());
        assertTrue(json.get("notes").isArray());
    }

    static JsonNode deadline(JsonNode result, String rule) {
        for (JsonNode d : result.get("deadlines")) {
            if (d.get("rule").asText().equals(rule)) {
                return d;
            }
        }
        throw new AssertionError(rule + " not in " + result);
    }

    static List<String> keys(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
