package org.sendias.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendias.TenantId;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.memory.InMemoryStore;
import org.sendias.party.Party;
import org.sendias.party.PartyId;
import org.sendias.party.PartyRole;
import org.sendias.spi.Store;
import org.sendias.subjectaccess.Redactor;
import org.sendias.subjectaccess.SubjectAccess;
import org.sendias.subjectaccess.SubjectAccessExport;
import org.sendias.subjectaccess.SubjectQuery;
import org.sendias.testkit.generators.Cases;

/**
 * A subject access export read from the JDBC store is the export read from the in-memory store holding the same
 * cases: everything the export reads survives the database, in the same order.
 */
abstract class SubjectAccessJdbcContract {
    private static final TenantId TENANT = TenantId.of("sar");
    private static final TenantId OTHER = TenantId.of("sar-other");
    private static final Instant AT = Instant.parse("2027-01-15T10:00:00Z");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JdbcStore jdbc;
    private InMemoryStore memory;
    private final List<Case> cases = new ArrayList<>();

    /** @return an empty store */
    abstract JdbcStore emptyStore();

    @BeforeEach
    void fillBothStores() {
        jdbc = emptyStore();
        memory = new InMemoryStore();
        SplittableRandom random = new SplittableRandom(20260601L);
        for (int i = 0; i < 24; i++) {
            TenantId tenant = i % 6 == 5 ? OTHER : TENANT;
            List<CaseChange> history = Cases.histories(tenant).next(random);
            for (CaseChange change : history) {
                save(jdbc, change);
                save(memory, change);
            }
            cases.add(history.get(history.size() - 1).after());
        }
    }

    private static void save(Store store, CaseChange change) {
        store.inTransaction(change.after().tenant(), uow -> {
            uow.save(change);
            return null;
        });
    }

    private static SubjectAccessExport export(Store store, SubjectQuery query, Redactor redactor) {
        return store.inTransaction(TENANT, uow -> SubjectAccess.export(uow, query, redactor, AT));
    }

    private static JsonNode withoutGeneratedAt(SubjectAccessExport export) throws Exception {
        ObjectNode tree = (ObjectNode) MAPPER.readTree(export.toJson());
        tree.remove("generatedAt");
        return tree;
    }

    private void assertSameExport(SubjectQuery query, Redactor redactor, int atLeastCases) throws Exception {
        SubjectAccessExport fromJdbc = export(jdbc, query, redactor);
        SubjectAccessExport fromMemory = export(memory, query, redactor);
        assertTrue(fromMemory.caseIds().size() >= atLeastCases, "the query found " + fromMemory.caseIds().size());
        assertEquals(withoutGeneratedAt(fromMemory), withoutGeneratedAt(fromJdbc));
        assertEquals(fromMemory.toJson(), fromJdbc.toJson(), "the same text, byte for byte");
    }

    @Test
    void everyChildsExportIsTheSameFromBothStores() throws Exception {
        List<PartyId> children = cases.stream().filter(c -> c.tenant().equals(TENANT)).map(c -> c.child().id())
            .toList();
        assertSameExport(SubjectQuery.byPartyIds(children), Redactor.standard(), children.size());
        assertSameExport(SubjectQuery.byPartyIds(children), Redactor.none(), children.size());
        JsonNode counts = withoutGeneratedAt(export(jdbc, SubjectQuery.byPartyIds(children), Redactor.none()))
            .get("counts");
        for (String field : List.of("notes", "contacts", "consents")) {
            assertTrue(counts.get(field).asInt() > 0, "the generated cases hold " + field);
        }
    }

    @Test
    void parentsAndNameQueriesGiveTheSameExportFromBothStores() throws Exception {
        List<PartyId> adults = new ArrayList<>();
        for (Case c : cases) {
            if (c.tenant().equals(TENANT)) {
                c.parties().stream().filter(p -> p.role() == PartyRole.PARENT || p.role() == PartyRole.CARER)
                    .map(Party::id).forEach(adults::add);
            }
        }
        assertTrue(adults.size() > 3, "the generated cases have parents and carers");
        assertSameExport(SubjectQuery.byPartyIds(adults), Redactor.standard(), 3);
        Case first = cases.get(0);
        assertSameExport(SubjectQuery.byName(first.child().name(), first.child().dateOfBirth().orElseThrow()),
            Redactor.standard(), 1);
        assertSameExport(SubjectQuery.byName(first.child().name()), Redactor.none(), 1);
    }
}
