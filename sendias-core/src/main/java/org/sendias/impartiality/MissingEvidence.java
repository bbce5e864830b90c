package org.sendias.impartiality;

import java.util.Objects;
import java.util.Optional;
import org.sendias.InvalidInputException;

/**
 * One piece of impartiality evidence a case lacks, with where it was found missing.
 *
 * @param code what kind of evidence is missing
 * @param text a plain-English explanation for the adviser or supervisor; written by sendias, never containing
 *     anything written about the family
 * @param note the advice note concerned, when the gap is in one note
 * @param route the route concerned, when the gap is about one option
 */
public record MissingEvidence(EvidenceCode code, String text, Optional<AdviceNoteId> note, Optional<Route> route) {

    /** Validates the item. */
    public MissingEvidence {
        if (code == null) {
            throw new InvalidInputException("missingEvidence.code", "is required");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("missingEvidence.text", "is required");
        }
        note = Objects.requireNonNullElse(note, Optional.empty());
        route = Objects.requireNonNullElse(route, Optional.empty());
    }

    /**
     * @param code what kind of evidence is missing
     * @return the item about the whole case, explained by the code's own words
     */
    public static MissingEvidence of(EvidenceCode code) {
        Objects.requireNonNull(code, "code");
        return new MissingEvidence(code, code.explanation(), Optional.empty(), Optional.empty());
    }
}
