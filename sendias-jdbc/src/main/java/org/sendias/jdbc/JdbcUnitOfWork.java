package org.sendias.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sendias.CaseId;
import org.sendias.DomainEvent;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.casework.CaseSnapshot;
import org.sendias.casework.DueItem;
import org.sendias.casework.DueSoon;
import org.sendias.casework.Note;
import org.sendias.casework.ProcessId;
import org.sendias.conflicts.DeclarationRegister;
import org.sendias.conflicts.GiftsRegister;
import org.sendias.conflicts.RegisterEvent;
import org.sendias.conflicts.RegisterSettings;
import org.sendias.deadline.Deadline;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.deadline.ProcessHistory;
import org.sendias.deadline.Timeline;
import org.sendias.encryption.FieldCipherException;
import org.sendias.party.Party;
import org.sendias.audit.AuditChain;
import org.sendias.audit.AuditEvent;
import org.sendias.audit.AuditHead;
import org.sendias.spi.AuditRecord;
import org.sendias.spi.PendingChanges;
import org.sendias.spi.StaleCaseException;
import org.sendias.spi.StaleRegisterException;
import org.sendias.spi.UnitOfWork;
import org.sendias.spi.Versioned;

/**
 * One tenant's unit of work on one connection. Reads go to the database (seeing this unit's writes, which are held
 * in memory until {@link #flush()}); writes are checked and sent in batches when the work returns.
 */
final class JdbcUnitOfWork implements UnitOfWork {
    private static final String SERVICE_LEVEL = "service-level";
    /** Days either side of a due-soon window searched in the index, for engines whose calendars differ a little. */
    private static final int INDEX_MARGIN_DAYS = 7;

    private final Connection connection;
    private final TenantId tenant;
    private final Json json;
    private final DeadlineEngine engine;
    private final JdbcStore.Dialect dialect;
    private final PendingChanges pending;
    private final Map<CaseId, Case> loaded = new HashMap<>();
    private final List<OutboxRow> events = new ArrayList<>();
    private final List<AuditRecord> audits = new ArrayList<>();
    private boolean ended;

    /** An event for the outbox. */
    private record OutboxRow(Optional<CaseId> caseId, String type, Record event) {
    }

    JdbcUnitOfWork(Connection connection, TenantId tenant, Json json, DeadlineEngine engine,
            JdbcStore.Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
        this.tenant = tenant;
        this.json = json;
        this.engine = engine;
        this.pending = new PendingChanges(tenant);
    }

    @Override
    public TenantId tenant() {
        return tenant;
    }

    // ---- cases

    @Override
    public Optional<Case> findCase(CaseId id) {
        open();
        Objects.requireNonNull(id, "id");
        if (pending.isDeleted(id)) {
            return Optional.empty();
        }
        Optional<Case> mine = pending.findCase(id);
        if (mine.isPresent()) {
            return mine;
        }
        Case cached = loaded.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Case> found = query(() -> load(id), "reading a case");
        found.ifPresent(c -> loaded.put(id, c));
        return found;
    }

    /** Reads a case, its parties and its notes in one statement (one round trip). */
    private Optional<Case> load(CaseId id) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(LOAD_CASE)) {
            for (int i = 0; i < 3; i++) {
                s.setString(2 * i + 1, tenant.value());
                s.setObject(2 * i + 2, id.value());
            }
            return Optional.ofNullable(assemble(s).get(id));
        }
    }

    /** Reads many cases, with their parties and notes, in one statement per 1,000 ids. */
    private Map<CaseId, Case> loadAll(List<CaseId> ids) throws SQLException {
        Map<CaseId, Case> found = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(LOAD_CASES)) {
            for (int from = 0; from < ids.size(); from += 1000) {
                List<CaseId> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
                java.sql.Array array = connection.createArrayOf("uuid",
                    chunk.stream().map(CaseId::value).toArray(UUID[]::new));
                try {
                    for (int i = 0; i < 3; i++) {
                        s.setString(2 * i + 1, tenant.value());
                        s.setArray(2 * i + 2, array);
                    }
                    found.putAll(assemble(s));
                } finally {
                    array.free();
                }
            }
        }
        return found;
    }

    /**
     * Runs a {@link #LOAD_CASE} or {@link #LOAD_CASES} statement. Its rows come by case, then by part (0 the case's
     * row, 1 its parties, 2 its notes), then by position.
     */
    private Map<CaseId, Case> assemble(PreparedStatement s) throws SQLException {
        Map<CaseId, Case> cases = new HashMap<>();
        try (ResultSet r = s.executeQuery()) {
            CaseId id = null;
            CaseSnapshot body = null;
            List<Party> parties = new ArrayList<>();
            List<Note> notes = new ArrayList<>();
            while (r.next()) {
                CaseId row = new CaseId(r.getObject(1, UUID.class));
                if (!row.equals(id)) {
                    restore(id, body, parties, notes, cases);
                    id = row;
                    body = null;
                    parties = new ArrayList<>();
                    notes = new ArrayList<>();
                }
                try {
                    switch (r.getInt(2)) {
                        case 0 -> body = json.read(r.getString(4), CaseSnapshot.class);
                        case 1 -> parties.add(json.read(r.getString(4), Party.class));
                        default -> notes.add(json.read(r.getString(4), Note.class));
                    }
                } catch (FieldCipherException | IllegalStateException e) {
                    // these messages name fields, keys and tenants only
                    throw new IllegalStateException("stored case " + row + " of tenant " + tenant + " cannot be "
                        + "read: " + e.getMessage(), e);
                }
            }
            restore(id, body, parties, notes, cases);
        }
        return cases;
    }

    private void restore(CaseId id, CaseSnapshot body, List<Party> parties, List<Note> notes,
            Map<CaseId, Case> into) {
        if (body == null) {
            return;
        }
        try {
            into.put(id, Case.restore(withPartiesAndNotes(body, parties, notes)));
        } catch (InvalidInputException e) {
            throw new IllegalStateException("stored case " + id + " of tenant " + tenant + " cannot be read: "
                + e.getMessage(), e);
        }
    }

    private static final String LOAD_PARTS = "select case_id, 0 as part, 0 as position, body from sendias_case "
        + "where tenant_id = ? and case_id %1$s "
        + "union all select case_id, 1, position, body from sendias_case_party where tenant_id = ? and case_id %1$s "
        + "union all select case_id, 2, position, body from sendias_case_note where tenant_id = ? and case_id %1$s ";
    private static final String LOAD_CASE = String.format(LOAD_PARTS, "= ?") + "order by part, position";
    private static final String LOAD_CASES = String.format(LOAD_PARTS, "= any(?)") + "order by case_id, part, position";

    @Override
    public List<CaseId> caseIds() {
        open();
        Set<CaseId> ids = new LinkedHashSet<>(query(() -> {
            List<CaseId> found = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement(
                    "select case_id from sendias_case where tenant_id = ?")) {
                s.setString(1, tenant.value());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(new CaseId(r.getObject(1, UUID.class)));
                    }
                }
            }
            return found;
        }, "listing cases"));
        ids.addAll(pending.caseIds());
        ids.removeIf(pending::isDeleted);
        return List.copyOf(ids);
    }

    @Override
    public void save(CaseChange change) {
        open();
        pending.save(change);
        for (DomainEvent e : change.events()) {
            events.add(new OutboxRow(Optional.of(e.caseId()), e.type(), (Record) e));
        }
    }

    @Override
    public void deleteCase(CaseId id, long expectedVersion) {
        open();
        pending.delete(id, expectedVersion);
        loaded.remove(id);
    }

    @Override
    public List<DueItem> dueSoon(DeadlineEngine caller, LocalDate asOf, int workingDays, boolean includeOverdue) {
        open();
        LocalDate until = DueSoon.windowEnd(caller, asOf, workingDays).plusDays(INDEX_MARGIN_DAYS);
        LocalDate from = asOf.minusDays(INDEX_MARGIN_DAYS);
        Set<CaseId> candidates = new LinkedHashSet<>(query(() -> {
            List<CaseId> found = new ArrayList<>();
            // a deadline met on or before the as-of date is not listed, so only later completions are candidates
            String sql = "select distinct case_id from sendias_case_deadline where tenant_id = ? and due_on <= ? "
                + "and (met_on is null or met_on >= ?)" + (includeOverdue ? "" : " and due_on >= ?");
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                s.setString(1, tenant.value());
                s.setObject(2, until);
                s.setObject(3, from);
                if (!includeOverdue) {
                    s.setObject(4, from);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(new CaseId(r.getObject(1, UUID.class)));
                    }
                }
            }
            return found;
        }, "finding deadlines due soon"));
        candidates.addAll(pending.caseIds());
        List<CaseId> toLoad = new ArrayList<>();
        for (CaseId id : candidates) {
            if (pending.findCase(id).isEmpty() && !loaded.containsKey(id)) {
                toLoad.add(id);
            }
        }
        if (!toLoad.isEmpty()) {
            loaded.putAll(query(() -> loadAll(toLoad), "reading the cases with deadlines due soon"));
        }
        List<Case> cases = new ArrayList<>(candidates.size());
        for (CaseId id : candidates) {
            findCase(id).ifPresent(cases::add);
        }
        return DueSoon.find(cases, tenant, caller, asOf, workingDays, includeOverdue);
    }

    // ---- registers

    @Override
    public Versioned<DeclarationRegister> declarations(RegisterSettings ifNone) {
        open();
        return register("declarations", DeclarationRegister.class,
            () -> DeclarationRegister.empty(tenant, ifNone));
    }

    @Override
    public void saveDeclarations(long expectedVersion, DeclarationRegister register, List<RegisterEvent> evs) {
        saveRegister("declarations", expectedVersion, register, register.tenant(), evs);
    }

    @Override
    public Versioned<GiftsRegister> gifts(RegisterSettings ifNone) {
        open();
        return register("gifts", GiftsRegister.class, () -> GiftsRegister.empty(tenant, ifNone));
    }

    @Override
    public void saveGifts(long expectedVersion, GiftsRegister register, List<RegisterEvent> evs) {
        saveRegister("gifts", expectedVersion, register, register.tenant(), evs);
    }

    private <T> Versioned<T> register(String kind, Class<T> type, java.util.function.Supplier<T> empty) {
        Optional<Versioned<T>> mine = pending.register(kind, type);
        if (mine.isPresent()) {
            return mine.get();
        }
        return query(() -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "select version, body from sendias_register where tenant_id = ? and kind = ?")) {
                s.setString(1, tenant.value());
                s.setString(2, kind);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return new Versioned<>(empty.get(), 0);
                    }
                    return new Versioned<>(json.read(r.getString(2), type), r.getLong(1));
                }
            }
        }, "reading the " + kind + " register");
    }

    private void saveRegister(String kind, long expectedVersion, Object register, TenantId owner,
            List<RegisterEvent> evs) {
        open();
        Objects.requireNonNull(evs, "events");
        pending.saveRegister(kind, expectedVersion, register, owner);
        for (RegisterEvent e : evs) {
            pending.requireTenant(e.tenant());
            events.add(new OutboxRow(Optional.empty(), e.type(), e));
        }
    }

    // ---- audit

    @Override
    public void audit(AuditRecord record) {
        open();
        pending.requireTenant(Objects.requireNonNull(record, "record").tenant());
        Instants.toNanos(record.at(), "at");
        audits.add(record);
    }

    // ---- commit

    /** Writes everything held, in batches; throws (for the caller to roll back) if a version check fails. */
    void flush() throws SQLException {
        ended = true;
        List<CaseChange> inserts = new ArrayList<>();
        List<CaseChange> updates = new ArrayList<>();
        for (CaseChange c : pending.cases()) {
            (c.before() == null ? inserts : updates).add(c);
        }
        deleteCases();
        updateCases(updates);
        insertCases(inserts);
        writeParties(inserts, updates);
        writeNotes(inserts, updates);
        writeDeadlines(inserts, updates);
        writeReporting(inserts, updates);
        writeRegisters();
        writeOutbox();
        writeAudit();
    }

    void end() {
        ended = true;
    }

    /** @return whether the unit holds anything to write: changed cases or registers, events or audit records */
    boolean hasWrites() {
        return !pending.cases().isEmpty() || !pending.deletions().isEmpty() || !pending.registers().isEmpty()
            || !events.isEmpty() || !audits.isEmpty();
    }

    /**
     * Deletes the cases deleted in this unit: their child rows (parties, notes, deadline index), then the case rows
     * at the versions expected. Outbox rows stay (they hold ids).
     */
    private void deleteCases() throws SQLException {
        Map<CaseId, Long> deletions = pending.deletions();
        if (deletions.isEmpty()) {
            return;
        }
        ReportRows.rewrite(connection, dialect, tenant, deletions.keySet(), List.of(), engine);
        for (String table : List.of("sendias_case_party", "sendias_case_note", "sendias_case_deadline")) {
            try (PreparedStatement s = connection.prepareStatement("delete from " + table
                    + " where tenant_id = ? and case_id = ?")) {
                for (CaseId id : deletions.keySet()) {
                    s.setString(1, tenant.value());
                    s.setObject(2, id.value());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        List<Map.Entry<CaseId, Long>> rows = new ArrayList<>(deletions.entrySet());
        try (PreparedStatement s = connection.prepareStatement("delete from sendias_case where tenant_id = ? "
                + "and case_id = ? and version = ?")) {
            for (Map.Entry<CaseId, Long> d : rows) {
                s.setString(1, tenant.value());
                s.setObject(2, d.getKey().value());
                s.setLong(3, d.getValue());
                s.addBatch();
            }
            executeVersioned(s, rows.stream().map(Map.Entry::getKey).toList(),
                rows.stream().map(Map.Entry::getValue).toList(), "deletion");
        }
    }

    private void updateCases(List<CaseChange> updates) throws SQLException {
        if (updates.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("update sendias_case set version = ?, status = ?, "
                + "adviser_id = ?, body = ? where tenant_id = ? and case_id = ? and version = ?")) {
            for (CaseChange c : updates) {
                Case after = c.after();
                s.setLong(1, after.version());
                s.setString(2, after.status().name());
                s.setString(3, after.adviser().map(a -> a.value()).orElse(null));
                s.setString(4, body(after));
                s.setString(5, tenant.value());
                s.setObject(6, after.id().value());
                s.setLong(7, c.before().version());
                s.addBatch();
            }
            executeVersioned(s, updates.stream().map(c -> c.after().id()).toList(),
                updates.stream().map(c -> c.before().version()).toList(), "change");
        }
    }

    /**
     * Runs a batch of version-checked statements, one per case, and insists that each touched its row.
     *
     * @param what what the statements do to the cases, for messages ("change", "deletion")
     * @throws StaleCaseException naming the first case whose version moved, or the first case of the batch if the
     *     database refused it as a conflict with another transaction
     */
    private static void executeVersioned(PreparedStatement s, List<CaseId> ids, List<Long> versions, String what)
            throws SQLException {
        int[] counts;
        try {
            counts = s.executeBatch();
        } catch (SQLException e) {
            if (Sql.isConflict(e)) {
                throw new StaleCaseException(ids.get(0), (ids.size() == 1 ? "case " + ids.get(0) + " is"
                    : "one of " + ids.size() + " cases, from " + ids.get(0) + ", is") + " being changed by another "
                    + "unit of work (SQL state " + e.getSQLState() + ")");
            }
            throw e;
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw new StaleCaseException(ids.get(i), "case " + ids.get(i) + " is no longer at version "
                    + versions.get(i) + ", the version the " + what + " was made to");
            }
        }
    }

    private void insertCases(List<CaseChange> inserts) throws SQLException {
        if (inserts.isEmpty()) {
            return;
        }
        requireIdsFree(inserts);
        try (PreparedStatement s = connection.prepareStatement("insert into sendias_case (tenant_id, case_id, "
                + "version, status, opened_at, adviser_id, body) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (CaseChange c : inserts) {
                Case after = c.after();
                s.setString(1, tenant.value());
                s.setObject(2, after.id().value());
                s.setLong(3, after.version());
                s.setString(4, after.status().name());
                s.setObject(5, timestamp(after.openedAt()));
                s.setString(6, after.adviser().map(a -> a.value()).orElse(null));
                s.setString(7, body(after));
                s.addBatch();
            }
            try {
                s.executeBatch();
            } catch (SQLException e) {
                if (Sql.isDuplicate(e) || Sql.isConflict(e)) {
                    // another unit of work stored one of these ids since the check above
                    CaseId id = inserts.get(0).after().id();
                    throw new StaleCaseException(id, (inserts.size() == 1 ? "case " + id + " is"
                        : "one of " + inserts.size() + " new cases, from " + id + ", is")
                        + " a new case whose id is already stored");
                }
                throw e;
            }
        }
    }

    /** Refuses new cases whose ids the tenant already has, naming the first. */
    private void requireIdsFree(List<CaseChange> inserts) throws SQLException {
        for (int from = 0; from < inserts.size(); from += 500) {
            List<CaseChange> chunk = inserts.subList(from, Math.min(inserts.size(), from + 500));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement s = connection.prepareStatement("select case_id from sendias_case where "
                    + "tenant_id = ? and case_id in (" + marks + ")")) {
                s.setString(1, tenant.value());
                for (int i = 0; i < chunk.size(); i++) {
                    s.setObject(i + 2, chunk.get(i).after().id().value());
                }
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        CaseId id = new CaseId(r.getObject(1, UUID.class));
                        throw new StaleCaseException(id, "case " + id + " is a new case whose id is already stored");
                    }
                }
            }
        }
    }

    private void writeParties(List<CaseChange> inserts, List<CaseChange> updates) throws SQLException {
        List<Case> rewrite = new ArrayList<>();
        inserts.forEach(c -> rewrite.add(c.after()));
        List<Case> changed = new ArrayList<>();
        for (CaseChange c : updates) {
            if (!c.before().parties().equals(c.after().parties())) {
                rewrite.add(c.after());
                changed.add(c.after());
            }
        }
        if (rewrite.isEmpty()) {
            return;
        }
        deleteRows("sendias_case_party", changed);
        try (PreparedStatement s = connection.prepareStatement("insert into sendias_case_party (tenant_id, case_id, "
                + "position, party_id, role, body) values (?, ?, ?, ?, ?, ?)")) {
            for (Case c : rewrite) {
                List<Party> parties = c.parties();
                for (int i = 0; i < parties.size(); i++) {
                    Party p = parties.get(i);
                    s.setString(1, tenant.value());
                    s.setObject(2, c.id().value());
                    s.setInt(3, i);
                    s.setObject(4, p.id().value());
                    s.setString(5, p.role().name());
                    s.setString(6, json.write(p, Party.class));
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    private void writeNotes(List<CaseChange> inserts, List<CaseChange> updates) throws SQLException {
        Map<Case, Integer> from = new LinkedHashMap<>();
        inserts.forEach(c -> from.put(c.after(), 0));
        List<Case> rewrite = new ArrayList<>();
        for (CaseChange c : updates) {
            List<Note> before = c.before().notes();
            List<Note> after = c.after().notes();
            if (after.size() >= before.size() && after.subList(0, before.size()).equals(before)) {
                if (after.size() > before.size()) {
                    from.put(c.after(), before.size());
                }
            } else {
                // notes are append-only, so this does not happen; if it did, the stored notes follow the case
                rewrite.add(c.after());
                from.put(c.after(), 0);
            }
        }
        if (from.isEmpty()) {
            return;
        }
        deleteRows("sendias_case_note", rewrite);
        try (PreparedStatement s = connection.prepareStatement("insert into sendias_case_note (tenant_id, case_id, "
                + "position, note_id, written_at, written_by, body) values (?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Case, Integer> e : from.entrySet()) {
                List<Note> notes = e.getKey().notes();
                for (int i = e.getValue(); i < notes.size(); i++) {
                    Note n = notes.get(i);
                    s.setString(1, tenant.value());
                    s.setObject(2, e.getKey().id().value());
                    s.setInt(3, i);
                    s.setObject(4, n.id().value());
                    s.setObject(5, timestamp(n.writtenAt()));
                    s.setString(6, n.writtenBy().value());
                    s.setString(7, json.write(n, Note.class));
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }

    private void writeDeadlines(List<CaseChange> inserts, List<CaseChange> updates) throws SQLException {
        List<Case> rewrite = new ArrayList<>();
        inserts.forEach(c -> rewrite.add(c.after()));
        List<Case> changed = new ArrayList<>();
        for (CaseChange c : updates) {
            if (!c.before().serviceLevelHistory().equals(c.after().serviceLevelHistory())
                    || !c.before().processes().equals(c.after().processes())) {
                rewrite.add(c.after());
                changed.add(c.after());
            }
        }
        if (rewrite.isEmpty()) {
            return;
        }
        deleteRows("sendias_case_deadline", changed);
        try (PreparedStatement s = connection.prepareStatement("insert into sendias_case_deadline (tenant_id, "
                + "case_id, process_key, rule, due_on, met_on) values (?, ?, ?, ?, ?, ?)")) {
            for (Case c : rewrite) {
                LocalDate asOf = latestDate(c);
                addDeadlines(s, c, SERVICE_LEVEL, c.serviceLevel(engine, asOf));
                for (Map.Entry<ProcessId, Timeline> e : c.processTimelines(engine, asOf).entrySet()) {
                    addDeadlines(s, c, e.getKey().toString(), e.getValue());
                }
            }
            s.executeBatch();
        }
    }

    /** Rewrites the reporting index of every case inserted or changed. */
    private void writeReporting(List<CaseChange> inserts, List<CaseChange> updates) throws SQLException {
        List<Case> rewrite = new ArrayList<>();
        inserts.forEach(c -> rewrite.add(c.after()));
        updates.forEach(c -> rewrite.add(c.after()));
        ReportRows.rewrite(connection, dialect, tenant, updates.stream().map(c -> c.after().id()).toList(), rewrite,
            engine);
    }

    /**
     * Reads the given cases for the reporting index (in statements of 1,000 ids).
     *
     * @param ids stored case ids
     * @return the cases found
     */
    Map<CaseId, Case> readAll(List<CaseId> ids) {
        open();
        return query(() -> loadAll(ids), "reading cases for the reporting index");
    }

    private void addDeadlines(PreparedStatement s, Case c, String processKey, Timeline timeline)
            throws SQLException {
        for (Deadline d : timeline.deadlines()) {
            if (d.due().isEmpty()) {
                continue;
            }
            s.setString(1, tenant.value());
            s.setObject(2, c.id().value());
            s.setString(3, processKey);
            s.setString(4, d.rule().name());
            s.setObject(5, d.due().get());
            s.setObject(6, d.completedOn().orElse(null), Types.DATE);
            s.addBatch();
        }
    }

    /** The date by which everything the case records has happened: deadlines met by then stay met. */
    private static LocalDate latestDate(Case c) {
        LocalDate latest = c.openedAt().atZone(ZoneOffset.UTC).toLocalDate();
        List<ProcessHistory> histories = new ArrayList<>(c.processes().values());
        histories.add(c.serviceLevelHistory());
        for (ProcessHistory h : histories) {
            for (LocalDate d : h.events().values()) {
                if (d.isAfter(latest)) {
                    latest = d;
                }
            }
        }
        return latest;
    }

    private void deleteRows(String table, List<Case> cases) throws SQLException {
        if (cases.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("delete from " + table
                + " where tenant_id = ? and case_id = ?")) {
            for (Case c : cases) {
                s.setString(1, tenant.value());
                s.setObject(2, c.id().value());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void writeRegisters() throws SQLException {
        for (Map.Entry<String, PendingChanges.Register<?>> e : pending.registers().entrySet()) {
            String kind = e.getKey();
            PendingChanges.Register<?> p = e.getValue();
            Object value = p.written().value();
            String body = json.write(value, value.getClass());
            if (p.expected() == 0) {
                try (PreparedStatement s = connection.prepareStatement("insert into sendias_register (tenant_id, "
                        + "kind, version, body) values (?, ?, ?, ?)")) {
                    s.setString(1, tenant.value());
                    s.setString(2, kind);
                    s.setLong(3, p.written().version());
                    s.setString(4, body);
                    s.executeUpdate();
                } catch (SQLException x) {
                    if (Sql.isDuplicate(x) || Sql.isConflict(x)) {
                        throw new StaleRegisterException(kind + ": the change was made to an empty register, and "
                            + "another unit of work has stored one");
                    }
                    throw x;
                }
            } else {
                try (PreparedStatement s = connection.prepareStatement("update sendias_register set version = ?, "
                        + "body = ? where tenant_id = ? and kind = ? and version = ?")) {
                    s.setLong(1, p.written().version());
                    s.setString(2, body);
                    s.setString(3, tenant.value());
                    s.setString(4, kind);
                    s.setLong(5, p.expected());
                    int count;
                    try {
                        count = s.executeUpdate();
                    } catch (SQLException x) {
                        if (Sql.isConflict(x)) {
                            throw new StaleRegisterException(kind + ": being changed by another unit of work");
                        }
                        throw x;
                    }
                    if (count == 0) {
                        throw new StaleRegisterException(kind + ": the stored version is not " + p.expected()
                            + ", the version the change was made to");
                    }
                }
            }
        }
    }

    private void writeOutbox() throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("insert into sendias_outbox (tenant_id, case_id, "
                + "type, event_class, body) values (?, ?, ?, ?, ?)")) {
            for (OutboxRow e : events) {
                s.setString(1, tenant.value());
                if (e.caseId().isPresent()) {
                    s.setObject(2, e.caseId().get().value());
                } else {
                    s.setNull(2, Types.OTHER);
                }
                s.setString(3, e.type());
                s.setString(4, e.event().getClass().getName());
                s.setString(5, json.write(e.event(), e.event().getClass()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Chains the audit records after the tenant's head and inserts them. Runs last, so the head's row is locked
     * (until the commit) for as short a time as the unit of work allows; units of work of one tenant that audit
     * commit one after another through that lock, and the sequences they take have no gaps.
     */
    private void writeAudit() throws SQLException {
        if (audits.isEmpty()) {
            return;
        }
        AuditHead head = lockAuditHead();
        List<AuditEvent> chained = AuditChain.append(head, audits);
        try (PreparedStatement s = connection.prepareStatement("insert into sendias_audit (tenant_id, sequence, at, "
                + "actor, action, case_id, subject, reason, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditEvent e : chained) {
                AuditRecord a = e.record();
                s.setString(1, tenant.value());
                s.setLong(2, e.sequence());
                s.setLong(3, Instants.toNanos(a.at(), "at"));
                s.setString(4, a.actor().value());
                s.setString(5, a.action());
                if (a.caseId().isPresent()) {
                    s.setObject(6, a.caseId().get().value());
                } else {
                    s.setNull(6, Types.OTHER);
                }
                s.setString(7, a.subject().orElse(null));
                s.setString(8, a.reason());
                s.setString(9, e.previousHash());
                s.setString(10, e.hash());
                s.addBatch();
            }
            s.executeBatch();
        }
        AuditEvent last = chained.get(chained.size() - 1);
        try (PreparedStatement s = connection.prepareStatement("update sendias_audit_head set sequence = ?, hash = ? "
                + "where tenant_id = ?")) {
            s.setLong(1, last.sequence());
            s.setString(2, last.hash());
            s.setString(3, tenant.value());
            s.executeUpdate();
        }
    }

    /** Locks the tenant's head row, creating it at the genesis head first if the tenant has none. */
    private AuditHead lockAuditHead() throws SQLException {
        AuditHead genesis = AuditHead.genesis(tenant);
        Optional<AuditHead> locked = selectAuditHeadForUpdate();
        if (locked.isPresent()) {
            return locked.get();
        }
        if (dialect == JdbcStore.Dialect.POSTGRESQL) {
            // waits for a concurrent insert of the same row and then does nothing, so the select below finds it
            try (PreparedStatement s = connection.prepareStatement("insert into sendias_audit_head (tenant_id, "
                    + "sequence, hash) values (?, 0, ?) on conflict (tenant_id) do nothing")) {
                s.setString(1, tenant.value());
                s.setString(2, genesis.hash());
                s.executeUpdate();
            }
        } else {
            // H2 fails only the statement when another transaction has inserted the row meanwhile, and the select
            // below then waits for that row
            try (PreparedStatement s = connection.prepareStatement("insert into sendias_audit_head (tenant_id, "
                    + "sequence, hash) select ?, 0, ? where not exists (select 1 from sendias_audit_head "
                    + "where tenant_id = ?)")) {
                s.setString(1, tenant.value());
                s.setString(2, genesis.hash());
                s.setString(3, tenant.value());
                s.executeUpdate();
            } catch (SQLException e) {
                if (!Sql.isDuplicate(e) && !Sql.isConflict(e)) {
                    throw e;
                }
            }
        }
        return selectAuditHeadForUpdate().orElseThrow(() -> new IllegalStateException("the audit head of tenant "
            + tenant + " could not be created"));
    }

    private Optional<AuditHead> selectAuditHeadForUpdate() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select sequence, hash from sendias_audit_head "
                + "where tenant_id = ? for update")) {
            s.setString(1, tenant.value());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(new AuditHead(tenant, r.getLong(1), r.getString(2)));
                } catch (InvalidInputException e) {
                    throw new IllegalStateException("the stored audit head of tenant " + tenant + " is not a valid "
                        + "head (" + e.getMessage() + "); nothing can be chained to it", e);
                }
            }
        }
    }

    // ---- helpers

    private String body(Case c) {
        return json.write(withPartiesAndNotes(c.snapshot(), List.of(), List.of()), CaseSnapshot.class);
    }

    private static CaseSnapshot withPartiesAndNotes(CaseSnapshot s, List<Party> parties, List<Note> notes) {
        return new CaseSnapshot(s.tenant(), s.id(), s.version(), s.openedAt(), s.openedBy(), s.arrival(), s.status(),
            s.statusHistory(), parties, s.domains(), s.helpLevel(), s.adviser(), s.walledOff(), s.contacts(), notes,
            s.adviceNotes(), s.consents(), s.capacity(), s.equality(), s.serviceLevel(), s.processes(), s.legalHolds(),
            s.corrections(), s.anonymisation(), s.outcomes());
    }

    private static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private void open() {
        if (ended) {
            throw new IllegalStateException("the unit of work has ended");
        }
    }

    /** A read that may throw SQLException. */
    private interface Read<T> {
        T run() throws SQLException;
    }

    private static <T> T query(Read<T> read, String doing) {
        try {
            return read.run();
        } catch (SQLException e) {
            throw JdbcStore.failure(doing, e);
        }
    }
}
