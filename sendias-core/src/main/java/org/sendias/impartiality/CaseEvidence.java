package org.sendias.impartiality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;

/**
 * What {@link ImpartialityCheck} needs to know about one case, built by whoever holds the case.
 *
 * @param caseId the case
 * @param closed whether the case is closed (a family's choice is only expected once it is)
 * @param helpBeyondInformation whether the level of help went beyond information (advice, casework and support, or
 *     representation): only then are advice notes expected
 * @param notes every advice note on the case, in any order, each id once
 */
public record CaseEvidence(CaseId caseId, boolean closed, boolean helpBeyondInformation, List<AdviceNote> notes) {

    /** Validates the evidence. */
    public CaseEvidence {
        if (caseId == null) {
            throw new InvalidInputException("caseEvidence.caseId", "is required");
        }
        if (notes == null) {
            throw new InvalidInputException("caseEvidence.notes", "is required (an empty list when there are none)");
        }
        Set<AdviceNoteId> ids = new HashSet<>();
        List<AdviceNote> copy = new ArrayList<>(notes.size());
        for (int i = 0; i < notes.size(); i++) {
            AdviceNote note = notes.get(i);
            if (note == null) {
                throw new InvalidInputException("caseEvidence.notes[" + i + "]", "is required");
            }
            if (!ids.add(note.id())) {
                throw new InvalidInputException("caseEvidence.notes[" + i + "].id", note.id() + " appears more than "
                    + "once");
            }
            copy.add(note);
        }
        notes = List.copyOf(copy);
    }
}
