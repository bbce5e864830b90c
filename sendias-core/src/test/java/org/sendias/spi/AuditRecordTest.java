package org.sendias.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.UserId;

class AuditRecordTest {
    private static final TenantId TENANT = TenantId.of("iass");
    private static final Instant AT = Instant.parse("2026-11-23T10:15:30Z");
    private static final UserId ACTOR = UserId.of("adviser-1");

    @Test
    void codesAndIdsAreKept() {
        CaseId id = CaseId.random();
        AuditRecord r = new AuditRecord(TENANT, AT, ACTOR, "case.note-added", Optional.of(id),
            Optional.of("note:4f1c-77a0"), "casework");
        assertEquals("case.note-added", r.action());
        assertEquals(Optional.of("note:4f1c-77a0"), r.subject());
        assertEquals("casework", r.reason());
        assertEquals(Optional.empty(), new AuditRecord(TENANT, AT, ACTOR, "case.read", Optional.of(id), "casework")
            .subject());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë O'Brien", "case read", "Case.Read", "", "-casework", "casework.", "a;drop table"})
    void aReasonThatIsNotACodeIsRefusedWithoutRepeatingIt(String reason) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> new AuditRecord(TENANT, AT, ACTOR, "case.read", Optional.empty(), reason));
        assertEquals("reason", e.field());
        if (!reason.isEmpty()) {
            assertFalse(e.getMessage().contains(reason), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Renée d'Arcy", "note 1", "x12345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901"})
    void aSubjectThatIsNotAnIdIsRefused(String subject) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> new AuditRecord(TENANT, AT, ACTOR, "case.read", Optional.empty(), Optional.of(subject), "casework"));
        assertEquals("subject", e.field());
    }

    @Test
    void anActionOfMoreThanOneHundredCharactersIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> new AuditRecord(TENANT, AT, ACTOR, "a".repeat(101), Optional.empty(), "casework"));
        assertEquals("action", e.field());
    }
}
