package org.sendias.impartiality;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendias.InvalidInputException;
import org.sendias.UserId;

/**
 * The record that advice was impartial: the routes an adviser explained, the legal basis for each, and, once made,
 * the family's choice.
 *
 * <p>A note explains at least one route, each at most once. A recorded choice names one of the routes this note
 * explains, or none of them when the family decided to take no route for now. Notes are
 * values: recording the family's later decision gives a new note ({@link #withChoice(FamilyChoice)}), which a case
 * keeps alongside the first, as it keeps every note. {@link #toString()} never shows the options' summaries.
 *
 * @param id the note's id
 * @param recordedAt when the adviser recorded the note
 * @param recordedBy the adviser
 * @param options the routes explained, in the order they were discussed
 * @param choice the family's choice, once made
 */
public record AdviceNote(AdviceNoteId id, Instant recordedAt, UserId recordedBy, List<OptionExplained> options,
        Optional<FamilyChoice> choice) {

    /** Validates the note. */
    public AdviceNote {
        if (id == null) {
            throw new InvalidInputException("adviceNote.id", "is required");
        }
        if (recordedAt == null) {
            throw new InvalidInputException("adviceNote.recordedAt", "is required");
        }
        if (recordedBy == null) {
            throw new InvalidInputException("adviceNote.recordedBy", "is required");
        }
        choice = Objects.requireNonNullElse(choice, Optional.empty());
        try {
            options = checkOptions(options, choice);
        } catch (InvalidInputException e) {
            throw e.within("adviceNote");
        }
    }

    /**
     * @param id the note's id
     * @param recordedAt when the adviser recorded it
     * @param recordedBy the adviser
     * @param options the routes explained
     * @return a note without a choice yet
     */
    public static AdviceNote of(AdviceNoteId id, Instant recordedAt, UserId recordedBy, List<OptionExplained> options) {
        return new AdviceNote(id, recordedAt, recordedBy, options, Optional.empty());
    }

    /**
     * @param familyChoice the family's decision about the routes this note explains
     * @return a copy of this note with the choice recorded (replacing any earlier one on this copy)
     * @throws InvalidInputException if the route chosen is not among this note's options
     */
    public AdviceNote withChoice(FamilyChoice familyChoice) {
        Objects.requireNonNull(familyChoice, "familyChoice");
        return new AdviceNote(id, recordedAt, recordedBy, options, Optional.of(familyChoice));
    }

    /** @return the routes explained, in the order of {@link #options()} */
    public List<Route> routes() {
        return options.stream().map(OptionExplained::route).toList();
    }

    /** @return the id, time, adviser, the routes explained and whether a choice is recorded; no free text */
    @Override
    public String toString() {
        return "AdviceNote[id=" + id + ", recordedAt=" + recordedAt + ", recordedBy=" + recordedBy + ", routes="
            + routes() + ", choice=" + choice.map(c -> c.chosen().map(Route::name).orElse("NO_ROUTE_FOR_NOW"))
                .orElse("not recorded") + "]";
    }

    /**
     * The rules an advice note and a {@link RecordAdviceNote} share: at least one option, no nulls, each route once,
     * and a chosen route among the options. Field names are relative ({@code options[2].route},
     * {@code choice.chosen}).
     */
    static List<OptionExplained> checkOptions(List<OptionExplained> options, Optional<FamilyChoice> choice) {
        if (options == null || options.isEmpty()) {
            throw new InvalidInputException("options", "must list at least one route explained to the family");
        }
        Set<Route> seen = EnumSet.noneOf(Route.class);
        List<OptionExplained> copy = new ArrayList<>(options.size());
        for (int i = 0; i < options.size(); i++) {
            OptionExplained option = options.get(i);
            if (option == null) {
                throw new InvalidInputException("options[" + i + "]", "is required");
            }
            if (!seen.add(option.route())) {
                throw new InvalidInputException("options[" + i + "].route", option.route()
                    + " is listed more than once: explain each route once");
            }
            copy.add(option);
        }
        if (choice.isPresent() && choice.get().chosen().isPresent() && !seen.contains(choice.get().chosen().get())) {
            throw new InvalidInputException("choice.chosen", choice.get().chosen().get() + " is not among the routes "
                + "explained in this note: the family chooses from the options explained to them, so explain the "
                + "route first");
        }
        return List.copyOf(copy);
    }
}
