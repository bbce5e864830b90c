package org.sendias.casework;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.sendias.InvalidInputException;
import org.sendias.UserId;
import org.sendias.internal.Validation;

/**
 * A case note. Notes are never edited or deleted: a correction is a new note that supersedes the old one, and both
 * stay in the case's history.
 *
 * @param id the note's id
 * @param writtenAt when it was written
 * @param writtenBy who wrote it
 * @param text the note, 1 to {@value #MAX_LENGTH} characters (never logged or printed by {@link #toString()})
 * @param supersedes the note this one corrects, if it is a correction
 */
public record Note(NoteId id, Instant writtenAt, UserId writtenBy, String text, Optional<NoteId> supersedes) {
    /** The longest note accepted. */
    public static final int MAX_LENGTH = 20_000;

    /** Validates the note. */
    public Note {
        if (id == null) {
            throw new InvalidInputException("note.id", "is required");
        }
        if (writtenAt == null) {
            throw new InvalidInputException("note.writtenAt", "is required");
        }
        if (writtenBy == null) {
            throw new InvalidInputException("note.writtenBy", "is required");
        }
        Validation.textAsGiven(text, "note.text", MAX_LENGTH);
        supersedes = Objects.requireNonNullElse(supersedes, Optional.empty());
        if (supersedes.isPresent() && supersedes.get().equals(id)) {
            throw new InvalidInputException("note.supersedes", "a note cannot supersede itself");
        }
    }

    /** Shows the ids only: the text is case material. */
    @Override
    public String toString() {
        return "Note[" + id + supersedes.map(s -> ", supersedes " + s).orElse("") + "]";
    }
}
