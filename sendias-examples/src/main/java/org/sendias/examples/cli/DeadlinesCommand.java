package org.sendias.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.sendias.InvalidInputException;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.deadline.Timeline;

/**
 * {@code sendias-cli deadlines}: reads one scenario object, or an array of them, from standard input and writes one
 * result object, or an array of results in the same order. Every scenario is computed before anything is written, so
 * an error in any of them leaves standard output empty.
 */
final class DeadlinesCommand {
    private final DeadlineEngine engine;
    private final LocalDate today;

    /**
     * @param engine the engine to compute with
     * @param today the as-of date for scenarios that give none
     */
    DeadlinesCommand(DeadlineEngine engine, LocalDate today) {
        this.engine = engine;
        this.today = today;
    }

    /**
     * @param in the scenario JSON
     * @param out where the results are written, only if every scenario succeeded
     * @throws InvalidInputException naming the field at fault, with {@code [i]} for an element of an array
     */
    void run(InputStream in, PrintStream out) {
        JsonNode input = Json.read(in);
        JsonNode output;
        if (input.isObject()) {
            output = compute(input);
        } else if (input.isArray()) {
            ArrayNode results = JsonNodeFactory.instance.arrayNode();
            List<JsonNode> scenarios = Values.array(input, Json.INPUT);
            for (int i = 0; i < scenarios.size(); i++) {
                results.add(computeElement(scenarios.get(i), i));
            }
            output = results;
        } else {
            throw new InvalidInputException(Json.INPUT, "expected a scenario object or an array of them, got "
                + Values.kind(input));
        }
        Json.write(output, out);
    }

    private JsonNode computeElement(JsonNode scenario, int index) {
        String path = Fields.element("", index);
        if (!scenario.isObject()) {
            throw new InvalidInputException(path, "expected a scenario object, got " + Values.kind(scenario));
        }
        try {
            return compute(scenario);
        } catch (InvalidInputException e) {
            throw e.within(path);
        }
    }

    private JsonNode compute(JsonNode node) {
        Scenario scenario = new ScenarioReader(engine.england()).read(node);
        Timeline timeline = engine.compute(scenario.history(), scenario.asOf().orElse(today));
        return TimelineWriter.write(timeline);
    }
}
