package org.sendias.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.calendar.HolidayCalendar;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.casework.CaseCommand.AddNote;
import org.sendias.casework.CaseCommand.RecordEqualityMonitoring;
import org.sendias.casework.CaseSnapshot;
import org.sendias.casework.Domain;
import org.sendias.casework.HelpLevel;
import org.sendias.casework.Note;
import org.sendias.casework.OpenCase;
import org.sendias.consent.Article6Basis;
import org.sendias.consent.ConsentMethod;
import org.sendias.consent.ConsentScope;
import org.sendias.consent.DataCategory;
import org.sendias.consent.GiveConsent;
import org.sendias.consent.Purpose;
import org.sendias.consent.Recipient;
import org.sendias.consent.RecordDisclosure;
import org.sendias.encryption.FieldCipher;
import org.sendias.encryption.InMemoryKeyProvider;
import org.sendias.equality.EqualityMonitoring;
import org.sendias.equality.GenderAnswer;
import org.sendias.impartiality.OptionExplained;
import org.sendias.impartiality.RecordAdviceNote;
import org.sendias.impartiality.Route;
import org.sendias.party.OrganisationIdentifier;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;
import org.sendias.testkit.generators.Cases;

/**
 * Field encryption at rest, run on each database: nothing of the covered fields is readable in any table, cases
 * round-trip, re-encryption after rotation loses nothing and leaves nothing under the old key (even with a writer
 * changing a case meanwhile), rows written before encryption was turned on are encrypted by it, and a ciphertext
 * moved to another tenant or field, or read by a store without keys, fails clearly.
 */
abstract class EncryptedStoreContract {
    static final TenantId TENANT = TenantId.of("crypt-a");
    static final TenantId OTHER = TenantId.of("crypt-b");
    static final UserId ADVISER = UserId.of("adviser-7");
    static final UserId MANAGER = UserId.of("manager-2");
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final String[] TABLES = {"sendias_case", "sendias_case_party", "sendias_case_note",
        "sendias_case_deadline", "sendias_register", "sendias_outbox", "sendias_audit"};
    static final ObjectMapper MAPPER = new ObjectMapper();

    static final String CHILD = "Zephyrine Quackenbush-Öztürk";
    static final LocalDate BORN = LocalDate.of(2011, 7, 13);
    static final String PARENT = "Renée d'Arcy-Ngozika";
    static final String SCHOOL = "St Aldhelmsworth Academy";
    static final String URN = "913579";
    static final String NOTE_1 = "Mum says the annual review meeting was cancelled twice \uD83D\uDE41";
    static final String NOTE_2 = "مراجعة الخطة يوم الثلاثاء: Tuesday review of the plan";
    static final String SUMMARY = "Explained the mediation certificate needed before a tribunal appeal";
    static final String RECIPIENT = "Dr Philippa Wrenfield-Osei";
    static final String ROLE = "Community paediatrician at Lindenbrook";
    static final String AUTHORITY = "Harrowgate Vale Children's Services";
    static final String REASON = "Disclosed after a safeguarding concern raised by the class teacher";
    static final String WHY_NOT = "Telling the stepfather would increase the risk to the child";
    static final String SELF = "Genderfluid, in their own chosen words";
    static final List<String> SECRETS = List.of(CHILD, BORN.toString(), PARENT, SCHOOL, "\"" + URN + "\"", NOTE_1,
        NOTE_2, SUMMARY, RECIPIENT, ROLE, AUTHORITY, REASON, WHY_NOT, SELF);

    InMemoryKeyProvider keys;
    DataSource ds;
    JdbcStore store;

    /** @return a database with the sendias schema and no rows */
    abstract DataSource emptyDatabase();

    @BeforeEach
    void createStore() {
        keys = new InMemoryKeyProvider();
        ds = emptyDatabase();
        store = JdbcStore.builder(ds).fieldEncryption(keys).build();
    }

    /** A case with a value in every encrypted field, built change by change. */
    static List<CaseChange> fullCase(TenantId tenant) {
        List<CaseChange> h = new ArrayList<>();
        Party parent = Party.person(PartyRole.PARENT, PARENT);
        Case c = add(h, Case.open(new OpenCase(tenant, CaseId.random(), Arrival.selfReferral(LocalDate.of(2026, 3, 2)),
            Set.of(Domain.EDUCATION), HelpLevel.CASEWORK_AND_SUPPORT, Party.child(CHILD, BORN),
            List.of(parent, Party.organisation(OrganisationKind.SCHOOL, SCHOOL, OrganisationIdentifier.urn(URN))),
            ADVISER), T0));
        Instant at = T0;
        c = add(h, c.addNote(new AddNote(NOTE_1, Optional.empty(), ADVISER), at = at.plusSeconds(600)));
        c = add(h, c.addNote(new AddNote(NOTE_2, Optional.of(c.notes().get(0).id()), ADVISER),
            at = at.plusSeconds(600)));
        c = add(h, c.recordAdviceNote(new RecordAdviceNote(c.id(), ADVISER,
            List.of(OptionExplained.of(Route.MEDIATION, SUMMARY)), Optional.empty()), at = at.plusSeconds(600)));
        c = add(h, c.giveConsent(new GiveConsent(parent.id(), ConsentScope.sharingWith(
            Recipient.of(OrganisationKind.HEALTH_BODY, RECIPIENT).withRole(ROLE), Set.of(Purpose.REQUEST_INFORMATION),
            Set.of(DataCategory.EDUCATION)), "consent-form-v3", ConsentMethod.WRITTEN, Optional.empty(), ADVISER),
            at = at.plusSeconds(600)));
        c = add(h, c.recordDisclosure(new RecordDisclosure(c.child().id(),
            Recipient.of(OrganisationKind.LOCAL_AUTHORITY, AUTHORITY), Set.of(DataCategory.CONTACT_DETAILS),
            Article6Basis.VITAL_INTERESTS, Optional.empty(), Optional.empty(), ADVISER, MANAGER, REASON, false,
            Optional.of(WHY_NOT)), at = at.plusSeconds(600)));
        add(h, c.recordEqualityMonitoring(new RecordEqualityMonitoring(parent.id(), new EqualityMonitoring(
            Optional.empty(), Optional.of(GenderAnswer.selfDescribed(SELF)), Optional.empty(), Optional.empty(),
            Optional.empty()), ADVISER), at.plusSeconds(600)));
        return h;
    }

    private static Case add(List<CaseChange> history, CaseChange change) {
        history.add(change);
        return change.after();
    }

    static void saveEach(JdbcStore into, List<CaseChange> history) {
        for (CaseChange change : history) {
            into.inTransaction(change.after().tenant(), w -> {
                w.save(change);
                return null;
            });
        }
    }

    static Case load(JdbcStore from, TenantId tenant, CaseId id) {
        return from.inTransaction(tenant, w -> w.findCase(id)).orElseThrow();
    }

    /** @return every column of every sendias table, as text */
    String dump() {
        StringBuilder b = new StringBuilder();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet r = s.executeQuery("select * from " + table)) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= columns; i++) {
                            b.append(r.getString(i)).append('\n');
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return b.toString();
    }

    long rows(TenantId tenant) {
        long n = 0;
        for (String table : new String[] {"sendias_case", "sendias_case_party", "sendias_case_note"}) {
            n += query("select count(*) from " + table + " where tenant_id = ?", tenant.value()).stream()
                .mapToLong(Long::parseLong).sum();
        }
        return n;
    }

    List<String> query(String sql, Object... args) {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    void update(String sql, Object... args) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            assertEquals(1, s.executeUpdate(), sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void noTableHoldsAnyEncryptedFieldInPlainTextAndTheCaseRoundTrips() {
        List<CaseChange> history = fullCase(TENANT);
        saveEach(store, history);
        Case expected = history.get(history.size() - 1).after();
        assertEquals(expected.snapshot(), load(store, TENANT, expected.id()).snapshot());
        String dump = dump();
        assertTrue(dump.contains("enc:v1:k1:"));
        for (String secret : SECRETS) {
            assertFalse(dump.contains(secret), () -> "stored in plain text: " + SECRETS.indexOf(secret));
        }
        // the same case through a store without encryption shows what the check looks for
        saveEach(JdbcStore.create(ds), fullCase(OTHER));
        String plain = dump();
        for (String secret : SECRETS) {
            assertTrue(plain.contains(secret), () -> "the control lacks secret " + SECRETS.indexOf(secret));
        }
    }

    @Test
    void generatedHistoriesRoundTripAndTheirLongFreeTextIsNotStored() {
        SplittableRandom random = new SplittableRandom(20260302L);
        List<Case> saved = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            List<CaseChange> history = Cases.histories(TENANT).next(random);
            for (CaseChange change : history) {
                saveEach(store, List.of(change));
                assertEquals(change.after().snapshot(), load(store, TENANT, change.after().id()).snapshot(),
                    "case " + i + " v" + change.after().version());
            }
            saved.add(history.get(history.size() - 1).after());
        }
        Set<String> secrets = new java.util.HashSet<>();
        int encrypted = 0;
        Json plain = new Json(HolidayCalendar::named);
        Json sealed = plain.sealed(new FieldSeal(new FieldCipher(keys), keys.keys(TENANT)));
        for (Case c : saved) {
            for (String body : query("select body from sendias_case where case_id = ? union all select body from "
                    + "sendias_case_party where case_id = ? union all select body from sendias_case_note "
                    + "where case_id = ?", c.id().value(), c.id().value(), c.id().value())) {
                encrypted += hidden(body, sealed, plain, secrets);
            }
        }
        assertTrue(encrypted > 100, "encrypted values: " + encrypted);
        String dump = dump();
        int checked = 0;
        for (String secret : secrets) {
            // ids, codes and instants in the equality answers are not secret on their own
            if (secret.length() >= 20 && !secret.matches("[0-9a-f-]{36}|[A-Z0-9_]+|[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z")) {
                checked++;
                assertFalse(dump.contains(secret), "a generated value is stored in plain text");
            }
        }
        assertTrue(checked > 20, "long values checked: " + checked);
    }

    /** Collects the plain text behind every encrypted value of a stored body; returns how many there were. */
    private static int hidden(String body, Json sealed, Json plain, Set<String> into) {
        JsonNode stored = read(body);
        Class<?> type = stored.has("role") ? Party.class : stored.has("writtenBy") ? Note.class : CaseSnapshot.class;
        JsonNode clear = read(plain.write(sealed.read(body, type), type));
        return pair(stored, clear, into);
    }

    private static int pair(JsonNode stored, JsonNode clear, Set<String> into) {
        if (stored.isObject() && stored.has("@enc")) {
            leaves(clear, into);
            return 1;
        }
        int n = 0;
        if (stored.isObject()) {
            for (Iterator<String> it = stored.fieldNames(); it.hasNext();) {
                String name = it.next();
                n += pair(stored.get(name), clear.get(name), into);
            }
        } else if (stored.isArray()) {
            for (int i = 0; i < stored.size(); i++) {
                n += pair(stored.get(i), clear.get(i), into);
            }
        }
        return n;
    }

    private static void leaves(JsonNode node, Set<String> into) {
        if (node.isTextual()) {
            into.add(node.textValue());
        }
        node.forEach(child -> leaves(child, into));
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void reencryptionMovesEveryRowToTheNewKeyAndTheOldKeyCanBeRetired() {
        SplittableRandom random = new SplittableRandom(7L);
        Map<CaseId, Case> expected = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            List<CaseChange> history = Cases.histories(TENANT).next(random);
            saveEach(store, history);
            Case last = history.get(history.size() - 1).after();
            expected.put(last.id(), last);
        }
        List<CaseChange> full = fullCase(TENANT);
        saveEach(store, full.subList(0, 2));
        List<CaseChange> otherTenant = fullCase(OTHER);
        saveEach(store, otherTenant);
        String otherBefore = String.join("|", query("select body from sendias_case_party where tenant_id = ? "
            + "order by case_id, position", OTHER.value()));

        assertEquals("k2", keys.rotate(TENANT));
        // a change after rotation writes its case row and new note under k2; its parties stay under k1
        saveEach(store, full.subList(2, 3));
        Case fullCase = full.get(2).after();
        expected.put(fullCase.id(), fullCase);

        long total = rows(TENANT);
        ReencryptionReport report = store.reencrypt(TENANT, 7, transaction -> { });
        assertEquals("k2", report.keyId());
        assertEquals(total, report.rowsReencrypted() + report.rowsAlreadyCurrent());
        assertEquals(2, report.rowsAlreadyCurrent(), "the case row and the note written after rotation");
        assertEquals(0, report.casesRetried());
        assertTrue(query("select body from sendias_case where tenant_id = ? union all select body from "
            + "sendias_case_party where tenant_id = ? union all select body from sendias_case_note where tenant_id = ?",
            TENANT.value(), TENANT.value(), TENANT.value()).stream().noneMatch(b -> b.contains("enc:v1:k1:")));
        assertEquals(otherBefore, String.join("|", query("select body from sendias_case_party where tenant_id = ? "
            + "order by case_id, position", OTHER.value())), "another tenant's rows are untouched");

        keys.retire(TENANT, "k1");
        for (Case c : expected.values()) {
            assertEquals(c.snapshot(), load(store, TENANT, c.id()).snapshot());
        }
        assertEquals(new ReencryptionReport("k2", 0, total, 0), store.reencryptToCurrentKey(TENANT),
            "a second run finds nothing to do");
        for (String secret : SECRETS) {
            assertFalse(dump().contains(secret));
        }
    }

    @Test
    void aCaseChangedWhileItsBatchIsReencryptedIsReadAgainAndNothingIsLost() {
        List<CaseChange> history = fullCase(TENANT);
        saveEach(store, history);
        Case before = history.get(history.size() - 1).after();
        keys.rotate(TENANT);
        CaseChange meanwhile = before.addNote(new AddNote("Written while the keys were being rotated", Optional.empty(),
            ADVISER), T0.plusSeconds(86_400));
        AtomicBoolean written = new AtomicBoolean();
        ReencryptionReport report = store.reencrypt(TENANT, 10, transaction -> {
            if (written.compareAndSet(false, true)) {
                saveEach(store, List.of(meanwhile));
            }
        });
        assertTrue(written.get());
        assertEquals(1, report.casesRetried());
        // parties and the older notes were still under k1 after the concurrent write, so the retry re-encrypted them
        assertEquals(rows(TENANT), report.rowsReencrypted() + report.rowsAlreadyCurrent());
        keys.retire(TENANT, "k1");
        assertEquals(meanwhile.after().snapshot(), load(store, TENANT, before.id()).snapshot());
    }

    @Test
    void rowsWrittenBeforeEncryptionWasTurnedOnAreReadAndThenEncrypted() {
        List<CaseChange> history = fullCase(TENANT);
        saveEach(JdbcStore.create(ds), history);
        Case expected = history.get(history.size() - 1).after();
        assertTrue(dump().contains(CHILD));
        assertEquals(expected.snapshot(), load(store, TENANT, expected.id()).snapshot());

        long total = rows(TENANT);
        ReencryptionReport report = store.reencryptToCurrentKey(TENANT);
        assertEquals(new ReencryptionReport("k1", total, 0, 0), report);
        String dump = dump();
        for (String secret : SECRETS) {
            assertFalse(dump.contains(secret), () -> "still in plain text: " + SECRETS.indexOf(secret));
        }
        assertEquals(expected.snapshot(), load(store, TENANT, expected.id()).snapshot());
    }

    @Test
    void aStoreWithoutKeysRefusesEncryptedCasesAndSaysWhy() {
        List<CaseChange> history = fullCase(TENANT);
        saveEach(store, history);
        CaseId id = history.get(0).after().id();
        JdbcStore plain = JdbcStore.create(ds);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> load(plain, TENANT, id));
        assertEquals("stored case " + id + " of tenant crypt-a cannot be read: field OptionExplained.summary is stored "
            + "encrypted under key k1, and this store has no field encryption: build it with "
            + "fieldEncryption(keyProvider)", e.getMessage());
        IllegalStateException none = assertThrows(IllegalStateException.class,
            () -> plain.reencryptToCurrentKey(TENANT));
        assertEquals("the store was built without field encryption: there is nothing to re-encrypt",
            none.getMessage());
    }

    @Test
    void aCiphertextMovedToAnotherTenantOrFieldFailsToDecryptAndNamesBoth() {
        List<CaseChange> mine = fullCase(TENANT);
        List<CaseChange> theirs = fullCase(OTHER);
        saveEach(store, mine);
        saveEach(store, theirs);
        CaseId myCase = mine.get(0).after().id();
        CaseId theirCase = theirs.get(0).after().id();
        String myChild = query("select body from sendias_case_party where case_id = ? and position = 0",
            myCase.value()).get(0);
        update("update sendias_case_party set body = ? where case_id = ? and position = 0", myChild,
            theirCase.value());
        IllegalStateException moved = assertThrows(IllegalStateException.class, () -> load(store, OTHER, theirCase));
        assertEquals("stored case " + theirCase + " of tenant crypt-b cannot be read: field Party.name of tenant "
            + "crypt-b under key k1: the value does not authenticate: it was altered, or it was encrypted for another "
            + "tenant or field, or under another key with this id", moved.getMessage());

        // within one tenant, the child's encrypted name put in place of a note's text does not read as the note
        ObjectNode note = (ObjectNode) read(query("select body from sendias_case_note where case_id = ? and "
            + "position = 0", myCase.value()).get(0));
        note.set("text", read(myChild).get("name"));
        update("update sendias_case_note set body = ? where case_id = ? and position = 0", note.toString(),
            myCase.value());
        IllegalStateException swapped = assertThrows(IllegalStateException.class, () -> load(store, TENANT, myCase));
        assertTrue(swapped.getMessage().contains("field Note.text of tenant crypt-a under key k1: the value does not "
            + "authenticate"), swapped.getMessage());
        for (String secret : SECRETS) {
            assertFalse(moved.getMessage().contains(secret) || swapped.getMessage().contains(secret));
        }
    }
}
