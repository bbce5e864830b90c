package org.sendias.impartiality;

import java.util.List;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.internal.Validation;

/**
 * One route an adviser explained to a family, with the legal basis given for it.
 *
 * <p>The basis defaults to the route's own {@link Route#legalBasis()}. An adviser may narrow it (citing only the
 * paragraph that applies) or, when recording an older note, leave it empty: the value accepts that, and
 * {@link ImpartialityCheck} reports the option as lacking a legal basis. The optional summary is free text about the
 * family's situation, so {@link #toString()} says only whether there is one.
 *
 * @param route the route explained
 * @param basis the statutes, regulations or Code paragraphs given for it; {@code null} means the route's own basis
 * @param summary what was said about how the route applies to this family, at most
 *     {@value #MAX_SUMMARY_LENGTH} characters; blank means none
 */
public record OptionExplained(Route route, List<LegalBasis> basis, Optional<String> summary) {

    /** The longest summary accepted. */
    public static final int MAX_SUMMARY_LENGTH = 2000;

    /** Validates the option and applies the defaults. */
    public OptionExplained {
        if (route == null) {
            throw new InvalidInputException("option.route", "is required");
        }
        if (basis == null) {
            basis = route.legalBasis();
        }
        for (int i = 0; i < basis.size(); i++) {
            if (basis.get(i) == null) {
                throw new InvalidInputException("option.basis[" + i + "]", "is required");
            }
        }
        basis = List.copyOf(basis);
        summary = Validation.optionalStorable(summary, "option.summary").map(String::strip).filter(s -> !s.isEmpty());
        if (summary.isPresent() && summary.get().length() > MAX_SUMMARY_LENGTH) {
            throw new InvalidInputException("option.summary", "must be at most " + MAX_SUMMARY_LENGTH + " characters");
        }
    }

    /**
     * @param route the route explained
     * @return the option with the route's own legal basis and no summary
     */
    public static OptionExplained of(Route route) {
        return new OptionExplained(route, null, Optional.empty());
    }

    /**
     * @param route the route explained
     * @param summary what was said about how it applies to this family
     * @return the option with the route's own legal basis
     */
    public static OptionExplained of(Route route, String summary) {
        return new OptionExplained(route, null, Optional.ofNullable(summary));
    }

    /** @return whether at least one legal basis was given */
    public boolean hasLegalBasis() {
        return !basis.isEmpty();
    }

    /** @return the route, the number of citations and whether there is a summary; never the summary itself */
    @Override
    public String toString() {
        return "OptionExplained[route=" + route + ", basis=" + basis.size() + " citation(s), summary="
            + (summary.isPresent() ? "present" : "none") + "]";
    }
}
