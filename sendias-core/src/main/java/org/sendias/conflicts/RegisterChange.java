package org.sendias.conflicts;

import java.util.List;
import org.sendias.internal.Validation;

/**
 * What a command to a register produced: the new register (the old one is unchanged), the entry created or changed,
 * and the events to write to an outbox with it.
 *
 * @param register the register after the command
 * @param value the entry created or changed
 * @param events the events the command produced, in order
 * @param <R> the type of register ({@link DeclarationRegister} or {@link GiftsRegister})
 * @param <T> the type of entry
 */
public record RegisterChange<R, T>(R register, T value, List<RegisterEvent> events) {

    /** Validates and copies. */
    public RegisterChange {
        Validation.required(register, "register");
        Validation.required(value, "value");
        events = List.copyOf(Validation.required(events, "events"));
    }
}
