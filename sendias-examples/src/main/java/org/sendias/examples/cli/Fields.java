package org.sendias.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import org.sendias.InvalidInputException;

/**
 * The fields of one JSON object, each read under its path so that an error names it. Unknown fields are refused, and
 * a JSON {@code null} counts as absent.
 */
final class Fields {
    private final JsonNode object;
    private final String path;

    private Fields(JsonNode object, String path) {
        this.object = object;
        this.path = path;
    }

    /**
     * @param node the value, which must be an object
     * @param path its path ({@code ""} for the top-level object)
     * @param known the field names allowed, in the order the documentation gives them
     * @return the fields
     * @throws InvalidInputException if the value is not an object or has a field not in {@code known}
     */
    static Fields of(JsonNode node, String path, List<String> known) {
        if (!node.isObject()) {
            throw new InvalidInputException(path.isEmpty() ? Json.INPUT : path,
                "expected an object, got " + Values.kind(node));
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new InvalidInputException(child(path, name),
                    "unknown field; expected one of " + String.join(", ", known));
            }
        }
        return new Fields(node, path);
    }

    /**
     * @param name a field name
     * @return its value, or {@code null} if it is absent or JSON {@code null}
     */
    JsonNode optional(String name) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? null : value;
    }

    /**
     * @param name a field name
     * @return its value
     * @throws InvalidInputException if it is absent or JSON {@code null}
     */
    JsonNode required(String name) {
        JsonNode value = optional(name);
        if (value == null) {
            throw new InvalidInputException(path(name), "is required");
        }
        return value;
    }

    /**
     * @param name a field name
     * @return the field's path
     */
    String path(String name) {
        return child(path, name);
    }

    /**
     * @param parent a path, {@code ""} for the top level
     * @param name a field name
     * @return for example {@code events.REQUEST_RECEIVED}
     */
    static String child(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /**
     * @param parent a path, {@code ""} for the top level
     * @param index an array index
     * @return for example {@code exceptions[0]}
     */
    static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
