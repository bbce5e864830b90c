package org.sendias;

import java.util.Objects;

/**
 * Input that sendias refuses, with the field it is about and the problem in plain words.
 *
 * <p>The message is {@code field + ": " + problem}, for example
 * {@code events.DECISION_NOTICE_SENT: 2026-02-30 is not a valid date}. Field paths use the names of the JSON forms
 * and of the builder methods ({@code events.X}, {@code exceptions[0].reason}, {@code schoolCalendar.terms[1].end}),
 * so the same message serves an API caller and a command-line user. Messages never contain names, dates of birth
 * or note text.
 */
public final class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param field the path of the offending field, for example {@code events.REQUEST_RECEIVED}
     * @param problem what is wrong with it, in words a caseworker understands
     */
    public InvalidInputException(String field, String problem) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(problem, "problem"));
        this.field = field;
        this.problem = problem;
    }

    /**
     * Creates the exception with an underlying cause (never shown to end users).
     *
     * @param field the path of the offending field
     * @param problem what is wrong with it
     * @param cause the underlying failure
     */
    public InvalidInputException(String field, String problem, Throwable cause) {
        this(field, problem);
        initCause(cause);
    }

    /** @return the path of the offending field */
    public String field() {
        return field;
    }

    /** @return what is wrong with the field */
    public String problem() {
        return problem;
    }

    /**
     * Returns the same problem reported under an enclosing field, for example {@code [2]} for the third scenario of
     * an array, or {@code schoolCalendar} for a nested object.
     *
     * @param parent the enclosing field's path
     * @return a new exception whose field is {@code parent} followed by this field
     */
    public InvalidInputException within(String parent) {
        Objects.requireNonNull(parent, "parent");
        String joined = field.startsWith("[") ? parent + field : parent + "." + field;
        InvalidInputException moved = new InvalidInputException(joined, problem);
        if (getCause() != null) {
            moved.initCause(getCause());
        }
        return moved;
    }
}
