package org.sendias.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.sendias.InvalidInputException;
import org.sendias.conflicts.ConflictCheck;
import org.sendias.conflicts.ConflictReport;

/**
 * {@code sendias-cli conflicts}: reads one conflict check object, or an array of them, from standard input and
 * writes one result object, or an array of results in the same order. Each check is an adviser, their declared
 * interests and gifts, and a case's parties; the result is the outcome ({@code CLEAR}, {@code POTENTIAL} or
 * {@code CONFLICT}) and every match with its evidence. {@link CheckReader} describes the input and
 * {@link ConflictReportWriter} the output.
 *
 * <p>Every check is computed before anything is written, so an error in any of them leaves standard output empty.
 * Error messages never quote a person's or organisation's name, not even from malformed JSON.
 */
final class ConflictsCommand {
    private final ConflictCheck check;
    private final LocalDate today;

    /**
     * @param check the conflict check to run
     * @param today the as-of date for checks that give none
     */
    ConflictsCommand(ConflictCheck check, LocalDate today) {
        this.check = check;
        this.today = today;
    }

    /**
     * @param in the check JSON
     * @param out where the results are written, only if every check succeeded
     * @throws InvalidInputException naming the field at fault, with {@code [i]} for an element of an array
     */
    void run(InputStream in, PrintStream out) {
        JsonNode input = Json.read(in, false);
        JsonNode output;
        if (input.isObject()) {
            output = compute(input);
        } else if (input.isArray()) {
            ArrayNode results = JsonNodeFactory.instance.arrayNode();
            List<JsonNode> checks = Values.array(input, Json.INPUT);
            for (int i = 0; i < checks.size(); i++) {
                results.add(computeElement(checks.get(i), i));
            }
            output = results;
        } else {
            throw new InvalidInputException(Json.INPUT, "expected a check object or an array of them, got "
                + Values.kind(input));
        }
        Json.write(output, out);
    }

    private JsonNode computeElement(JsonNode node, int index) {
        String path = Fields.element("", index);
        if (!node.isObject()) {
            throw new InvalidInputException(path, "expected a check object, got " + Values.kind(node));
        }
        try {
            return compute(node);
        } catch (InvalidInputException e) {
            throw e.within(path);
        }
    }

    private JsonNode compute(JsonNode node) {
        CheckInput input = new CheckReader(today).read(node);
        ConflictReport report = check.check(input.adviser(), input.parties(), input.declarations(), input.gifts(),
            input.host(), input.asOf());
        return ConflictReportWriter.write(report, input);
    }
}
