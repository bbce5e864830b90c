package org.sendias.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.casework.Case;
import org.sendias.casework.Contact;
import org.sendias.casework.Domain;
import org.sendias.casework.RecordedOutcome;
import org.sendias.deadline.Deadline;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ExceptionRecord;
import org.sendias.deadline.ProcessHistory;
import org.sendias.deadline.ProcessType;
import org.sendias.deadline.Rule;
import org.sendias.deadline.Timeline;
import org.sendias.equality.AccessibleFormat;
import org.sendias.equality.DisabilityStatus;
import org.sendias.equality.EqualityMonitoring;
import org.sendias.equality.EthnicGroup;
import org.sendias.equality.Gender;
import org.sendias.equality.ReportableAnswers;
import org.sendias.party.Party;
import org.sendias.reporting.ReferralSource;

/**
 * Writes and deletes the reporting index of cases (tables {@code sendias_report_*}, migration V4): the rows
 * {@link ReportQueries} aggregates into the commissioner's return.
 */
final class ReportRows {
    /** The tables of the index, children of {@code sendias_case}. */
    static final List<String> TABLES = List.of("sendias_report_event", "sendias_report_person",
        "sendias_report_open", "sendias_report_case");
    static final String INTERPRETER = "INTERPRETER";
    static final String FORMAT = "FORMAT";
    static final String APPEAL = "APPEAL_REGISTERED";

    private ReportRows() {
    }

    /**
     * Rewrites the index of some cases of a tenant: deletes the rows of {@code removed} (cases deleted, or about to
     * be written again), inserts those of {@code written}, and changes each person's number of cases by the
     * difference, in one pass in party order, so that two commits lock the counts they change in the same order (a
     * case written again with the same people changes no count). Every row of a person in {@code written} who is now
     * in more than one case is marked as shared; a person's rows stay marked when their count falls again (the mark
     * only sends them through the slower, deduplicating count).
     */
    static void rewrite(Connection connection, JdbcStore.Dialect dialect, TenantId tenant, Collection<CaseId> removed,
            Collection<Case> written, DeadlineEngine engine) throws SQLException {
        Map<UUID, Integer> change = new TreeMap<>();
        for (UUID party : people(connection, tenant, removed)) {
            change.merge(party, -1, Integer::sum);
        }
        delete(connection, tenant, removed);
        List<UUID> added = insert(connection, tenant, written, engine);
        for (UUID party : added) {
            change.merge(party, 1, Integer::sum);
        }
        count(connection, dialect, tenant, change);
        markShared(connection, tenant, new TreeSet<>(added));
    }

    /** @return the people of each of the given cases, once per case, from their index rows */
    private static List<UUID> people(Connection connection, TenantId tenant, Collection<CaseId> ids)
            throws SQLException {
        List<UUID> out = new ArrayList<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement s = connection.prepareStatement("select distinct case_id, party_id from "
                + "sendias_report_person where tenant_id = ? and case_id = any(?)")) {
            s.setString(1, tenant.value());
            s.setArray(2, connection.createArrayOf("uuid", ids.stream().map(CaseId::value).toArray(UUID[]::new)));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getObject(2, UUID.class));
                }
            }
        }
        return out;
    }

    private static void delete(Connection connection, TenantId tenant, Collection<CaseId> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        for (String table : TABLES) {
            try (PreparedStatement s = connection.prepareStatement("delete from " + table
                    + " where tenant_id = ? and case_id = ?")) {
                for (CaseId id : ids) {
                    s.setString(1, tenant.value());
                    s.setObject(2, id.value());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
    }

    /**
     * Inserts the index rows of the given cases, which have none.
     *
     * @return the people of each case, once per case
     */
    private static List<UUID> insert(Connection connection, TenantId tenant, Collection<Case> cases,
            DeadlineEngine engine) throws SQLException {
        List<UUID> caseParties = new ArrayList<>();
        if (cases.isEmpty()) {
            return caseParties;
        }
        try (PreparedStatement c = connection.prepareStatement("insert into sendias_report_case (tenant_id, case_id, "
                + "arrived_on, source, education, health, social_care, ack_days, ack_due_on, ack_met_on, "
                + "ack_released_on, first_days, first_due_on, first_met_on, first_released_on, open_runs, open_from, "
                + "open_to) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement o = connection.prepareStatement("insert into sendias_report_open (tenant_id, "
                    + "case_id, open_from, open_to) values (?, ?, ?, ?)");
                PreparedStatement p = connection.prepareStatement("insert into sendias_report_person (tenant_id, "
                    + "case_id, party_id, ethnic_group, gender, disability, first_language, open_from, open_to, "
                    + "previous_open_to) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement e = connection.prepareStatement("insert into sendias_report_event (tenant_id, "
                    + "case_id, kind, on_date, detail, arrived_on, open_runs, open_from, open_to) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Case k : cases) {
                List<LocalDate[]> runs = openRuns(k);
                addCase(c, tenant, k, engine, runs);
                // the runs of a case open more than once; a case open once carries its run on its own rows
                for (LocalDate[] run : runs.size() > 1 ? runs : List.<LocalDate[]>of()) {
                    o.setString(1, tenant.value());
                    o.setObject(2, k.id().value());
                    o.setObject(3, run[0]);
                    o.setObject(4, run[1], Types.DATE);
                    o.addBatch();
                }
                // a person has one row for each run of the case (one row without a run if it never opened), with the
                // end of the run before, so that one row of the person is the first to meet any period
                List<LocalDate[]> personRuns = runs.isEmpty() ? List.<LocalDate[]>of(NEVER) : runs;
                Set<UUID> inCase = new TreeSet<>();
                for (Party party : k.parties()) {
                    if (party.role().usesTheService() && inCase.add(party.id().value())) {
                        for (int i = 0; i < personRuns.size(); i++) {
                            addPerson(p, tenant, k, party, personRuns.get(i), i == 0 ? null : personRuns.get(i - 1)[1]);
                        }
                    }
                }
                caseParties.addAll(inCase);
                for (ProcessHistory h : k.processes().values()) {
                    Optional<LocalDate> lodged = h.event(EventType.APPEAL_REGISTERED);
                    if (h.process() == ProcessType.APPEAL && lodged.isPresent()) {
                        addEvent(e, tenant, k, runs, APPEAL, lodged.get(), null);
                    }
                }
                for (RecordedOutcome outcome : k.outcomes()) {
                    addEvent(e, tenant, k, runs, outcome.kind().name(), outcome.on(), null);
                }
                for (Contact contact : k.contacts()) {
                    if (contact.attempt()) {
                        continue;
                    }
                    LocalDate on = LocalDate.ofInstant(contact.occurredAt(), Case.ZONE);
                    if (contact.interpreter().isPresent()) {
                        addEvent(e, tenant, k, runs, INTERPRETER, on, contact.interpreter().get().code());
                    }
                    for (AccessibleFormat f : contact.formats()) {
                        addEvent(e, tenant, k, runs, FORMAT, on, f.name());
                    }
                }
            }
            c.executeBatch();
            o.executeBatch();
            p.executeBatch();
            e.executeBatch();
        }
        return caseParties;
    }

    private static final LocalDate[] NEVER = {null, null};

    /**
     * Changes the numbers of cases of people by the given differences, in party order (the map's); a difference of
     * zero changes nothing.
     */
    private static void count(Connection connection, JdbcStore.Dialect dialect, TenantId tenant,
            Map<UUID, Integer> change) throws SQLException {
        String sql = dialect == JdbcStore.Dialect.POSTGRESQL
            ? "insert into sendias_report_party (tenant_id, party_id, cases) values (?, ?, ?) on conflict "
                + "(tenant_id, party_id) do update set cases = sendias_report_party.cases + excluded.cases"
            : "merge into sendias_report_party t using (select cast(? as varchar(64)) as tenant_id, cast(? as uuid) "
                + "as party_id, cast(? as integer) as cases) s on t.tenant_id = s.tenant_id and t.party_id = "
                + "s.party_id when matched then update set cases = t.cases + s.cases when not matched then insert "
                + "(tenant_id, party_id, cases) values (s.tenant_id, s.party_id, s.cases)";
        boolean any = false;
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (Map.Entry<UUID, Integer> e : change.entrySet()) {
                if (e.getValue() != 0) {
                    s.setString(1, tenant.value());
                    s.setObject(2, e.getKey());
                    s.setInt(3, e.getValue());
                    s.addBatch();
                    any = true;
                }
            }
            if (any) {
                s.executeBatch();
            }
        }
    }

    /**
     * Marks as shared every row of the given people who are in more than one case. A commit counting a person
     * holds the lock on their count until it ends, so of two commits adding the same person to different cases, the
     * later sees the earlier's rows and marks them.
     */
    private static void markShared(Connection connection, TenantId tenant, Set<UUID> people) throws SQLException {
        List<UUID> shared = new ArrayList<>();
        if (people.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("select party_id from sendias_report_party "
                + "where tenant_id = ? and cases > 1 and party_id = any(?)")) {
            s.setString(1, tenant.value());
            s.setArray(2, connection.createArrayOf("uuid", people.toArray(UUID[]::new)));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    shared.add(r.getObject(1, UUID.class));
                }
            }
        }
        if (shared.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("update sendias_report_person set shared = true "
                + "where tenant_id = ? and party_id = ? and not shared")) {
            for (UUID party : shared) {
                s.setString(1, tenant.value());
                s.setObject(2, party);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void addCase(PreparedStatement s, TenantId tenant, Case k, DeadlineEngine engine,
            List<LocalDate[]> runs) throws SQLException {
        ProcessHistory history = k.serviceLevelHistory();
        s.setString(1, tenant.value());
        s.setObject(2, k.id().value());
        s.setObject(3, k.arrival().receivedOn());
        s.setString(4, ReferralSource.of(k.arrival()).name());
        s.setInt(5, k.domains().contains(Domain.EDUCATION) ? 1 : 0);
        s.setInt(6, k.domains().contains(Domain.HEALTH) ? 1 : 0);
        s.setInt(7, k.domains().contains(Domain.SOCIAL_CARE) ? 1 : 0);
        Timeline timeline = engine.compute(history, latest(history));
        s.setInt(8, history.acknowledgementWorkingDays());
        target(s, 9, timeline, history, Rule.SERVICE_ACKNOWLEDGEMENT);
        s.setInt(12, history.firstAppointmentWorkingDays());
        target(s, 13, timeline, history, Rule.SERVICE_FIRST_APPOINTMENT);
        s.setInt(16, runs.size());
        s.setObject(17, runs.size() == 1 ? runs.get(0)[0] : null, Types.DATE);
        s.setObject(18, runs.size() == 1 ? runs.get(0)[1] : null, Types.DATE);
        s.addBatch();
    }

    /**
     * Sets a target's due, met and released days. The timeline is assessed after every recorded event, so it holds
     * the day the target was met, if ever; assessed on an earlier day D, the target is met when that day is on or
     * before D, else released when an exception of the rule dated on or before both D and the due day exists (the
     * service rules allow no absence condition), else not met.
     */
    private static void target(PreparedStatement s, int at, Timeline timeline, ProcessHistory history, Rule rule)
            throws SQLException {
        Deadline d = timeline.deadline(rule).orElseThrow();
        LocalDate due = d.wouldHaveBeenDue().orElse(null);
        LocalDate released = null;
        if (due != null) {
            for (ExceptionRecord x : history.exceptions()) {
                if (x.rule() == rule && !x.from().isAfter(due) && (released == null || x.from().isBefore(released))) {
                    released = x.from();
                }
            }
        }
        s.setObject(at, due, Types.DATE);
        s.setObject(at + 1, due == null ? null : d.completedOn().orElse(null), Types.DATE);
        s.setObject(at + 2, released, Types.DATE);
    }

    /** A day after every event and exception of the history, so that every completion counts. */
    private static LocalDate latest(ProcessHistory history) {
        LocalDate latest = LocalDate.of(2000, 1, 1);
        for (LocalDate d : history.events().values()) {
            latest = d.isAfter(latest) ? d : latest;
        }
        for (ExceptionRecord x : history.exceptions()) {
            latest = x.from().isAfter(latest) ? x.from() : latest;
        }
        return latest;
    }

    private static void addPerson(PreparedStatement s, TenantId tenant, Case k, Party party, LocalDate[] run,
            LocalDate previousTo) throws SQLException {
        Optional<ReportableAnswers> answers = Optional.ofNullable(k.equalityMonitoring().get(party.id()))
            .flatMap(EqualityMonitoring::forReporting);
        s.setString(1, tenant.value());
        s.setObject(2, k.id().value());
        s.setObject(3, party.id().value());
        s.setString(4, answers.flatMap(ReportableAnswers::ethnicity).map(x -> x.group())
            .filter(g -> g != EthnicGroup.PREFER_NOT_TO_SAY).map(Enum::name).orElse(null));
        s.setString(5, answers.flatMap(ReportableAnswers::gender).filter(g -> g != Gender.PREFER_NOT_TO_SAY)
            .map(Enum::name).orElse(null));
        s.setString(6, answers.flatMap(ReportableAnswers::disability)
            .filter(g -> g != DisabilityStatus.PREFER_NOT_TO_SAY).map(Enum::name).orElse(null));
        s.setString(7, answers.flatMap(ReportableAnswers::firstLanguage).filter(l -> !l.isPreferNotToSay())
            .map(l -> l.code()).orElse(null));
        s.setObject(8, run[0], Types.DATE);
        s.setObject(9, run[1], Types.DATE);
        s.setObject(10, previousTo, Types.DATE);
        s.addBatch();
    }

    private static void addEvent(PreparedStatement s, TenantId tenant, Case k, List<LocalDate[]> runs, String kind,
            LocalDate on, String detail) throws SQLException {
        s.setString(1, tenant.value());
        s.setObject(2, k.id().value());
        s.setString(3, kind);
        s.setObject(4, on);
        s.setString(5, detail);
        s.setObject(6, k.arrival().receivedOn());
        s.setInt(7, runs.size());
        s.setObject(8, runs.size() == 1 ? runs.get(0)[0] : null, Types.DATE);
        s.setObject(9, runs.size() == 1 ? runs.get(0)[1] : null, Types.DATE);
        s.addBatch();
    }

    /** The runs of days the case was open, paused or reopened, as in the return's definition. */
    static List<LocalDate[]> openRuns(Case c) {
        List<LocalDate[]> out = new ArrayList<>();
        LocalDate since = LocalDate.ofInstant(c.openedAt(), Case.ZONE);
        boolean active = !c.arrival().startsHeld();
        for (Case.StatusChange change : c.statusHistory()) {
            LocalDate on = LocalDate.ofInstant(change.at(), Case.ZONE);
            boolean next = change.to().isActive();
            if (active && !next) {
                out.add(new LocalDate[] {since, on});
            } else if (!active && next) {
                since = on;
            }
            active = next;
        }
        if (active) {
            out.add(new LocalDate[] {since, null});
        }
        return out;
    }
}
