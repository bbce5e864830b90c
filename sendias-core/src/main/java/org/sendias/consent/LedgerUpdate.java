package org.sendias.consent;

import java.util.List;
import org.sendias.DomainEvent;
import org.sendias.internal.Validation;

/**
 * What a command to {@link ConsentLedger} produced: the new ledger (the old one is unchanged), the record created or
 * changed, and the domain events to write to an outbox with it.
 *
 * @param ledger the ledger after the command
 * @param value the consent record or disclosure created or changed
 * @param events the events the command produced, in order
 * @param <T> the type of the record
 */
public record LedgerUpdate<T>(ConsentLedger ledger, T value, List<DomainEvent> events) {

    /** Validates and copies. */
    public LedgerUpdate {
        Validation.required(ledger, "ledger");
        Validation.required(value, "value");
        events = List.copyOf(Validation.required(events, "events"));
    }
}
