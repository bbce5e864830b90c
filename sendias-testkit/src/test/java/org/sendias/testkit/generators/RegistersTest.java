package org.sendias.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendias.TenantId;
import org.sendias.conflicts.DeclarationRegister;
import org.sendias.conflicts.Declare;
import org.sendias.conflicts.DeclaredOrganisation;
import org.sendias.conflicts.DeclaredPerson;
import org.sendias.conflicts.GiftsRegister;
import org.sendias.conflicts.OrganisationRole;
import org.sendias.conflicts.RecordGift;

class RegistersTest {
    private static final TenantId TENANT = TenantId.of("iass-test");

    @Test
    void declarations_areNeverDeclaredAfterTheyAreRecorded_andEndNoEarlierThanTheyBegin() {
        LocalDate day = LocalDate.of(2026, 4, 1);
        List<Declare> declarations = Samples.draw(Registers.declarations(day), 300);
        assertTrue(declarations.stream().allMatch(d -> !d.declaredOn().isAfter(day)));
        assertTrue(declarations.stream().allMatch(d -> d.until().map(u -> !u.isBefore(d.from())).orElse(true)));
        assertTrue(declarations.stream().anyMatch(d -> d.until().equals(java.util.Optional.of(d.from()))));
        assertTrue(declarations.stream().anyMatch(d -> d.subject() instanceof DeclaredPerson));
        assertTrue(declarations.stream().anyMatch(d -> d.subject() instanceof DeclaredOrganisation o
            && o.role() == OrganisationRole.FORMER_EMPLOYEE && o.endedOn().isPresent()));
        Samples.draw(Registers.declarations(), 300);
    }

    @Test
    void registers_acceptEveryDeclarationAndEnd() {
        List<DeclarationRegister> registers = Samples.draw(Registers.declarationRegisters(TENANT), 100);
        assertTrue(registers.stream().anyMatch(r -> r.all().isEmpty()));
        assertTrue(registers.stream().anyMatch(r -> r.all().size() >= 10));
        assertTrue(registers.stream().anyMatch(r -> r.all().stream().anyMatch(d -> d.until().isPresent())));
        assertTrue(registers.stream().anyMatch(r -> r.annualDeclarations().stream().anyMatch(a -> a.nil())));
        assertTrue(registers.stream().anyMatch(r -> r.annualDeclarations().stream().anyMatch(a -> !a.nil())));
        List<GiftsRegister> gifts = Samples.draw(Registers.giftsRegisters(TENANT), 100);
        assertTrue(gifts.stream().anyMatch(r -> r.all().size() >= 10));
    }

    @Test
    void giftValues_favourTheThresholdAndTheExtremes_andAreStoredInPence() {
        List<BigDecimal> values = Samples.draw(Registers.giftValues(), 300);
        assertTrue(values.contains(new BigDecimal("25.00")));
        assertTrue(values.contains(new BigDecimal("24.99")));
        assertTrue(values.contains(new BigDecimal("999999999.99")));
        assertTrue(values.stream().anyMatch(v -> v.scale() == 0));
        List<RecordGift> gifts = Samples.draw(Registers.gifts(), 300);
        assertTrue(gifts.stream().allMatch(g -> g.value().scale() == 2));
        assertTrue(gifts.stream().anyMatch(g -> g.fromIdentifier().isPresent()));
    }

    @Test
    void sameSeed_givesTheSameCommands() {
        assertTrue(Samples.reproducible(Registers.declarations(), d -> d.toString() + d.subject().name() + d.note()));
        assertTrue(Samples.reproducible(Registers.gifts(), g -> g.toString() + g.from() + g.what() + g.note()));
        assertEquals(Samples.draw(Registers.gifts(), 3, 100), Samples.draw(Registers.gifts(), 3, 100));
    }
}
