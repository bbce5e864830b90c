package org.sendias.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input: exit status 2, one message naming the field on stderr, nothing on stdout. */
class BadInputTest {

    static Stream<Arguments> badInputs() {
        return Stream.of(
            bad("{'process': 'APPEAL', 'events': {'DECISION_NOTICE_SENT': '2026-02-30'}}",
                "events.DECISION_NOTICE_SENT: 2026-02-30 is not a valid date (expected YYYY-MM-DD)"),
            bad("{'process': 'APPEAL', 'events': {'DECISION_NOTICE_SENT': '15/06/2026'}}",
                "events.DECISION_NOTICE_SENT: \"15/06/2026\" is not a valid date"),
            bad("{'process': 'APEAL', 'events': {}}", "process: unknown process \"APEAL\"; expected one of "),
            bad("{'process': 'APPEAL', 'events': {'DECISION_NOTICE': '2026-06-15'}}",
                "events.DECISION_NOTICE: unknown event; the events of process APPEAL are "),
            bad("{'process': 'APPEAL', 'events': {'REQUEST_RECEIVED': '2026-06-15'}}",
                "events.REQUEST_RECEIVED: is not an event of process APPEAL"),
            bad("{'process': 'APPEAL', 'events': {}, 'exceptions': [{'rule': 'EHC_FINAL', "
                + "'reason': 'ABSENT_FROM_AREA', 'from': '2026-03-01'}]}", "exceptions[0].rule: unknown rule"),
            bad("{'process': 'APPEAL', 'events': {}, 'exceptions': [{'rule': 'EHC_FINAL_PLAN', "
                + "'reason': 'ABSENT', 'from': '2026-03-01'}]}", "exceptions[0].reason: unknown reason \"ABSENT\""),
            bad("{'process': 'APPEAL', 'events': {}, 'exceptions': [{'rule': 'EHC_FINAL_PLAN', "
                + "'reason': 'ABSENT_FROM_AREA'}]}", "exceptions[0].from: is required"),
            bad("{'process': 'APPEAL', 'events': {}, 'exceptions': [{'rule': 'EHC_FINAL_PLAN', "
                + "'reason': 'ABSENT_FROM_AREA', 'from': '2026-03-01', 'to': '2026-02-01'}]}",
                "exceptions[0].to: is before from"),
            bad("{'process': 'APPEAL', 'events': {}, 'exceptions': [{'rule': 'EHC_FINAL_PLAN', "
                + "'reason': 'ABSENT_FROM_AREA', 'from': '2026-03-01', 'note': 7}]}",
                "exceptions[0].note: expected a string, got an integer"),
            bad("{'events': {}}", "process: is required"),
            bad("{'process': 'APPEAL'}", "events: is required"),
            bad("{'process': 'APPEAL', 'events': null}", "events: is required"),
            bad("[{'process': 'APPEAL', 'events': {}}, {'process': 'APPEAL'}]", "[1].events: is required"),
            bad("{'process': 7, 'events': {}}", "process: expected a string, got an integer"),
            bad("{'process': 'APPEAL', 'events': []}", "events: expected an object of event names and dates"),
            bad("{'process': 'APPEAL', 'events': {'DECISION_NOTICE_SENT': 20260615}}",
                "events.DECISION_NOTICE_SENT: expected a date string (YYYY-MM-DD), got an integer"),
            bad("{'process': 'APPEAL', 'events': {}, 'asOf': true}", "asOf: expected a date string"),
            bad("{'process': 'APPEAL', 'events': {}, 'exceptions': {}}", "exceptions: expected an array"),
            bad("{'process': 'APPEAL', 'process': 'AGE', 'events': {}}", "process: duplicate key"),
            bad("{'process': 'APPEAL', 'events': {'DECISION_NOTICE_SENT': '2026-06-15', "
                + "'DECISION_NOTICE_SENT': '2026-06-16'}}", "events.DECISION_NOTICE_SENT: duplicate key"),
            bad("{'process': 'APPEAL', 'events': {}, 'colour': 'red'}", "colour: unknown field; expected one of "),
            bad("{'process': 'APPEAL', 'events': {}, 'exceptions': [{'rule': 'EHC_FINAL_PLAN', "
                + "'reason': 'ABSENT_FROM_AREA', 'from': '2026-03-01', 'until': '2026-04-01'}]}",
                "exceptions[0].until: unknown field"),
            bad("{'process': 'APPEAL', 'events': {}, 'parameters': {'transferKind': 'SCHOOL'}}",
                "parameters.transferYear: is required with parameters.transferKind"),
            bad("{'process': 'APPEAL', 'events': {}, 'parameters': {'transferYear': 2027}}",
                "parameters.transferKind: is required with parameters.transferYear"),
            bad("{'process': 'APPEAL', 'events': {}, 'parameters': {'transferKind': 'SCHOOL', "
                + "'transferYear': '2027'}}", "parameters.transferYear: expected an integer, got a string"),
            bad("{'process': 'APPEAL', 'events': {}, 'parameters': {'acknowledgementWorkingDays': 2.5}}",
                "parameters.acknowledgementWorkingDays: expected an integer"),
            bad("{'process': 'APPEAL', 'events': {}, 'parameters': {'firstAppointmentWorkingDays': 0}}",
                "parameters.firstAppointmentWorkingDays: must be from 1 to "),
            bad("{'process': 'EXCLUSION', 'events': {}, 'parameters': {'transferKind': 'SCHOOL', "
                + "'transferYear': 1900}}", "parameters.transferYear: must be from 1995 to 2099"),
            bad("{'process': 'APPEAL', 'events': {}, 'parameters': {'orderKind': 'AMEND'}}",
                "parameters.orderKind: unknown order kind \"AMEND\""),
            bad("{'process': 'APPEAL', 'events': {}, 'parameters': {'speed': 1}}", "parameters.speed: unknown field"),
            bad("{'process': 'APPEAL', 'events': {'TRIBUNAL_ORDER': '2026-06-01'}}", "parameters.orderKind: "),
            bad("{'process': 'EXCLUSION', 'events': {'EXCLUSION_NOTICE_RECEIVED': '2026-09-28'}}",
                "schoolCalendar: is required"),
            bad("{'process': 'EXCLUSION', 'events': {}, 'schoolCalendar': {'terms': [{'start': '2026-09-03', "
                + "'end': '2026-09-02'}]}}", "schoolCalendar.terms[0].end: "),
            bad("{'process': 'EXCLUSION', 'events': {}, 'schoolCalendar': {'terms': [{'start': '2026-09-03', "
                + "'end': '2026-10-23'}], 'closedDays': ['2026-11-02']}}", "schoolCalendar.closedDays[0]: "),
            bad("{'process': 'EXCLUSION', 'events': {}, 'schoolCalendar': {'closedDays': []}}",
                "schoolCalendar.terms: is required"),
            bad("{'process': 'EXCLUSION', 'events': {}, 'schoolCalendar': {'terms': [{'start': '2026-09-03'}]}}",
                "schoolCalendar.terms[0].end: is required"),
            bad("{'process': 'APPEAL', 'events': {'DECISION_NOTICE_SENT': '1990-01-01'}}",
                "events.DECISION_NOTICE_SENT: is outside the dates the calendar covers"),
            bad("{'process': 'APPEAL', 'events': {", "events: malformed JSON at line 1"),
            bad("{'process': 'APPEAL' 'events': {}}", "process: malformed JSON"),
            bad("", "input: is empty"),
            bad("{'process': 'APPEAL', 'events': {}} []", "input: unexpected content after the JSON value"),
            bad("'APPEAL'", "input: expected a scenario object or an array of them, got a string"),
            bad("[{'process': 'APPEAL', 'events': {}}, 42]", "[1]: expected a scenario object, got an integer"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputExitsWithOneMessageNamingTheField(String input, String expected) {
        Cli.Result result = Cli.run(input, "deadlines");

        assertEquals(2, result.status());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith(expected), () -> "expected " + expected + "\n     got " + result.err());
        assertTrue(result.err().endsWith("\n"));
        assertEquals(1, result.err().lines().count(), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @ParameterizedTest
    @MethodSource("badDatesOfBirth")
    void aDateOfBirthIsNeverEchoed(String input) {
        Cli.Result result = Cli.run(input, "deadlines");

        assertEquals(2, result.status());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("events.DATE_OF_BIRTH: "), result.err());
        assertFalse(result.err().contains("2010"), result.err());
    }

    static Stream<String> badDatesOfBirth() {
        return Stream.of(
            Cli.json("{'process': 'AGE', 'events': {'DATE_OF_BIRTH': '2010-02-30'}}"),
            Cli.json("{'process': 'AGE', 'events': {'DATE_OF_BIRTH': '30/01/2010'}}"),
            Cli.json("{'process': 'AGE', 'events': {'DATE_OF_BIRTH': 2010-01-30}}"),
            Cli.json("{'process': 'AGE', 'events': {'DATE_OF_BIRTH': '2010-01-30', 'DATE_OF_BIRTH': '2010-01-31'}}"),
            Cli.json("{'process': 'APPEAL', 'events': {'DATE_OF_BIRTH': '2010-01-30'}}"));
    }

    @Test
    void anErrorInTheSecondScenarioLeavesStdoutEmpty() {
        String input = "[" + DeadlinesCommandTest.EXAMPLE + ","
            + Cli.json("{'process': 'APPEAL', 'events': {'DECISION_NOTICE_SENT': '2026-02-30'}}") + "]";
        Cli.Result result = Cli.run(input, "deadlines");

        assertEquals(2, result.status());
        assertEquals("", result.out());
        assertEquals("[1].events.DECISION_NOTICE_SENT: 2026-02-30 is not a valid date (expected YYYY-MM-DD)\n",
            result.err());
    }

    @Test
    void anEngineErrorInAnArrayIsPrefixedWithItsIndex() {
        String input = "[" + DeadlinesCommandTest.EXAMPLE + ","
            + Cli.json("{'process': 'APPEAL', 'events': {'TRIBUNAL_ORDER': '2026-06-01'}}") + "]";
        Cli.Result result = Cli.run(input, "deadlines");

        assertEquals(2, result.status());
        assertTrue(result.err().startsWith("[1].parameters.orderKind: "), result.err());
    }

    private static Arguments bad(String singleQuotedInput, String expectedMessageStart) {
        return Arguments.of(Cli.json(singleQuotedInput), expectedMessageStart);
    }
}
