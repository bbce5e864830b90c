package org.sendias.impartiality;

import java.util.Objects;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.deadline.Rule;
import org.sendias.internal.Validation;

/**
 * The legal source of a route: a statute, regulation or Code of Practice paragraph, and the deadline engine's
 * {@link Rule} when the route has a statutory time limit that sendias computes.
 *
 * <p>When a rule is given, the citation is the rule's own {@link Rule#citation()}, so that the advice note and the
 * deadline shown to the family never cite different sources. A citation that could not be checked against the
 * source text says so with {@code (paragraph unconfirmed)}.
 *
 * @param citation the source, for example {@code Children and Families Act 2014 s.57}: 1 to 300 characters
 * @param rule the time limit sendias computes for this source, if any
 */
public record LegalBasis(String citation, Optional<Rule> rule) {

    /** The longest citation accepted. */
    public static final int MAX_CITATION_LENGTH = 300;

    /** Validates the citation and, for a rule, that it is the rule's own citation. */
    public LegalBasis {
        rule = Objects.requireNonNullElse(rule, Optional.empty());
        if (citation == null || citation.isBlank()) {
            throw new InvalidInputException("legalBasis.citation", "is required: name the statute, regulation or "
                + "Code paragraph");
        }
        citation = Validation.storable(citation, "legalBasis.citation").strip();
        if (citation.length() > MAX_CITATION_LENGTH) {
            throw new InvalidInputException("legalBasis.citation",
                "must be at most " + MAX_CITATION_LENGTH + " characters");
        }
        if (rule.isPresent() && !rule.get().citation().equals(citation)) {
            throw new InvalidInputException("legalBasis.citation",
                "must be the citation of " + rule.get() + " (" + rule.get().citation() + ")");
        }
    }

    /**
     * @param rule a statutory time limit from the deadline engine
     * @return the rule's citation, linked to the rule
     */
    public static LegalBasis of(Rule rule) {
        Objects.requireNonNull(rule, "rule");
        return new LegalBasis(rule.citation(), Optional.of(rule));
    }

    /**
     * @param citation a statute, regulation or Code paragraph with no time limit that sendias computes
     * @return the basis
     */
    public static LegalBasis cite(String citation) {
        return new LegalBasis(citation, Optional.empty());
    }
}
