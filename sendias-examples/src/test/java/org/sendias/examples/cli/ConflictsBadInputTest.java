package org.sendias.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input to {@code conflicts}: exit status 2, one message naming the field on stderr, nothing on stdout. */
class ConflictsBadInputTest {
    private static final String PARTY = "'parties': [{'role': 'PARENT', 'person': 'Jane Doe'}]";
    private static final String PERSON = "{'adviser': 'A1', 'person': 'Jane Doe', 'relationship': 'sister'}";

    static Stream<Arguments> badInputs() {
        return Stream.of(
            // the check
            bad("{" + PARTY + "}", "adviser: is required"),
            bad("{'adviser': null, " + PARTY + "}", "adviser: is required"),
            bad("{'adviser': 7, " + PARTY + "}", "adviser: expected a string, got an integer"),
            bad("{'adviser': 'A 1', " + PARTY + "}", "adviser: must be 1 to 128 printable characters"),
            bad("{'adviser': 'A1'}", "parties: is required"),
            bad("{'adviser': 'A1', 'parties': {}}", "parties: expected an array, got an object"),
            bad("{'adviser': 'A1', 'asOf': '2026-02-30', " + PARTY + "}", "asOf: 2026-02-30 is not a valid date"),
            bad("{'adviser': 'A1', 'case': 'C1', " + PARTY + "}", "case: unknown field; expected one of adviser, "),
            bad("'A1'", "input: expected a check object or an array of them, got a string"),
            bad("[{'adviser': 'A1', " + PARTY + "}, 42]", "[1]: expected a check object, got an integer"),
            bad("[{'adviser': 'A1', " + PARTY + "}, {" + PARTY + "}]", "[1].adviser: is required"),
            // parties
            bad("{'adviser': 'A1', 'parties': [{'role': 'GRANDPARENT', 'person': 'Jane Doe'}]}",
                "parties[0].role: unknown role \"GRANDPARENT\"; expected a person's role (PARENT, "),
            bad("{'adviser': 'A1', 'parties': [{'person': 'Jane Doe'}]}", "parties[0].role: is required"),
            bad("{'adviser': 'A1', 'parties': [{'role': 'PARENT'}]}", "parties[0].person: is required"),
            bad("{'adviser': 'A1', 'parties': [{'role': 'PARENT', 'person': ' '}]}", "parties[0].person: is required"),
            bad("{'adviser': 'A1', 'parties': [{'role': 'PARENT', 'person': 'Dr'}]}",
                "parties[0].person: must contain a name in letters"),
            bad("{'adviser': 'A1', 'parties': [{'role': 'PARENT', 'organisation': {'name': 'Hill Primary'}}]}",
                "parties[0].organisation: is for an organisation party; role PARENT is a person's"),
            bad("{'adviser': 'A1', 'parties': [{'role': 'SCHOOL', 'person': 'Jane Doe'}]}",
                "parties[0].person: is for a person party; role SCHOOL is an organisation's"),
            bad("{'adviser': 'A1', 'parties': [{'role': 'SCHOOL'}]}", "parties[0].organisation: is required"),
            bad("{'adviser': 'A1', 'parties': [{'role': 'SCHOOL', 'organisation': 'Hill Primary'}]}",
                "parties[0].organisation: expected an object, got a string"),
            bad("{'adviser': 'A1', 'parties': [{'role': 'SCHOOL', 'organisation': {'urn': '100001'}}]}",
                "parties[0].organisation.name: is required"),
            bad("{'adviser': 'A1', 'parties': [{'role': 'SCHOOL', 'organisation': {'name': 'Hill', "
                + "'urn': '12345'}}]}", "parties[0].organisation.urn: a URN must be 6 digits, got \"12345\""),
            bad("{'adviser': 'A1', 'parties': [{'role': 'SCHOOL', 'organisation': {'name': 'Hill', "
                + "'urn': 100001}}]}", "parties[0].organisation.urn: expected a string, got an integer"),
            bad("{'adviser': 'A1', 'parties': [{'role': 'COLLEGE', 'organisation': {'name': 'Hill', "
                + "'urn': '100001', 'ukprn': '10000001'}}]}", "parties[0].organisation.ukprn: give at most one "),
            bad("{'adviser': 'A1', 'parties': [{'role': 'HEALTH_BODY', 'organisation': {'name': 'Hill', "
                + "'ods': 'r1'}}]}", "parties[0].organisation.ods: a ODS must be 3 to 5 capital letters or digits"),
            bad("{'adviser': 'A1', 'parties': [{'role': 'SCHOOL', 'organisation': {'name': 'Hill', "
                + "'kind': 'SCHOOL'}}]}", "parties[0].organisation.kind: unknown field"),
            // declarations
            bad("{'adviser': 'A1', 'declarations': [{'adviser': 'A1', 'person': 'Jane Doe', "
                + "'relationship': 'bestie'}], " + PARTY + "}",
                "declarations[0].relationship: unknown relationship \"bestie\"; expected a word such as sister"),
            bad("{'adviser': 'A1', 'declarations': [" + PERSON + ", {'adviser': 'A2', 'person': 'Jane Doe', "
                + "'relationship': 'sister'}], " + PARTY + "}",
                "declarations[1].adviser: is \"A2\" but the check is for adviser \"A1\""),
            bad("{'adviser': 'A1', 'declarations': [{'person': 'Jane Doe', 'relationship': 'sister'}], " + PARTY + "}",
                "declarations[0].adviser: is required"),
            bad("{'adviser': 'A1', 'declarations': [{'adviser': 'A1', 'person': 'Jane Doe', 'relationship': 'sister', "
                + "'organisation': {'name': 'Hill Primary'}, 'role': 'GOVERNOR'}], " + PARTY + "}",
                "declarations[0].organisation: give either person or organisation, not both"),
            bad("{'adviser': 'A1', 'declarations': [{'adviser': 'A1', 'relationship': 'sister'}], " + PARTY + "}",
                "declarations[0]: needs either person (with relationship) or organisation (with role)"),
            bad("{'adviser': 'A1', 'declarations': [{'adviser': 'A1', 'person': 'Jane Doe'}], " + PARTY + "}",
                "declarations[0].relationship: is required with person"),
            bad("{'adviser': 'A1', 'declarations': [{'adviser': 'A1', 'person': 'Jane Doe', 'relationship': 'sister', "
                + "'role': 'GOVERNOR'}], " + PARTY + "}", "declarations[0].role: is for an organisation"),
            bad("{'adviser': 'A1', 'declarations': [{'adviser': 'A1', 'organisation': {'name': 'Hill Primary'}}], "
                + PARTY + "}", "declarations[0].role: is required with organisation"),
            bad("{'adviser': 'A1', 'declarations': [{'adviser': 'A1', 'organisation': {'name': 'Hill Primary'}, "
                + "'role': 'CHAIR'}], " + PARTY + "}", "declarations[0].role: unknown role \"CHAIR\"; expected one of "
                + "EMPLOYEE, FORMER_EMPLOYEE, "),
            bad("{'adviser': 'A1', 'declarations': [{'adviser': 'A1', 'organisation': {'name': 'Hill Primary'}, "
                + "'role': 'GOVERNOR', 'relationship': 'sister'}], " + PARTY + "}",
                "declarations[0].relationship: is for a person"),
            bad("{'adviser': 'A1', 'declarations': [{'adviser': 'A1', 'organisation': {'name': 'Hill Primary', "
                + "'urn': '1000011'}, 'role': 'GOVERNOR'}], " + PARTY + "}",
                "declarations[0].organisation.urn: a URN must be 6 digits"),
            bad("{'adviser': 'A1', 'declarations': [{'adviser': 'A1', 'organisation': {'name': 'Hill Primary'}, "
                + "'role': 'FORMER_EMPLOYEE'}], " + PARTY + "}", "declarations[0].endedOn: is required for a "
                + "FORMER_EMPLOYEE"),
            bad("{'adviser': 'A1', 'declarations': [{'adviser': 'A1', 'organisation': {'name': 'Hill Primary'}, "
                + "'role': 'GOVERNOR', 'endedOn': '2025-01-01'}], " + PARTY + "}",
                "declarations[0].endedOn: is only for role FORMER_EMPLOYEE"),
            bad("{'adviser': 'A1', 'declarations': [{'adviser': 'A1', 'person': 'Jane Doe', 'relationship': 'sister', "
                + "'from': '2026-03-01', 'until': '2026-02-01'}], " + PARTY + "}",
                "declarations[0].until: must not be before from"),
            bad("{'adviser': 'A1', 'declarations': [{'adviser': 'A1', 'person': 'Jane Doe', 'relationship': 'sister', "
                + "'from': '01/03/2026'}], " + PARTY + "}", "declarations[0].from: \"01/03/2026\" is not a valid date"),
            bad("{'adviser': 'A1', 'declarations': [{'adviser': 'A1', 'person': 'Jane Doe', 'relationship': 'sister', "
                + "'note': ' '}], " + PARTY + "}", "declarations[0].note: must not be blank when given"),
            bad("{'adviser': 'A1', 'declarations': {}, " + PARTY + "}", "declarations: expected an array"),
            // gifts
            bad("{'adviser': 'A1', 'gifts': [{'from': 'Hill Primary', 'value': 'thirty', 'decision': 'ACCEPTED', "
                + "'offeredOn': '2026-05-01'}], " + PARTY + "}",
                "gifts[0].value: expected an amount in pounds such as \"30.00\""),
            bad("{'adviser': 'A1', 'gifts': [{'from': 'Hill Primary', 'value': '-5', 'decision': 'ACCEPTED', "
                + "'offeredOn': '2026-05-01'}], " + PARTY + "}", "gifts[0].value: must not be negative"),
            bad("{'adviser': 'A1', 'gifts': [{'from': 'Hill Primary', 'value': '30.001', 'decision': 'ACCEPTED', "
                + "'offeredOn': '2026-05-01'}], " + PARTY + "}", "gifts[0].value: must be in pounds and pence"),
            bad("{'adviser': 'A1', 'gifts': [{'from': 'Hill Primary', 'value': '30.00', 'decision': 'KEPT', "
                + "'offeredOn': '2026-05-01'}], " + PARTY + "}",
                "gifts[0].decision: unknown decision \"KEPT\"; expected one of ACCEPTED, DECLINED"),
            bad("{'adviser': 'A1', 'gifts': [{'from': 'Hill Primary', 'value': '30.00', 'decision': 'ACCEPTED'}], "
                + PARTY + "}", "gifts[0].offeredOn: is required"),
            bad("{'adviser': 'A1', 'gifts': [{'value': '30.00', 'decision': 'ACCEPTED', "
                + "'offeredOn': '2026-05-01'}], " + PARTY + "}", "gifts[0].from: is required"),
            bad("{'adviser': 'A1', 'gifts': [{'from': 'Hill Primary', 'urn': 'x', 'value': '30.00', "
                + "'decision': 'ACCEPTED', 'offeredOn': '2026-05-01'}], " + PARTY + "}",
                "gifts[0].urn: a URN must be 6 digits"),
            // host
            bad("{'adviser': 'A1', 'host': {'name': 'Camden Council'}, " + PARTY + "}", "host.services: is required"),
            bad("{'adviser': 'A1', 'host': {'services': []}, " + PARTY + "}", "host.name: is required"),
            bad("{'adviser': 'A1', 'host': {'name': 'Camden Council', 'services': [{'name': 'SEN', "
                + "'laCode': '20'}]}, " + PARTY + "}", "host.services[0].laCode: a LA_CODE must be 3 digits"),
            // JSON itself
            bad("{'adviser': 'A1', 'parties': [", "parties[0]: malformed JSON at line 1"),
            bad("{'adviser': 'A1' " + PARTY + "}", "adviser: malformed JSON"),
            bad("", "input: is empty"),
            bad("{'adviser': 'A1', " + PARTY + "} []", "input: unexpected content after the JSON value"),
            bad("{'adviser': 'A1', 'adviser': 'A2', " + PARTY + "}", "adviser: duplicate key"),
            bad("{'adviser': 'A1', 'parties': [{'role': 'PARENT', 'role': 'CARER', 'person': 'Jane Doe'}]}",
                "parties[0].role: duplicate key"),
            bad("[{'adviser': 'A1', " + PARTY + "}, {'adviser': 'A1', 'declarations': [{'adviser': 'A1', "
                + "'person': 'Jane Doe', 'person': 'John Doe', 'relationship': 'sister'}], " + PARTY + "}]",
                "[1].declarations[0].person: duplicate key"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputExitsWithOneMessageNamingTheField(String input, String expected) {
        Cli.Result result = Cli.run(input, "conflicts");

        assertEquals(2, result.status());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith(expected), () -> "expected " + expected + "\n     got " + result.err());
        assertTrue(result.err().endsWith("\n"));
        assertEquals(1, result.err().lines().count(), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
        assertFalse(result.err().contains("Jane") || result.err().contains("Hill"), result.err());
    }

    static Stream<String> inputsWithNamesInTheWay() {
        return Stream.of(
            Cli.json("{'adviser': 'A1', 'parties': [{'role': 'PARENT', 'person': Zebedee Quince}]}"),
            Cli.json("{'adviser': 'A1', 'parties': [{'role': 'PARENT', 'person': 'Zebedee Quince\n'}]}"),
            Cli.json("{'adviser': 'A1', 'parties': [{'role': 'PARENT', 'person': '" + "Zebedee Quince ".repeat(20)
                + "'}]}"),
            Cli.json("{'adviser': 'A1', 'gifts': [{'from': '" + "Zebedee Quince ".repeat(20) + "', "
                + "'value': '30.00', 'decision': 'ACCEPTED', 'offeredOn': '2026-05-01'}], 'parties': []}"),
            Cli.json("{'adviser': 'A1', 'declarations': [{'adviser': 'A1', 'person': 'Zebedee Quince', "
                + "'relationship': 'sister', 'description': '" + "x".repeat(501) + "'}], 'parties': []}"),
            Cli.json("{'adviser': 'A1', 'host': {'name': 'Zebedee Quince Trust', 'services': [{'name': '--'}]}, "
                + "'parties': []}"));
    }

    @ParameterizedTest
    @MethodSource("inputsWithNamesInTheWay")
    void aNameIsNeverEchoed(String input) {
        Cli.Result result = Cli.run(input, "conflicts");

        assertEquals(2, result.status());
        assertEquals("", result.out());
        assertEquals(1, result.err().lines().count(), result.err());
        assertFalse(result.err().contains("Zebedee") || result.err().contains("Quince"), result.err());
    }

    @Test
    void anErrorInTheSecondCheckLeavesStdoutEmpty() {
        String input = "[" + ConflictsCommandTest.EXAMPLE + ","
            + Cli.json("{'adviser': 'A1', 'declarations': [{'adviser': 'A1', 'person': 'Jane Doe', "
                + "'relationship': 'bestie'}], 'parties': []}") + "]";
        Cli.Result result = Cli.run(input, "conflicts");

        assertEquals(2, result.status());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("[1].declarations[0].relationship: unknown relationship \"bestie\""),
            result.err());
    }

    private static Arguments bad(String singleQuotedInput, String expectedMessageStart) {
        return Arguments.of(Cli.json(singleQuotedInput), expectedMessageStart);
    }
}
