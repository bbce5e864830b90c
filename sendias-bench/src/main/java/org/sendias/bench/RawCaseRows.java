package org.sendias.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.sendias.TenantId;

/**
 * The rows the JDBC store writes for one new case, read back from the database after the store has written them,
 * so that {@link #insert} can write exactly the same rows again by hand, under another case id. The statements are
 * the store's own, and each value is bound with the same JDBC setter the store uses.
 */
final class RawCaseRows {
    static final String INSERT_CASE = "insert into sendias_case (tenant_id, case_id, version, status, opened_at, "
        + "adviser_id, body) values (?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_PARTY = "insert into sendias_case_party (tenant_id, case_id, position, party_id, "
        + "role, body) values (?, ?, ?, ?, ?, ?)";
    static final String INSERT_NOTE = "insert into sendias_case_note (tenant_id, case_id, position, note_id, "
        + "written_at, written_by, body) values (?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_DEADLINE = "insert into sendias_case_deadline (tenant_id, case_id, process_key, rule, "
        + "due_on, met_on) values (?, ?, ?, ?, ?, ?)";
    /** The reporting index's tables, copied column by column as the schema has them. */
    static final List<String> REPORT_TABLES = List.of("sendias_report_case", "sendias_report_open",
        "sendias_report_person", "sendias_report_event");
    /** The tables a new case has rows in. */
    static final List<String> TABLES = List.of("sendias_case", "sendias_case_party", "sendias_case_note",
        "sendias_case_deadline", "sendias_outbox", "sendias_report_case", "sendias_report_open",
        "sendias_report_person", "sendias_report_event");
    static final String INSERT_OUTBOX = "insert into sendias_outbox (tenant_id, case_id, type, event_class, body) "
        + "values (?, ?, ?, ?, ?)";

    record CaseRow(String tenant, UUID caseId, long version, String status, OffsetDateTime openedAt, String adviser,
            String body) {
    }

    record PartyRow(int position, UUID partyId, String role, String body) {
    }

    record NoteRow(int position, UUID noteId, OffsetDateTime writtenAt, String writtenBy, String body) {
    }

    record DeadlineRow(String processKey, String rule, LocalDate dueOn, LocalDate metOn) {
    }

    /** An outbox row; every row of a case's change names the case. */
    record OutboxRow(String type, String eventClass, String body) {
    }

    /** A reporting index row: every column but the tenant and the case, with its SQL type. */
    record ReportRow(String table, List<String> columns, List<Integer> types, List<Object> values) {
        String insert() {
            return "insert into " + table + " (tenant_id, case_id, " + String.join(", ", columns) + ") values (?, ?"
                + ", ?".repeat(columns.size()) + ")";
        }
    }

    final CaseRow row;
    final List<PartyRow> parties = new ArrayList<>();
    final List<NoteRow> notes = new ArrayList<>();
    final List<DeadlineRow> deadlines = new ArrayList<>();
    final List<OutboxRow> outbox = new ArrayList<>();
    final List<ReportRow> report = new ArrayList<>();

    private RawCaseRows(CaseRow row) {
        this.row = row;
    }

    /**
     * @param ds the database
     * @param tenant the service
     * @return every case of the tenant with its rows, in the order the store inserted them
     */
    static List<RawCaseRows> read(DataSource ds, TenantId tenant) throws SQLException {
        Map<UUID, RawCaseRows> cases = new LinkedHashMap<>();
        try (Connection c = ds.getConnection()) {
            try (ResultSet r = query(c, "select case_id, version, status, opened_at, adviser_id, body "
                    + "from sendias_case where tenant_id = ? order by ctid", tenant)) {
                while (r.next()) {
                    UUID id = r.getObject(1, UUID.class);
                    cases.put(id, new RawCaseRows(new CaseRow(tenant.value(), id, r.getLong(2), r.getString(3),
                        r.getObject(4, OffsetDateTime.class), r.getString(5), r.getString(6))));
                }
            }
            try (ResultSet r = query(c, "select case_id, position, party_id, role, body from sendias_case_party "
                    + "where tenant_id = ? order by ctid", tenant)) {
                while (r.next()) {
                    cases.get(r.getObject(1, UUID.class)).parties.add(new PartyRow(r.getInt(2),
                        r.getObject(3, UUID.class), r.getString(4), r.getString(5)));
                }
            }
            try (ResultSet r = query(c, "select case_id, position, note_id, written_at, written_by, body "
                    + "from sendias_case_note where tenant_id = ? order by ctid", tenant)) {
                while (r.next()) {
                    cases.get(r.getObject(1, UUID.class)).notes.add(new NoteRow(r.getInt(2),
                        r.getObject(3, UUID.class), r.getObject(4, OffsetDateTime.class), r.getString(5),
                        r.getString(6)));
                }
            }
            try (ResultSet r = query(c, "select case_id, process_key, rule, due_on, met_on from "
                    + "sendias_case_deadline where tenant_id = ? order by ctid", tenant)) {
                while (r.next()) {
                    cases.get(r.getObject(1, UUID.class)).deadlines.add(new DeadlineRow(r.getString(2),
                        r.getString(3), r.getObject(4, LocalDate.class), r.getObject(5, LocalDate.class)));
                }
            }
            try (ResultSet r = query(c, "select case_id, type, event_class, body from sendias_outbox "
                    + "where tenant_id = ? order by sequence", tenant)) {
                while (r.next()) {
                    cases.get(r.getObject(1, UUID.class)).outbox.add(new OutboxRow(r.getString(2), r.getString(3),
                        r.getString(4)));
                }
            }
            for (String table : REPORT_TABLES) {
                try (ResultSet r = query(c, "select * from " + table + " where tenant_id = ? order by ctid", tenant)) {
                    java.sql.ResultSetMetaData m = r.getMetaData();
                    List<String> columns = new ArrayList<>();
                    List<Integer> types = new ArrayList<>();
                    for (int i = 1; i <= m.getColumnCount(); i++) {
                        if (!m.getColumnName(i).equals("tenant_id") && !m.getColumnName(i).equals("case_id")) {
                            columns.add(m.getColumnName(i));
                            types.add(m.getColumnType(i));
                        }
                    }
                    while (r.next()) {
                        List<Object> values = new ArrayList<>();
                        for (String column : columns) {
                            values.add(r.getObject(column));
                        }
                        cases.get(r.getObject("case_id", UUID.class)).report.add(new ReportRow(table,
                            List.copyOf(columns), List.copyOf(types), values));
                    }
                }
            }
        }
        return new ArrayList<>(cases.values());
    }

    private static ResultSet query(Connection c, String sql, TenantId tenant) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        s.closeOnCompletion();
        s.setString(1, tenant.value());
        return s.executeQuery();
    }

    /**
     * @param id another case id
     * @return the same rows for a case with that id: the id in the key columns and wherever the JSON names it
     */
    RawCaseRows withId(UUID id) {
        String from = row.caseId().toString();
        String to = id.toString();
        RawCaseRows copy = new RawCaseRows(new CaseRow(row.tenant(), id, row.version(), row.status(), row.openedAt(),
            row.adviser(), row.body().replace(from, to)));
        for (PartyRow p : parties) {
            copy.parties.add(new PartyRow(p.position(), p.partyId(), p.role(), p.body().replace(from, to)));
        }
        for (NoteRow n : notes) {
            copy.notes.add(new NoteRow(n.position(), n.noteId(), n.writtenAt(), n.writtenBy(),
                n.body().replace(from, to)));
        }
        copy.deadlines.addAll(deadlines);
        for (OutboxRow o : outbox) {
            copy.outbox.add(new OutboxRow(o.type(), o.eventClass(), o.body().replace(from, to)));
        }
        copy.report.addAll(report);
        return copy;
    }

    /**
     * Inserts the cases' rows with one batch per table, in the store's order (cases, parties, notes, due dates,
     * outbox, reporting index), on a connection whose transaction the caller commits.
     *
     * @param c the connection
     * @param cases the cases
     */
    static void insert(Connection c, List<RawCaseRows> cases) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT_CASE)) {
            for (RawCaseRows k : cases) {
                CaseRow row = k.row;
                s.setString(1, row.tenant());
                s.setObject(2, row.caseId());
                s.setLong(3, row.version());
                s.setString(4, row.status());
                s.setObject(5, row.openedAt());
                s.setString(6, row.adviser());
                s.setString(7, row.body());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(INSERT_PARTY)) {
            for (RawCaseRows k : cases) {
                for (PartyRow p : k.parties) {
                    s.setString(1, k.row.tenant());
                    s.setObject(2, k.row.caseId());
                    s.setInt(3, p.position());
                    s.setObject(4, p.partyId());
                    s.setString(5, p.role());
                    s.setString(6, p.body());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(INSERT_NOTE)) {
            for (RawCaseRows k : cases) {
                for (NoteRow n : k.notes) {
                    s.setString(1, k.row.tenant());
                    s.setObject(2, k.row.caseId());
                    s.setInt(3, n.position());
                    s.setObject(4, n.noteId());
                    s.setObject(5, n.writtenAt());
                    s.setString(6, n.writtenBy());
                    s.setString(7, n.body());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(INSERT_DEADLINE)) {
            for (RawCaseRows k : cases) {
                for (DeadlineRow d : k.deadlines) {
                    s.setString(1, k.row.tenant());
                    s.setObject(2, k.row.caseId());
                    s.setString(3, d.processKey());
                    s.setString(4, d.rule());
                    s.setObject(5, d.dueOn());
                    s.setObject(6, d.metOn(), Types.DATE);
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(INSERT_OUTBOX)) {
            for (RawCaseRows k : cases) {
                for (OutboxRow o : k.outbox) {
                    s.setString(1, k.row.tenant());
                    s.setObject(2, k.row.caseId());
                    s.setString(3, o.type());
                    s.setString(4, o.eventClass());
                    s.setString(5, o.body());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
        for (String table : REPORT_TABLES) {
            insertReportRows(c, cases, table);
        }
        countPeople(c, cases);
    }

    /** Counts each case's people in their numbers of cases, and looks for anyone now in several, as the store does. */
    private static void countPeople(Connection c, List<RawCaseRows> cases) throws SQLException {
        List<UUID> counted = new ArrayList<>();
        String tenant = null;
        for (RawCaseRows k : cases) {
            tenant = k.row.tenant();
            java.util.Set<UUID> inCase = new java.util.TreeSet<>();
            for (ReportRow row : k.report) {
                if (row.table().equals("sendias_report_person")) {
                    inCase.add((UUID) row.values().get(row.columns().indexOf("party_id")));
                }
            }
            counted.addAll(inCase);
        }
        if (counted.isEmpty()) {
            return;
        }
        counted.sort(java.util.Comparator.naturalOrder());
        try (PreparedStatement s = c.prepareStatement("insert into sendias_report_party (tenant_id, party_id, cases) "
                + "values (?, ?, 1) on conflict (tenant_id, party_id) do update set cases = "
                + "sendias_report_party.cases + 1")) {
            for (UUID party : counted) {
                s.setString(1, tenant);
                s.setObject(2, party);
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("select party_id from sendias_report_party where "
                + "tenant_id = ? and cases > 1 and party_id = any(?)")) {
            s.setString(1, tenant);
            s.setArray(2, c.createArrayOf("uuid", new java.util.TreeSet<>(counted).toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    r.getObject(1);
                }
            }
        }
    }

    private static void insertReportRows(Connection c, List<RawCaseRows> cases, String table) throws SQLException {
        PreparedStatement s = null;
        try {
            for (RawCaseRows k : cases) {
                for (ReportRow row : k.report) {
                    if (!row.table().equals(table)) {
                        continue;
                    }
                    if (s == null) {
                        s = c.prepareStatement(row.insert());
                    }
                    s.setString(1, k.row.tenant());
                    s.setObject(2, k.row.caseId());
                    for (int i = 0; i < row.values().size(); i++) {
                        if (row.values().get(i) == null) {
                            s.setNull(i + 3, row.types().get(i));
                        } else {
                            s.setObject(i + 3, row.values().get(i));
                        }
                    }
                    s.addBatch();
                }
            }
            if (s != null) {
                s.executeBatch();
            }
        } finally {
            if (s != null) {
                s.close();
            }
        }
    }

    /**
     * Checks that two sets of cases have the same rows in every table a new case has rows in: every column (those
     * this class writes and any other), apart from the case id, the outbox's sequence number, and the case id where
     * the JSON names it. The check reads whatever the schema holds, so a column the store starts to write and this
     * class does not is caught.
     *
     * @param ds the database
     * @param written cases the store wrote
     * @param replayed the same cases written by {@link #insert}, under other ids
     * @throws IllegalStateException if a table differs
     */
    static void requireSameRows(DataSource ds, List<UUID> written, List<UUID> replayed) throws SQLException {
        try (Connection c = ds.getConnection()) {
            for (String table : TABLES) {
                String rows = "select replace((to_jsonb(t) - 'case_id' - 'sequence')::text, t.case_id::text, '#') "
                    + "from " + table + " t where t.case_id = any(?)";
                try (PreparedStatement s = c.prepareStatement("select (select count(*) from (" + rows
                        + " except all " + rows + ") a), (select count(*) from (" + rows + " except all " + rows
                        + ") b), (select count(*) from " + table + " where case_id = any(?))")) {
                    s.setArray(1, c.createArrayOf("uuid", written.toArray()));
                    s.setArray(2, c.createArrayOf("uuid", replayed.toArray()));
                    s.setArray(3, c.createArrayOf("uuid", replayed.toArray()));
                    s.setArray(4, c.createArrayOf("uuid", written.toArray()));
                    s.setArray(5, c.createArrayOf("uuid", written.toArray()));
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        if (r.getLong(1) != 0 || r.getLong(2) != 0) {
                            throw new IllegalStateException(table + ": of the " + r.getLong(3) + " rows the store "
                                + "wrote, " + r.getLong(1) + " were not written again by hand, and " + r.getLong(2)
                                + " rows written by hand are not the store's: update RawCaseRows to the schema");
                        }
                    }
                }
            }
        }
    }

    /** @return the characters of JSON the case's rows carry */
    long jsonChars() {
        long n = row.body().length();
        for (PartyRow p : parties) {
            n += p.body().length();
        }
        for (NoteRow x : notes) {
            n += x.body().length();
        }
        for (OutboxRow o : outbox) {
            n += o.body().length();
        }
        return n;
    }
}
