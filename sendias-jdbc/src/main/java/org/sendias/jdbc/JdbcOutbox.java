package org.sendias.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sendias.CaseId;
import org.sendias.DomainEvent;
import org.sendias.TenantId;
import org.sendias.conflicts.RegisterEvent;
import org.sendias.spi.Outbox;
import org.sendias.spi.OutboxEntry;

/**
 * The outbox table. Readers take a lock on a single row while they claim, so two readers never both hand out events
 * of the same case; each claim and each acknowledgement is its own transaction.
 */
final class JdbcOutbox implements Outbox {
    private final JdbcStore store;

    JdbcOutbox(JdbcStore store) {
        this.store = store;
    }

    /** A row chosen for a claim. */
    private record Claimed(long sequence, TenantId tenant, Optional<CaseId> caseId, String type, String eventClass,
            String body, int deliveries) {
    }

    @Override
    public List<OutboxEntry> claim(int max, Duration lease, Instant now) {
        Outbox.requireClaim(max, lease, now);
        long nowNanos = Instants.clamp(now);
        Instant until = now.plus(lease);
        long untilNanos = Instants.clamp(until);
        List<Claimed> claimed = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement s = c.prepareStatement(
                        "select id from sendias_outbox_lock where id = ? for update")) {
                    s.setInt(1, 1);
                    s.executeQuery().close();
                }
                Set<String> blocked = new HashSet<>();
                try (PreparedStatement s = c.prepareStatement("select sequence, tenant_id, case_id, type, "
                        + "event_class, body, deliveries, leased_until from sendias_outbox order by sequence")) {
                    s.setFetchSize(500);
                    try (ResultSet r = s.executeQuery()) {
                        while (claimed.size() < max && r.next()) {
                            UUID caseId = r.getObject(3, UUID.class);
                            String tenant = r.getString(2);
                            String key = caseId != null ? "case:" + caseId : "tenant:" + tenant;
                            boolean leased = r.getLong(8) > nowNanos;
                            if (!blocked.add(key) || leased) {
                                continue; // later events of a case wait for its earlier ones
                            }
                            claimed.add(new Claimed(r.getLong(1), TenantId.of(tenant),
                                Optional.ofNullable(caseId).map(CaseId::new), r.getString(4), r.getString(5),
                                r.getString(6), r.getInt(7) + 1));
                        }
                    }
                }
                if (!claimed.isEmpty()) {
                    try (PreparedStatement s = c.prepareStatement("update sendias_outbox set deliveries = ?, "
                            + "leased_until = ? where sequence = ?")) {
                        for (Claimed e : claimed) {
                            s.setInt(1, e.deliveries());
                            s.setLong(2, untilNanos);
                            s.setLong(3, e.sequence());
                            s.addBatch();
                        }
                        s.executeBatch();
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw JdbcStore.failure("claiming outbox events", e);
        }
        Instant leasedUntil = Instants.fromNanos(untilNanos);
        List<OutboxEntry> entries = new ArrayList<>(claimed.size());
        for (Claimed e : claimed) {
            Record event = store.json().read(e.body(), eventClass(e.eventClass()));
            entries.add(new OutboxEntry(e.sequence(), e.tenant(), e.caseId(), e.type(), event, e.deliveries(),
                leasedUntil));
        }
        return List.copyOf(entries);
    }

    private static Class<? extends Record> eventClass(String name) {
        Class<?> type;
        try {
            type = Class.forName(name, false, DomainEvent.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("an outbox event names the class " + name + ", which is not present", e);
        }
        if (!type.isRecord() || !(DomainEvent.class.isAssignableFrom(type) || type == RegisterEvent.class)) {
            throw new IllegalStateException("an outbox event names the class " + name + ", which is not a sendias "
                + "event");
        }
        return type.asSubclass(Record.class);
    }

    @Override
    public void acknowledge(Collection<Long> sequences) {
        Objects.requireNonNull(sequences, "sequences");
        if (sequences.isEmpty()) {
            return;
        }
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("delete from sendias_outbox where sequence = ?")) {
            c.setAutoCommit(false);
            for (Long sequence : sequences) {
                s.setLong(1, Objects.requireNonNull(sequence, "sequences: contains null"));
                s.addBatch();
            }
            s.executeBatch();
            c.commit();
        } catch (SQLException e) {
            throw JdbcStore.failure("acknowledging outbox events", e);
        }
    }

    @Override
    public long pending() {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from sendias_outbox");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw JdbcStore.failure("counting outbox events", e);
        }
    }
}
