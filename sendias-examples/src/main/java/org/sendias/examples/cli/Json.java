package org.sendias.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.sendias.InvalidInputException;
import org.sendias.deadline.EventType;

/**
 * Reading and writing JSON. Input is parsed strictly (duplicate keys and trailing content are refused) into a tree;
 * a syntax error is reported under the path of the field being read when it occurred.
 */
final class Json {
    /** The field named by errors about the input as a whole. */
    static final String INPUT = "input";

    /** How Jackson starts the description of bare text that is not a JSON value; the description quotes it. */
    private static final String UNRECOGNIZED_TOKEN = "Unrecognized token";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .build();
    /** Indents arrays as well as objects, one element a line. */
    private static final ObjectWriter PRETTY = MAPPER.writer(
        new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE));

    private Json() {
    }

    /** @return a new, empty JSON object */
    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * Reads one JSON value, which must be the whole of the input.
     *
     * @param in the input, read to its end
     * @return the value
     * @throws InvalidInputException if the input is empty, malformed, has duplicate keys or trailing content
     * @throws UncheckedIOException if the input cannot be read
     */
    static JsonNode read(InputStream in) {
        return read(in, true);
    }

    /**
     * Reads one JSON value, which must be the whole of the input, optionally without ever quoting the input's text
     * in a syntax error: for input made mostly of people's names, where an unquoted name would otherwise be echoed
     * as an "unrecognized token".
     *
     * @param in the input, read to its end
     * @param quoteTokens whether a syntax error may quote the unrecognised text it stopped at
     * @return the value
     * @throws InvalidInputException if the input is empty, malformed, has duplicate keys or trailing content
     * @throws UncheckedIOException if the input cannot be read
     */
    static JsonNode read(InputStream in, boolean quoteTokens) {
        JsonParser parser = null;
        try {
            parser = MAPPER.createParser(in);
            JsonNode value = MAPPER.readTree(parser);
            if (value == null || value.isMissingNode()) {
                throw new InvalidInputException(INPUT, "is empty; expected a JSON object or array");
            }
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new InvalidInputException(INPUT, "unexpected content after the JSON value at line "
                    + at.getLineNr() + ", column " + at.getColumnNr());
            }
            return value;
        } catch (JsonProcessingException e) {
            throw malformed(parser, e, quoteTokens);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a value, pretty-printed, with a trailing newline.
     *
     * @param value the value
     * @param out where to write it
     */
    static void write(JsonNode value, PrintStream out) {
        try {
            out.print(PRETTY.writeValueAsString(value));
            out.print('\n');
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /**
     * Describes a syntax error at the path being read. Jackson's description can quote the offending text, so it is
     * left out when that text may be a date of birth.
     */
    private static InvalidInputException malformed(JsonParser parser, JsonProcessingException e,
            boolean quoteTokens) {
        String path = parser == null ? "" : path(parser.getParsingContext());
        String description = e.getOriginalMessage()
            .replaceAll("\\(start marker at \\[Source: .*?line: (\\d+), column: (\\d+)\\]\\)",
                "(opened at line $1, column $2)")
            .replaceAll("\\s+", " ").trim();
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        if (description.startsWith("Duplicate field")) {
            return new InvalidInputException(path.isEmpty() ? INPUT : path, "duplicate key" + where
                + ": a field may be given only once", e);
        }
        if (!quoteTokens && description.startsWith(UNRECOGNIZED_TOKEN)) {
            description = UNRECOGNIZED_TOKEN + " (not shown): was expecting a JSON string, number, array, object, "
                + "true, false or null; put text in double quotes";
        }
        String problem = "malformed JSON" + where;
        if (!path.contains(EventType.DATE_OF_BIRTH.name())) {
            problem += ": " + description;
        }
        return new InvalidInputException(path.isEmpty() ? INPUT : path, problem, e);
    }

    /** @return the parser's position as a field path such as {@code [1].events.REQUEST_RECEIVED} */
    private static String path(JsonStreamContext context) {
        Deque<JsonStreamContext> outermostFirst = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            outermostFirst.push(c);
        }
        String path = "";
        for (JsonStreamContext c : outermostFirst) {
            if (c.inArray() && c.getCurrentIndex() >= 0) {
                path = Fields.element(path, c.getCurrentIndex());
            } else if (c.inObject() && c.getCurrentName() != null) {
                path = Fields.child(path, c.getCurrentName());
            }
        }
        return path;
    }
}
