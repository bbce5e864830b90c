package org.sendias.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.Domain;
import org.sendias.casework.HelpLevel;
import org.sendias.casework.OpenCase;
import org.sendias.conflicts.DeclarationRegister;
import org.sendias.conflicts.RegisterSettings;
import org.sendias.party.Party;

class PendingChangesTest {
    private static final TenantId TENANT = TenantId.of("pending");
    private static final UserId ADVISER = UserId.of("adviser");
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private static CaseChange open(TenantId tenant) {
        return Case.open(new OpenCase(tenant, CaseId.random(), Arrival.selfReferral(LocalDate.of(2026, 3, 2)),
            Set.of(Domain.EDUCATION), HelpLevel.INFORMATION, Party.child("Zoë", LocalDate.of(2015, 1, 1)),
            List.of(), ADVISER), T0);
    }

    private static CaseChange note(Case c, String text) {
        return c.addNote(new CaseCommand.AddNote(text, Optional.empty(), ADVISER), T0);
    }

    @Test
    void successiveChangesToOneCaseCombineIntoOneWithEveryEvent() {
        PendingChanges pending = new PendingChanges(TENANT);
        CaseChange opened = open(TENANT);
        CaseChange noted = note(opened.after(), "first");
        pending.save(opened);
        pending.save(noted);
        CaseChange combined = pending.cases().iterator().next();
        assertEquals(null, combined.before());
        assertEquals(noted.after(), combined.after());
        assertEquals(opened.events().size() + noted.events().size(), combined.events().size());
        assertEquals(Optional.of(noted.after()), pending.findCase(opened.after().id()));
        assertEquals(Set.of(opened.after().id()), pending.caseIds());
    }

    @Test
    void aChangeThatDoesNotFollowTheHeldOneIsStale() {
        PendingChanges pending = new PendingChanges(TENANT);
        CaseChange opened = open(TENANT);
        pending.save(opened);
        pending.save(note(opened.after(), "first"));
        assertThrows(StaleCaseException.class, () -> pending.save(note(opened.after(), "second")));
        assertThrows(IllegalArgumentException.class, () -> pending.save(open(TenantId.of("other"))));
    }

    @Test
    void registersKeepTheVersionFirstReadAndRefuseAnOutOfStepWrite() {
        PendingChanges pending = new PendingChanges(TENANT);
        DeclarationRegister register = DeclarationRegister.empty(TENANT, RegisterSettings.defaults());
        pending.saveRegister("declarations", 3, register, TENANT);
        pending.saveRegister("declarations", 4, register, TENANT);
        assertEquals(3, pending.registers().get("declarations").expected());
        assertEquals(Optional.of(new Versioned<>(register, 5)),
            pending.register("declarations", DeclarationRegister.class));
        assertThrows(StaleRegisterException.class, () -> pending.saveRegister("declarations", 3, register, TENANT));
        assertThrows(IllegalArgumentException.class, () -> pending.saveRegister("gifts", -1, register, TENANT));
        assertThrows(IllegalArgumentException.class,
            () -> pending.saveRegister("gifts", 0, register, TenantId.of("other")));
        assertEquals(Optional.empty(), pending.register("gifts", DeclarationRegister.class));
    }
}
