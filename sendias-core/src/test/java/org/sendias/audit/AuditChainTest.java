package org.sendias.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.UserId;
import org.sendias.spi.AuditRecord;

class AuditChainTest {

    @Test
    void theHashIsTheDocumentedEncodingRecomputedIndependently() throws Exception {
        CaseId caseId = new CaseId(UUID.fromString("3f1c8a0e-5b7d-4c2a-9e61-0d2b7c4f9a13"));
        AuditRecord r = new AuditRecord(Chains.TENANT, Instant.parse("1969-12-31T23:59:58.000000007Z"),
            UserId.of("adviser-7"), "case.read", Optional.of(caseId), Optional.empty(), "casework");
        AuditEvent first = AuditChain.append(AuditHead.genesis(Chains.TENANT), List.of(r)).get(0);

        String genesis = sha256(out -> {
            field(out, "sendias-audit-genesis-v1");
            field(out, "iass-north");
        });
        assertEquals(genesis, AuditHead.genesis(Chains.TENANT).hash());
        assertEquals(genesis, first.previousHash());
        String expected = sha256(out -> {
            field(out, "sendias-audit-event-v1");
            field(out, "iass-north");
            field(out, "1");
            field(out, "-2");
            field(out, "7");
            field(out, "adviser-7");
            field(out, "case.read");
            field(out, "3f1c8a0e-5b7d-4c2a-9e61-0d2b7c4f9a13");
            out.writeInt(-1);
            field(out, "casework");
            field(out, genesis);
        });
        assertEquals(expected, first.hash());
        assertEquals(expected, AuditChain.hash(first));
        assertEquals(1, first.sequence());
    }

    @Test
    void fieldBoundariesAndAbsenceChangeTheHash() {
        AuditRecord a = new AuditRecord(Chains.TENANT, Instant.EPOCH, UserId.of("ab"), "c", Optional.empty(),
            Optional.empty(), "x");
        AuditRecord b = new AuditRecord(Chains.TENANT, Instant.EPOCH, UserId.of("a"), "bc", Optional.empty(),
            Optional.empty(), "x");
        AuditRecord withSubject = new AuditRecord(Chains.TENANT, Instant.EPOCH, UserId.of("ab"), "c",
            Optional.empty(), Optional.of("x"), "x");
        AuditHead genesis = AuditHead.genesis(Chains.TENANT);
        String ha = AuditChain.append(genesis, List.of(a)).get(0).hash();
        assertNotEquals(ha, AuditChain.append(genesis, List.of(b)).get(0).hash());
        assertNotEquals(ha, AuditChain.append(genesis, List.of(withSubject)).get(0).hash());
        assertNotEquals(AuditHead.genesis(Chains.TENANT).hash(), AuditHead.genesis(Chains.OTHER).hash());
    }

    @Test
    void appendContinuesFromTheHeadAndRefusesAnotherTenantsRecords() {
        SplittableRandom random = new SplittableRandom(7);
        List<AuditEvent> first = AuditChain.append(AuditHead.genesis(Chains.TENANT),
            Chains.records(random, Chains.TENANT, 3));
        List<AuditEvent> next = AuditChain.append(first.get(2).head(), Chains.records(random, Chains.TENANT, 2));
        assertEquals(List.of(4L, 5L), next.stream().map(AuditEvent::sequence).toList());
        assertEquals(first.get(2).hash(), next.get(0).previousHash());
        assertTrue(next.stream().allMatch(e -> e.hash().matches("[0-9a-f]{64}")));

        List<AuditRecord> mixed = List.of(Chains.record(random, Chains.TENANT), Chains.record(random, Chains.OTHER));
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> AuditChain.append(AuditHead.genesis(Chains.TENANT), mixed));
        assertEquals("records[1].tenant", e.field());
        assertEquals(List.of(), AuditChain.append(AuditHead.genesis(Chains.TENANT), List.of()));
    }

    @Test
    void headsAreValidated() {
        String hash = "a".repeat(64);
        assertEquals("hash", assertThrows(InvalidInputException.class,
            () -> new AuditHead(Chains.TENANT, 3, "A".repeat(64))).field());
        assertEquals("sequence", assertThrows(InvalidInputException.class,
            () -> new AuditHead(Chains.TENANT, -1, hash)).field());
        assertEquals("hash", assertThrows(InvalidInputException.class,
            () -> new AuditHead(Chains.TENANT, 0, hash)).field());
        assertTrue(AuditHead.genesis(Chains.TENANT).isGenesis());
        assertEquals("anchor.tenant", assertThrows(InvalidInputException.class, () -> AuditVerifier.verify(
            Chains.TENANT, List.of(), Optional.of(AuditHead.genesis(Chains.OTHER)))).field());
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private static String sha256(Writer writer) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
    }

    private static void field(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
