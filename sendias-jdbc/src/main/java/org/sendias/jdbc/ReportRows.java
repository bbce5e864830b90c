package org.sendias.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.sendias.party.PartyRole;
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

    private static final Set<PartyRole> USERS = Set.of(PartyRole.CHILD_OR_YOUNG_PERSON, PartyRole.PARENT,
        PartyRole.CARER);

    private ReportRows() {
    }

    /** Deletes the index rows of the given cases. */
    static void delete(Connection connection, TenantId tenant, Collection<CaseId> ids) throws SQLException {
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

    /** Inserts the index rows of the given cases, which have none. */
    static void insert(Connection connection, TenantId tenant, Collection<Case> cases, DeadlineEngine engine)
            throws SQLException {
        if (cases.isEmpty()) {
            return;
        }
        try (PreparedStatement c = connection.prepareStatement("insert into sendias_report_case (tenant_id, case_id, "
                + "arrived_on, source, education, health, social_care, ack_days, ack_due_on, ack_met_on, "
                + "ack_released_on, first_days, first_due_on, first_met_on, first_released_on) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement o = connection.prepareStatement("insert into sendias_report_open (tenant_id, "
                    + "case_id, open_from, open_to) values (?, ?, ?, ?)");
                PreparedStatement p = connection.prepareStatement("insert into sendias_report_person (tenant_id, "
                    + "case_id, party_id, ethnic_group, gender, disability, first_language) "
                    + "values (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement e = connection.prepareStatement("insert into sendias_report_event (tenant_id, "
                    + "case_id, kind, on_date, detail) values (?, ?, ?, ?, ?)")) {
            for (Case k : cases) {
                addCase(c, tenant, k, engine);
                for (LocalDate[] run : openRuns(k)) {
                    o.setString(1, tenant.value());
                    o.setObject(2, k.id().value());
                    o.setObject(3, run[0]);
                    o.setObject(4, run[1], Types.DATE);
                    o.addBatch();
                }
                for (Party party : k.parties()) {
                    if (USERS.contains(party.role())) {
                        addPerson(p, tenant, k, party);
                    }
                }
                for (ProcessHistory h : k.processes().values()) {
                    Optional<LocalDate> lodged = h.event(EventType.APPEAL_REGISTERED);
                    if (h.process() == ProcessType.APPEAL && lodged.isPresent()) {
                        addEvent(e, tenant, k, APPEAL, lodged.get(), null);
                    }
                }
                for (RecordedOutcome outcome : k.outcomes()) {
                    addEvent(e, tenant, k, outcome.kind().name(), outcome.on(), null);
                }
                for (Contact contact : k.contacts()) {
                    if (contact.attempt()) {
                        continue;
                    }
                    LocalDate on = LocalDate.ofInstant(contact.occurredAt(), Case.ZONE);
                    if (contact.interpreter().isPresent()) {
                        addEvent(e, tenant, k, INTERPRETER, on, contact.interpreter().get().code());
                    }
                    for (AccessibleFormat f : contact.formats()) {
                        addEvent(e, tenant, k, FORMAT, on, f.name());
                    }
                }
            }
            c.executeBatch();
            o.executeBatch();
            p.executeBatch();
            e.executeBatch();
        }
    }

    private static void addCase(PreparedStatement s, TenantId tenant, Case k, DeadlineEngine engine)
            throws SQLException {
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

    private static void addPerson(PreparedStatement s, TenantId tenant, Case k, Party party) throws SQLException {
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
        s.addBatch();
    }

    private static void addEvent(PreparedStatement s, TenantId tenant, Case k, String kind, LocalDate on,
            String detail) throws SQLException {
        s.setString(1, tenant.value());
        s.setObject(2, k.id().value());
        s.setString(3, kind);
        s.setObject(4, on);
        s.setString(5, detail);
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
