package org.sendias.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.casework.CaseSnapshot;
import org.sendias.casework.Note;
import org.sendias.encryption.FieldCipherException;
import org.sendias.party.Party;
import org.sendias.spi.StaleCaseException;

/**
 * One run of {@link JdbcStore#reencryptToCurrentKey}: the tenant's cases in id order, a batch per transaction. Each
 * case's rows are read and decrypted; if any is not under the current key, the case row is rewritten where its
 * version is still the one read (which also locks it against writers until the batch commits), and only then its
 * stale party and note rows. A case whose version moved on is read again in a transaction of its own.
 */
final class Reencryption {
    private static final int MAX_ATTEMPTS = 5;
    private static final String READ = "select case_id, 0 as part, 0 as position, version, case_id as item, body "
        + "from sendias_case where tenant_id = ? and case_id = any(?) "
        + "union all select case_id, 1, position, cast(0 as bigint), party_id, body from sendias_case_party "
        + "where tenant_id = ? and case_id = any(?) "
        + "union all select case_id, 2, position, cast(0 as bigint), note_id, body from sendias_case_note "
        + "where tenant_id = ? and case_id = any(?) "
        + "order by case_id, part, position";

    private final JdbcStore store;
    private final TenantId tenant;
    private final Json json;
    private final FieldSeal seal;
    private final int batch;
    private final IntConsumer afterRead;
    private long reencrypted;
    private long current;
    private int retried;
    private int transactions;

    /** A stored row: a case body (part 0), a party (1) or a note (2); {@code fresh} is its new body if stale. */
    private record Row(int part, int position, UUID item, String body, String fresh) {
    }

    /** A case's rows as read. */
    private record Stored(long version, List<Row> rows) {
    }

    /** One transaction's outcome: the cases it read, and those changed meanwhile, to read again. */
    private record Outcome(List<UUID> read, List<UUID> changed) {
    }

    Reencryption(JdbcStore store, TenantId tenant, Json json, FieldSeal seal, int batch, IntConsumer afterRead) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch: must be at least 1");
        }
        this.store = store;
        this.tenant = tenant;
        this.json = json;
        this.seal = seal;
        this.batch = batch;
        this.afterRead = afterRead;
    }

    ReencryptionReport run() {
        UUID cursor = null;
        List<UUID> again = List.of();
        int attempts = 0;
        while (true) {
            Outcome outcome;
            if (!again.isEmpty()) {
                if (++attempts >= MAX_ATTEMPTS) {
                    CaseId id = new CaseId(again.get(0));
                    throw new StaleCaseException(id, "case " + id + " of tenant " + tenant + " changed during each of "
                        + MAX_ATTEMPTS + " attempts to re-encrypt it; run the re-encryption again");
                }
                retried += again.size();
                outcome = transaction(again, null);
            } else {
                attempts = 0;
                outcome = transaction(null, cursor);
                if (outcome.read().isEmpty()) {
                    break;
                }
                cursor = outcome.read().get(outcome.read().size() - 1);
            }
            again = outcome.changed();
        }
        return new ReencryptionReport(seal.currentKeyId(), reencrypted, current, retried);
    }

    /** Re-encrypts the given cases, or else the next batch after the cursor, in one transaction. */
    private Outcome transaction(List<UUID> given, UUID cursor) {
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            List<UUID> ids = given;
            try {
                store.setTenant(c, tenant);
                if (ids == null) {
                    ids = nextIds(c, cursor);
                }
                if (ids.isEmpty()) {
                    c.commit();
                    return new Outcome(ids, List.of());
                }
                Map<UUID, Stored> stored = read(c, ids);
                afterRead.accept(transactions++);
                List<UUID> changed = write(c, stored);
                c.commit();
                return new Outcome(ids, changed);
            } catch (SQLException e) {
                c.rollback();
                if (ids != null && Sql.isConflict(e)) {
                    return new Outcome(ids, ids);
                }
                throw JdbcStore.failure("re-encrypting cases of tenant " + tenant, e);
            } catch (RuntimeException | Error e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw JdbcStore.failure("re-encrypting cases of tenant " + tenant, e);
        }
    }

    private List<UUID> nextIds(Connection c, UUID cursor) throws SQLException {
        String sql = "select case_id from sendias_case where tenant_id = ?" + (cursor == null ? "" : " and case_id > ?")
            + " order by case_id limit ?";
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            s.setString(i++, tenant.value());
            if (cursor != null) {
                s.setObject(i++, cursor);
            }
            s.setInt(i, batch);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    /** Reads and decrypts the cases' rows, noting for each whether it needs re-encrypting. */
    private Map<UUID, Stored> read(Connection c, List<UUID> ids) throws SQLException {
        Map<UUID, Stored> cases = new LinkedHashMap<>();
        java.sql.Array array = c.createArrayOf("uuid", ids.toArray(UUID[]::new));
        try (PreparedStatement s = c.prepareStatement(READ)) {
            for (int i = 0; i < 3; i++) {
                s.setString(2 * i + 1, tenant.value());
                s.setArray(2 * i + 2, array);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    UUID id = r.getObject(1, UUID.class);
                    int part = r.getInt(2);
                    if (part == 0) {
                        cases.put(id, new Stored(r.getLong(4), new ArrayList<>()));
                    }
                    Stored owner = cases.get(id);
                    if (owner == null) {
                        continue;
                    }
                    String body = r.getString(6);
                    owner.rows().add(new Row(part, r.getInt(3), r.getObject(5, UUID.class), body,
                        fresh(id, part, body)));
                }
            }
        } finally {
            array.free();
        }
        return cases;
    }

    /** @return the row's body re-encrypted under the current key, or {@code null} if it is under it already */
    private String fresh(UUID id, int part, String body) {
        Class<?> type = part == 0 ? CaseSnapshot.class : part == 1 ? Party.class : Note.class;
        seal.takeStale();
        try {
            Object value = json.read(body, type);
            return seal.takeStale() ? json.write(value, type) : null;
        } catch (FieldCipherException | IllegalStateException e) {
            throw new IllegalStateException("stored case " + id + " of tenant " + tenant + " cannot be read: "
                + e.getMessage(), e);
        }
    }

    /** Writes the stale rows of the cases still at the version read; returns the cases that were not. */
    private List<UUID> write(Connection c, Map<UUID, Stored> stored) throws SQLException {
        List<UUID> touched = new ArrayList<>();
        for (Map.Entry<UUID, Stored> e : stored.entrySet()) {
            boolean stale = e.getValue().rows().stream().anyMatch(r -> r.fresh() != null);
            if (stale) {
                touched.add(e.getKey());
            } else {
                current += e.getValue().rows().size();
            }
        }
        if (touched.isEmpty()) {
            return List.of();
        }
        List<UUID> changed = new ArrayList<>();
        List<UUID> locked = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("update sendias_case set body = ? where tenant_id = ? "
                + "and case_id = ? and version = ?")) {
            for (UUID id : touched) {
                Stored st = stored.get(id);
                Row caseRow = st.rows().get(0);
                s.setString(1, caseRow.fresh() != null ? caseRow.fresh() : caseRow.body());
                s.setString(2, tenant.value());
                s.setObject(3, id);
                s.setLong(4, st.version());
                s.addBatch();
            }
            int[] counts = s.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                (counts[i] == 0 ? changed : locked).add(touched.get(i));
            }
        }
        updateChildren(c, stored, locked, 1, "update sendias_case_party set body = ? where tenant_id = ? "
            + "and case_id = ? and position = ? and party_id = ?");
        updateChildren(c, stored, locked, 2, "update sendias_case_note set body = ? where tenant_id = ? "
            + "and case_id = ? and position = ? and note_id = ?");
        for (UUID id : locked) {
            for (Row r : stored.get(id).rows()) {
                if (r.fresh() != null) {
                    reencrypted++;
                } else {
                    current++;
                }
            }
        }
        return changed;
    }

    private void updateChildren(Connection c, Map<UUID, Stored> stored, List<UUID> locked, int part, String sql)
            throws SQLException {
        List<UUID> owners = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (UUID id : locked) {
                for (Row r : stored.get(id).rows()) {
                    if (r.part() == part && r.fresh() != null) {
                        s.setString(1, r.fresh());
                        s.setString(2, tenant.value());
                        s.setObject(3, id);
                        s.setInt(4, r.position());
                        s.setObject(5, r.item());
                        s.addBatch();
                        owners.add(id);
                    }
                }
            }
            if (owners.isEmpty()) {
                return;
            }
            int[] counts = s.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    // the case row was at the version read and is locked, so its parts cannot have changed
                    throw new IllegalStateException("case " + owners.get(i) + " of tenant " + tenant + " lost a "
                        + (part == 1 ? "party" : "note") + " row while its case row was locked");
                }
            }
        }
    }
}
