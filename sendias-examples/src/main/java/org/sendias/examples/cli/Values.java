package org.sendias.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sendias.InvalidInputException;

/** Converts JSON values to Java values, refusing any other type with an error naming the value's path. */
final class Values {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_QUOTED = 40;

    private Values() {
    }

    /**
     * @param node a value
     * @param path its path
     * @return the string
     * @throws InvalidInputException if the value is not a string
     */
    static String text(JsonNode node, String path) {
        if (!node.isTextual()) {
            throw new InvalidInputException(path, "expected a string, got " + kind(node));
        }
        return node.textValue();
    }

    /**
     * @param node a value
     * @param path its path
     * @return the integer
     * @throws InvalidInputException if the value is not a whole number in the range of an {@code int}
     */
    static int integer(JsonNode node, String path) {
        if (!node.isIntegralNumber()) {
            throw new InvalidInputException(path, "expected an integer, got " + kind(node));
        }
        if (!node.canConvertToInt()) {
            throw new InvalidInputException(path, "the integer is too large");
        }
        return node.intValue();
    }

    /**
     * @param node a value
     * @param path its path
     * @return the array's elements
     * @throws InvalidInputException if the value is not an array
     */
    static List<JsonNode> array(JsonNode node, String path) {
        if (!node.isArray()) {
            throw new InvalidInputException(path, "expected an array, got " + kind(node));
        }
        List<JsonNode> elements = new ArrayList<>(node.size());
        node.elements().forEachRemaining(elements::add);
        return elements;
    }

    /**
     * A date written {@code YYYY-MM-DD}; an impossible date such as {@code 2026-02-30} is refused.
     *
     * @param node a value
     * @param path its path
     * @param quoteInErrors whether an error may quote the value (never for a date of birth)
     * @return the date
     * @throws InvalidInputException if the value is not a string holding a valid date
     */
    static LocalDate date(JsonNode node, String path, boolean quoteInErrors) {
        if (!node.isTextual()) {
            throw new InvalidInputException(path, "expected a date string (YYYY-MM-DD), got " + kind(node));
        }
        String text = node.textValue();
        boolean dateShaped = DATE.matcher(text).matches();
        if (dateShaped) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // an impossible date such as 2026-02-30: refused below
            }
        }
        String shown = dateShaped ? text : quote(text);
        throw new InvalidInputException(path, (quoteInErrors ? shown + " is" : "the value is")
            + " not a valid date (expected YYYY-MM-DD)");
    }

    /**
     * An enum constant named exactly (case-sensitive) by a string value.
     *
     * @param type the enum type
     * @param node a value
     * @param path its path
     * @param what what the constants are, for errors, for example {@code process}
     * @param <E> the enum type
     * @return the constant
     * @throws InvalidInputException if the value is not a string naming one of the constants
     */
    static <E extends Enum<E>> E constant(Class<E> type, JsonNode node, String path, String what) {
        String name = text(node, path);
        E found = constantOrNull(type, name);
        if (found == null) {
            throw new InvalidInputException(path, "unknown " + what + " " + quote(name) + "; expected one of "
                + names(Arrays.asList(type.getEnumConstants())));
        }
        return found;
    }

    /**
     * @param type the enum type
     * @param name a name
     * @param <E> the enum type
     * @return the constant with exactly that name, or {@code null}
     */
    static <E extends Enum<E>> E constantOrNull(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /**
     * @param constants enum constants
     * @return their names, comma-separated
     */
    static String names(Collection<? extends Enum<?>> constants) {
        return constants.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    /** @return how a value of the wrong type is described, for example {@code a number} */
    static String kind(JsonNode node) {
        switch (node.getNodeType()) {
            case STRING:
                return "a string";
            case NUMBER:
                return node.isIntegralNumber() ? "an integer" : "a decimal number";
            case BOOLEAN:
                return "a boolean";
            case ARRAY:
                return "an array";
            case OBJECT:
                return "an object";
            case NULL:
                return "null";
            default:
                return "an unsupported value";
        }
    }

    /** @return the text in double quotes, shortened if long, with control characters escaped */
    static String quote(String text) {
        String shown = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "\u2026" : text;
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : shown.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (Character.isISOControl(c)) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
