package org.sendias.impartiality;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.UserId;

/**
 * The command to record an advice note on a case: what the adviser entered. The note's id and time are not part of
 * the command; whoever handles it supplies them ({@link #toNote(AdviceNoteId, Instant)}), from its own id source and
 * clock.
 *
 * <p>The constructor applies the same rules as {@link AdviceNote}. The Bean Validation annotations declare the
 * single-field rules for embedders that validate at their edges; the cross-field rules (each route once, a chosen
 * route among the options) are the constructor's alone.
 *
 * @param caseId the case the note belongs to
 * @param recordedBy the adviser
 * @param options the routes explained, at least one, each once
 * @param choice the family's choice if they made it during the same contact; {@code null} means none
 */
public record RecordAdviceNote(@NotNull CaseId caseId, @NotNull UserId recordedBy,
        @NotEmpty List<@NotNull OptionExplained> options, Optional<FamilyChoice> choice) {

    /**
     * Validates the command. Written out in full, rather than compactly, so that the constraint on the list's
     * elements reaches the constructor's parameter, where javac does not copy type-argument annotations from the
     * record header.
     *
     * @param caseId the case the note belongs to
     * @param recordedBy the adviser
     * @param options the routes explained, at least one, each once
     * @param choice the family's choice, if made; {@code null} means none
     */
    public RecordAdviceNote(@NotNull CaseId caseId, @NotNull UserId recordedBy,
            @NotEmpty List<@NotNull OptionExplained> options, Optional<FamilyChoice> choice) {
        if (caseId == null) {
            throw new InvalidInputException("caseId", "is required");
        }
        if (recordedBy == null) {
            throw new InvalidInputException("recordedBy", "is required");
        }
        this.caseId = caseId;
        this.recordedBy = recordedBy;
        this.choice = Objects.requireNonNullElse(choice, Optional.empty());
        this.options = AdviceNote.checkOptions(options, this.choice);
    }

    /**
     * @param id the new note's id
     * @param recordedAt the time the handler's clock gives for the recording
     * @return the advice note this command records
     */
    public AdviceNote toNote(AdviceNoteId id, Instant recordedAt) {
        return new AdviceNote(id, recordedAt, recordedBy, options, choice);
    }

    /** @return the case, adviser, routes and whether a choice is included; never the options' summaries */
    @Override
    public String toString() {
        return "RecordAdviceNote[caseId=" + caseId + ", recordedBy=" + recordedBy + ", routes="
            + options.stream().map(OptionExplained::route).toList() + ", choice="
            + (choice.isPresent() ? "present" : "none") + "]";
    }
}
