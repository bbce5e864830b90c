package org.sendias.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConflictsCommandTest {
    /** The example of the command's contract. */
    static final String EXAMPLE = Cli.json("{'adviser': 'A1', 'declarations': [{'adviser': 'A1', "
        + "'person': 'Jane Doe', 'relationship': 'sister'}, {'adviser': 'A1', "
        + "'organisation': {'name': 'Hill Primary School', 'urn': '100001'}, 'role': 'GOVERNOR'}], "
        + "'parties': [{'role': 'PARENT', 'person': 'Jane Doe-Smith'}, "
        + "{'role': 'SCHOOL', 'organisation': {'name': 'Hill Primary'}}]}");

    /** Nothing in common between the declarations and the parties. */
    static final String CLEAR = Cli.json("{'adviser': 'A1', 'asOf': '2026-06-01', 'declarations': [{'adviser': 'A1', "
        + "'person': 'Jane Doe', 'relationship': 'sister'}, {'adviser': 'A1', "
        + "'organisation': {'name': 'Hill Primary School', 'urn': '100001'}, 'role': 'GOVERNOR'}], "
        + "'parties': [{'role': 'PARENT', 'person': 'Oluwaseun Adeyemi'}, "
        + "{'role': 'CHILD', 'person': 'Tobi Adeyemi'}, "
        + "{'role': 'SCHOOL', 'organisation': {'name': 'Riverside Academy', 'urn': '100002'}}]}");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theContractExampleIsAConflictOnBothParties() {
        Cli.Result result = Cli.run(EXAMPLE, "conflicts");

        assertEquals(0, result.status(), result.err());
        assertEquals("", result.err());
        assertTrue(result.out().endsWith("}\n"));
        JsonNode json = result.json();
        assertEquals("A1", json.get("adviser").asText());
        assertEquals("2026-07-01", json.get("asOf").asText());
        assertEquals("CONFLICT", json.get("outcome").asText());
        assertEquals(2, json.get("matches").size());

        JsonNode person = match(json, "DECLARED_PERSON");
        assertEquals(node("{'role': 'PARENT', 'person': 'Jane Doe-Smith'}"), person.get("party"));
        assertEquals(node("{'adviser': 'A1', 'person': 'Jane Doe', 'relationship': 'sister'}"),
            person.get("declaration"));
        assertEquals("CONFLICT", person.get("severity").asText());
        assertTrue(person.get("score").asDouble() >= 0.9, person.toString());
        assertEquals("NORMALISED_EXACT", person.get("rule").asText());
        assertEquals(List.of("given name", "surname"), texts(person.get("fields")));
        List<String> reasons = texts(person.get("reasons"));
        assertTrue(reasons.size() >= 2, reasons.toString());
        assertTrue(reasons.get(reasons.size() - 1).contains("sibling"), reasons.toString());

        JsonNode school = match(json, "DECLARED_ORGANISATION");
        assertEquals(node("{'role': 'SCHOOL', 'organisation': {'name': 'Hill Primary'}}"), school.get("party"));
        assertEquals("GOVERNOR", school.get("declaration").get("role").asText());
        assertEquals("CONFLICT", school.get("severity").asText());
        assertEquals(List.of("source", "severity", "score", "rule", "fields", "reasons"),
            DeadlinesCommandTest.keys(school).subList(2, 8));
    }

    @Test
    void scoresAreRoundedToTwoPlaces() {
        for (JsonNode m : Cli.run(EXAMPLE, "conflicts").json().get("matches")) {
            double score = m.get("score").asDouble();
            assertTrue(score >= 0 && score <= 1);
            assertEquals(Math.round(score * 100) / 100.0, score);
        }
    }

    @Test
    void aCheckWithNothingInCommonIsClear() {
        Cli.Result result = Cli.run(CLEAR, "conflicts");

        assertEquals(0, result.status(), result.err());
        assertEquals("CLEAR", result.json().get("outcome").asText());
        assertEquals("2026-06-01", result.json().get("asOf").asText());
        assertEquals(0, result.json().get("matches").size());
    }

    @Test
    void anArrayGivesAnArrayOfResultsInOrder() {
        Cli.Result result = Cli.run("[" + EXAMPLE + "," + CLEAR + "]", "conflicts");

        assertEquals(0, result.status(), result.err());
        JsonNode json = result.json();
        assertTrue(json.isArray());
        assertEquals(2, json.size());
        assertEquals("CONFLICT", json.get(0).get("outcome").asText());
        assertEquals("CLEAR", json.get(1).get("outcome").asText());
    }

    @Test
    void anEmptyArrayGivesAnEmptyArray() {
        Cli.Result result = Cli.run("[]", "conflicts");
        assertEquals(0, result.status(), result.err());
        assertEquals(0, result.json().size());
    }

    @ParameterizedTest
    @CsvSource({
        "sister, CONFLICT, declared sibling", "Brother, CONFLICT, declared sibling",
        "half-sister, CONFLICT, declared sibling", "WIFE, CONFLICT, declared spouse or partner",
        "husband, CONFLICT, declared spouse or partner", "partner, CONFLICT, declared spouse or partner",
        "mother, CONFLICT, declared parent", "stepfather, CONFLICT, declared parent",
        "son, CONFLICT, declared child", "daughter, CONFLICT, declared child",
        "ex-husband, CONFLICT, declared former partner", "cousin, POTENTIAL, declared other relative",
        "aunt, POTENTIAL, declared other relative", "mother-in-law, POTENTIAL, declared other relative",
        "great-grandmother, POTENTIAL, declared other relative", "friend, POTENTIAL, declared friend",
        "neighbour, POTENTIAL, declared neighbour", "SPOUSE_OR_PARTNER, CONFLICT, declared spouse or partner",
        "other_relative, POTENTIAL, declared other relative"})
    void relationshipsAreReadFromEverydayWords(String relationship, String severity, String why) {
        String input = Cli.json("{'adviser': 'A1', 'declarations': [{'adviser': 'A1', 'person': 'Jane Doe', "
            + "'relationship': '" + relationship + "'}], 'parties': [{'role': 'carer', 'person': 'Jane Doe'}]}");
        Cli.Result result = Cli.run(input, "conflicts");

        assertEquals(0, result.status(), result.err());
        JsonNode m = match(result.json(), "DECLARED_PERSON");
        assertEquals(severity, m.get("severity").asText());
        List<String> reasons = texts(m.get("reasons"));
        assertTrue(reasons.get(reasons.size() - 1).contains(why), reasons.toString());
    }

    @Test
    void organisationsMatchOnIdentifierFirst() {
        String input = Cli.json("{'adviser': 'A1', 'declarations': [{'adviser': 'A1', "
            + "'organisation': {'name': 'Hill Primary School', 'urn': '100001'}, 'role': 'trustee'}], "
            + "'parties': [{'role': 'school', 'organisation': {'name': 'The Hill Academy', 'urn': '100001'}}]}");
        JsonNode m = match(Cli.run(input, "conflicts").json(), "DECLARED_ORGANISATION");

        assertEquals("IDENTIFIER", m.get("rule").asText());
        assertEquals("CONFLICT", m.get("severity").asText());
        assertEquals(1.0, m.get("score").asDouble());
    }

    @Test
    void aVolunteerRoleIsOnlyAPotentialConflict() {
        String input = Cli.json("{'adviser': 'A1', 'declarations': [{'adviser': 'A1', "
            + "'organisation': {'name': 'Hill Primary School'}, 'role': 'Volunteer'}], "
            + "'parties': [{'role': 'ORGANISATION', 'organisation': {'name': 'Hill Primary School'}}]}");
        JsonNode json = Cli.run(input, "conflicts").json();

        assertEquals("POTENTIAL", json.get("outcome").asText());
    }

    @Test
    void declarationsCountOnlyWhileInForce() {
        String template = "{'adviser': 'A1', 'asOf': '2026-07-01', 'declarations': [{'adviser': 'A1', "
            + "'person': 'Jane Doe', 'relationship': 'sister', %s}], "
            + "'parties': [{'role': 'PARENT', 'person': 'Jane Doe'}]}";

        assertEquals("CONFLICT", outcome(String.format(template, "'from': '2026-01-01'")));
        assertEquals("CLEAR", outcome(String.format(template, "'from': '2026-07-02'")));
        assertEquals("CLEAR", outcome(String.format(template, "'until': '2026-06-30'")));
        assertEquals("CONFLICT", outcome(String.format(template, "'until': '2026-07-01'")));
    }

    @Test
    void aFormerEmployerCountsForTwoYears() {
        String template = "{'adviser': 'A1', 'asOf': '2026-07-01', 'declarations': [{'adviser': 'A1', "
            + "'organisation': {'name': 'Camden Council'}, 'role': 'FORMER_EMPLOYEE', 'endedOn': '%s'}], "
            + "'parties': [{'role': 'LOCAL_AUTHORITY', 'organisation': {'name': 'Camden Council'}}]}";

        assertEquals("POTENTIAL", outcome(String.format(template, "2025-01-31")));
        assertEquals("CLEAR", outcome(String.format(template, "2024-06-30")));
    }

    @Test
    void onlyAcceptedGiftsAtOrAboveTheThresholdInTheLastTwelveMonthsCount() {
        String template = "{'adviser': 'A1', 'asOf': '2026-07-01', 'gifts': [{'from': 'Hill Primary School', "
            + "'urn': '100001', 'what': 'lunch', 'value': %s, 'decision': '%s', 'offeredOn': '%s'}], "
            + "'parties': [{'role': 'SCHOOL', 'organisation': {'name': 'Hill Primary', 'urn': '100001'}}]}";

        String accepted = String.format(template, "'30.00'", "ACCEPTED", "2026-05-01");
        JsonNode json = Cli.run(Cli.json(accepted), "conflicts").json();
        assertEquals("POTENTIAL", json.get("outcome").asText());
        JsonNode m = match(json, "GIFT");
        assertEquals("lunch", m.get("gift").get("what").asText());
        assertFalse(m.has("declaration"));

        assertEquals("POTENTIAL", outcome(String.format(template, "25", "accepted", "2025-07-01")));
        assertEquals("CLEAR", outcome(String.format(template, "'24.99'", "ACCEPTED", "2026-05-01")));
        assertEquals("CLEAR", outcome(String.format(template, "'30.00'", "DECLINED", "2026-05-01")));
        assertEquals("CLEAR", outcome(String.format(template, "'30.00'", "ACCEPTED", "2025-06-30")));
        assertEquals("CLEAR", outcome(String.format(template, "'30.00'", "ACCEPTED", "2026-07-02")));
    }

    @Test
    void aGiftFromAPersonIsMatchedAgainstPeople() {
        String input = "{'adviser': 'A1', 'gifts': [{'from': 'William Jones', 'value': 40, "
            + "'decision': 'ACCEPTED', 'offeredOn': '2026-06-01'}], 'parties': [{'role': 'PARENT', "
            + "'person': 'Bill Jones'}]}";
        JsonNode m = match(Cli.run(Cli.json(input), "conflicts").json(), "GIFT");
        assertEquals("NICKNAME", m.get("rule").asText());
    }

    @Test
    void theHostsOtherServicesAreFlagged() {
        String input = Cli.json("{'adviser': 'A1', 'host': {'name': 'Camden Council', "
            + "'services': [{'name': 'Camden SEN Team'}, {'name': 'Hill Primary School', 'urn': '100001'}]}, "
            + "'parties': [{'role': 'SCHOOL', 'organisation': {'name': 'Hill Primary', 'urn': '100001'}}]}");
        JsonNode json = Cli.run(input, "conflicts").json();

        assertEquals("POTENTIAL", json.get("outcome").asText());
        JsonNode m = match(json, "HOST_SERVICE");
        assertFalse(m.has("declaration"));
        assertFalse(m.has("gift"));
    }

    @Test
    void nullsCountAsAbsent() {
        String input = Cli.json("{'adviser': 'A1', 'asOf': null, 'declarations': null, 'gifts': null, "
            + "'host': null, 'parties': [{'role': 'PARENT', 'person': 'Jane Doe', 'organisation': null}]}");
        Cli.Result result = Cli.run(input, "conflicts");
        assertEquals(0, result.status(), result.err());
        assertEquals("CLEAR", result.json().get("outcome").asText());
    }

    @Test
    void asOfDefaultsToTodayInLondon() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST)
        Clock lateEvening = Clock.fixed(Instant.parse("2026-06-30T23:30:00Z"), ZoneOffset.UTC);
        Cli.Result result = Cli.run(lateEvening,
            new ByteArrayInputStream(CLEAR.replace("\"asOf\": \"2026-06-01\", ", "")
                .getBytes(StandardCharsets.UTF_8)), "conflicts");

        assertEquals(0, result.status(), result.err());
        assertEquals("2026-07-01", result.json().get("asOf").asText());
    }

    @Test
    void helpIsPrintedWithStatusZero() {
        Cli.Result result = Cli.run("", "conflicts", "--help");

        assertEquals(0, result.status());
        assertEquals("", result.err());
        assertTrue(result.out().startsWith("Usage: sendias-cli conflicts"), result.out());
        assertTrue(result.out().contains("relationship"));
        assertTrue(Cli.run("", "--help").out().contains("conflicts"));
    }

    @Test
    void anUnknownOptionShowsTheUsage() {
        Cli.Result result = Cli.run(EXAMPLE, "conflicts", "--verbose");

        assertEquals(2, result.status());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("sendias-cli: unknown option --verbose"), result.err());
        assertTrue(result.err().contains("Usage: sendias-cli conflicts"), result.err());
    }

    private static String outcome(String singleQuotedInput) {
        Cli.Result result = Cli.run(Cli.json(singleQuotedInput), "conflicts");
        assertEquals(0, result.status(), result.err());
        return result.json().get("outcome").asText();
    }

    static JsonNode match(JsonNode result, String source) {
        for (JsonNode m : result.get("matches")) {
            if (m.get("source").asText().equals(source)) {
                return m;
            }
        }
        throw new AssertionError(source + " not in " + result);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static JsonNode node(String singleQuoted) {
        try {
            return JSON.readTree(Cli.json(singleQuoted));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
