package org.sendias.conflicts.matching;

import java.util.List;
import org.sendias.InvalidInputException;

/**
 * Why two names were matched: a score, the rule that fired, the fields that agreed and reasons in plain English.
 *
 * <p>The reasons quote the names compared, which are the caseworker's own data and personal data: show them to the
 * caseworker, never write them to a log. sendias does not log them, and {@link #toString()} leaves them out.
 *
 * @param score how sure the match is, from 0 to 1, to two decimal places when it comes from {@link NameMatcher}
 * @param rule the rule that fired; when several did, the one that contributed least to the score
 * @param fields the fields that agreed, for example {@code "given name"}, {@code "surname"},
 *     {@code "organisation name"} or {@code "urn"}
 * @param reasons one short sentence for each step of the match, for example
 *     {@code "'Bill' is a usual short form of 'William'"}
 */
public record MatchEvidence(double score, MatchRule rule, List<String> fields, List<String> reasons) {

    /** Validates the evidence and copies the lists. */
    public MatchEvidence {
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new InvalidInputException("evidence.score", "must be from 0 to 1");
        }
        if (rule == null) {
            throw new InvalidInputException("evidence.rule", "is required");
        }
        fields = checked(fields, "evidence.fields");
        reasons = checked(reasons, "evidence.reasons");
    }

    private static List<String> checked(List<String> values, String field) {
        if (values == null || values.isEmpty()) {
            throw new InvalidInputException(field, "needs at least one entry");
        }
        for (String value : values) {
            if (value == null || value.isBlank()) {
                throw new InvalidInputException(field, "entries must not be blank");
            }
        }
        return List.copyOf(values);
    }

    /**
     * Shows the score, rule and fields, but not the reasons: they quote names, which must stay out of logs.
     *
     * @return for example {@code MatchEvidence[score=0.95, rule=NICKNAME, fields=[given name, surname]]}
     */
    @Override
    public String toString() {
        return "MatchEvidence[score=" + score + ", rule=" + rule + ", fields=" + fields + "]";
    }
}
