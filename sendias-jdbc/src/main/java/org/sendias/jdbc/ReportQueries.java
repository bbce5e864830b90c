package org.sendias.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.casework.Domain;
import org.sendias.casework.OutcomeKind;
import org.sendias.deadline.ProcessHistory;
import org.sendias.deadline.Rule;
import org.sendias.equality.AccessibleFormat;
import org.sendias.equality.DisabilityStatus;
import org.sendias.equality.EthnicGroup;
import org.sendias.equality.Gender;
import org.sendias.equality.Language;
import org.sendias.reporting.CategoryCounts;
import org.sendias.reporting.ContractTerms;
import org.sendias.reporting.QuarterlyReturn;
import org.sendias.reporting.ReferralSource;
import org.sendias.reporting.ReportingPeriod;
import org.sendias.reporting.ServiceLevelFigure;

/**
 * Aggregates the commissioner's return from the reporting index (migration V4) with grouped queries: no case is
 * read into memory, except for the service levels of cases indexed under other numbers of working days than the
 * contract's (see {@link JdbcStore#quarterlyReturn}).
 */
final class ReportQueries {
    private final Connection connection;
    private final JdbcStore.Dialect dialect;
    private final TenantId tenant;
    private final ReportingPeriod period;
    private final ContractTerms terms;

    ReportQueries(Connection connection, JdbcStore.Dialect dialect, TenantId tenant, ReportingPeriod period,
            ContractTerms terms) {
        this.connection = connection;
        this.dialect = dialect;
        this.tenant = tenant;
        this.period = period;
        this.terms = terms;
    }

    private static final String OPEN_IN_PERIOD = "exists (select 1 from sendias_report_open o where "
        + "o.tenant_id = %1$s.tenant_id and o.case_id = %1$s.case_id and o.open_from <= ? "
        + "and (o.open_to is null or o.open_to >= ?))";

    private static final String SPAN_IN_PERIOD = "%1$s.open_from <= ? and (%1$s.open_to is null or %1$s.open_to >= ?)";

    /** An SQL aggregate: the one value a person's rows agree on, else null. */
    private static String agreed(String column) {
        return "case when min(p." + column + ") = max(p." + column + ") then min(p." + column + ") end as " + column;
    }

    /** An SQL expression: the date {@code column} moved by a number of months given as a parameter. */
    private String plusMonths(String column) {
        return dialect == JdbcStore.Dialect.POSTGRESQL ? "cast(" + column + " + make_interval(months => ?) as date)"
            : "dateadd(month, ?, " + column + ")";
    }

    /** The figures, with the service levels of cases indexed under other targets taken from {@code fallback}. */
    QuarterlyReturn compute(Fallback fallback) throws SQLException {
        LocalDate start = period.start();
        LocalDate end = period.end();

        // cases open in one run carry it; the others are checked against their runs
        long casesOpen = 0;
        Map<Domain, Long> casesByDomain = zeros(Domain.class);
        try (PreparedStatement s = connection.prepareStatement("select count(*), coalesce(sum(c.education), 0), "
                + "coalesce(sum(c.health), 0), coalesce(sum(c.social_care), 0) from sendias_report_case c "
                + "where c.tenant_id = ? and c.open_runs = 1 and " + String.format(SPAN_IN_PERIOD, "c")
                + " union all select count(*), coalesce(sum(c.education), 0), coalesce(sum(c.health), 0), "
                + "coalesce(sum(c.social_care), 0) from sendias_report_case c where c.tenant_id = ? "
                + "and c.open_runs > 1 and " + String.format(OPEN_IN_PERIOD, "c"))) {
            s.setString(1, tenant.value());
            s.setObject(2, end);
            s.setObject(3, start);
            s.setString(4, tenant.value());
            s.setObject(5, end);
            s.setObject(6, start);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    casesOpen += r.getLong(1);
                    casesByDomain.merge(Domain.EDUCATION, r.getLong(2), Long::sum);
                    casesByDomain.merge(Domain.HEALTH, r.getLong(3), Long::sum);
                    casesByDomain.merge(Domain.SOCIAL_CARE, r.getLong(4), Long::sum);
                }
            }
        }

        long referrals = 0;
        Map<Domain, Long> referralsByDomain = zeros(Domain.class);
        Map<ReferralSource, Long> bySource = zeros(ReferralSource.class);
        try (PreparedStatement s = connection.prepareStatement("select source, count(*), sum(education), "
                + "sum(health), sum(social_care) from sendias_report_case where tenant_id = ? and arrived_on >= ? "
                + "and arrived_on <= ? group by source")) {
            s.setString(1, tenant.value());
            s.setObject(2, start);
            s.setObject(3, end);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    referrals += r.getLong(2);
                    bySource.merge(ReferralSource.valueOf(r.getString(1)), r.getLong(2), Long::sum);
                    referralsByDomain.merge(Domain.EDUCATION, r.getLong(3), Long::sum);
                    referralsByDomain.merge(Domain.HEALTH, r.getLong(4), Long::sum);
                    referralsByDomain.merge(Domain.SOCIAL_CARE, r.getLong(5), Long::sum);
                }
            }
        }

        long people = 0;
        Map<EthnicGroup, Long> ethnicity = zerosBut(EthnicGroup.class);
        Map<Gender, Long> gender = zerosBut(Gender.class);
        Map<DisabilityStatus, Long> disability = zerosBut(DisabilityStatus.class);
        Map<Language, Long> language = new TreeMap<>(Comparator.comparing(Language::code));
        long[] notStated = new long[4];
        // a person in one case only is counted from their row for the first run of the case that meets the period;
        // the rows of a person in several cases are grouped by person, and if their released answers disagree the
        // person counts as not stated
        String rows = "from sendias_report_person p where p.tenant_id = ? and p.open_from <= ? and (p.open_to is null "
            + "or p.open_to >= ?) and ";
        try (PreparedStatement s = connection.prepareStatement("select ethnic_group, gender, disability, "
                + "first_language, count(*) " + rows + "not p.shared and (p.previous_open_to is null or "
                + "p.previous_open_to < ?) group by ethnic_group, gender, disability, first_language union all "
                + "select ethnic_group, gender, disability, first_language, count(*) from (select p.party_id, "
                + agreed("ethnic_group") + ", " + agreed("gender") + ", " + agreed("disability") + ", "
                + agreed("first_language") + " " + rows + "p.shared group by p.party_id) x "
                + "group by ethnic_group, gender, disability, first_language")) {
            s.setString(1, tenant.value());
            s.setObject(2, end);
            s.setObject(3, start);
            s.setObject(4, start);
            s.setString(5, tenant.value());
            s.setObject(6, end);
            s.setObject(7, start);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long n = r.getLong(5);
                    people += n;
                    count(ethnicity, r.getString(1) == null ? null : EthnicGroup.valueOf(r.getString(1)), n,
                        notStated, 0);
                    count(gender, r.getString(2) == null ? null : Gender.valueOf(r.getString(2)), n, notStated, 1);
                    count(disability, r.getString(3) == null ? null : DisabilityStatus.valueOf(r.getString(3)), n,
                        notStated, 2);
                    count(language, r.getString(4) == null ? null : new Language(r.getString(4)), n, notStated, 3);
                }
            }
        }

        long[] ack = serviceLevel("ack", terms.acknowledgementWorkingDays());
        long[] first = serviceLevel("first", terms.firstAppointmentWorkingDays());
        add(ack, fallback.compute(casesUnderOtherTargets("ack", terms.acknowledgementWorkingDays()))
            .acknowledgement());
        add(first, fallback.compute(casesUnderOtherTargets("first", terms.firstAppointmentWorkingDays()))
            .firstAppointment());

        // appeals and exclusions in cases open in the involvement months up to the day
        Map<String, Long> involved = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement("select e.kind, count(*) from sendias_report_event e "
                + "where e.tenant_id = ? and e.kind in (?, ?) and e.on_date >= ? and e.on_date <= ? and ((e.open_runs "
                + "= 1 and e.open_from <= e.on_date and (e.open_to is null or e.open_to >= " + plusMonths("e.on_date")
                + ")) or (e.open_runs > 1 and exists (select 1 from sendias_report_open o where o.tenant_id = "
                + "e.tenant_id and o.case_id = e.case_id and o.open_from <= e.on_date and (o.open_to is null or "
                + "o.open_to >= " + plusMonths("e.on_date") + ")))) group by e.kind")) {
            s.setString(1, tenant.value());
            s.setString(2, ReportRows.APPEAL);
            s.setString(3, OutcomeKind.EXCLUSION_REPORTED.name());
            s.setObject(4, start);
            s.setObject(5, end);
            s.setInt(6, -terms.involvementMonths());
            s.setInt(7, -terms.involvementMonths());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    involved.put(r.getString(1), r.getLong(2));
                }
            }
        }

        Map<String, Long> transitions = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement("select e.kind, count(*) from sendias_report_event e "
                + "where e.tenant_id = ? and e.kind in (?, ?) and e.on_date >= ? and e.on_date <= ? "
                + "and e.on_date >= " + plusMonths("e.arrived_on") + " group by e.kind")) {
            s.setString(1, tenant.value());
            s.setString(2, OutcomeKind.TRANSITION_REPORTED_SUCCESSFUL.name());
            s.setString(3, OutcomeKind.TRANSITION_REPORTED_UNSUCCESSFUL.name());
            s.setObject(4, start);
            s.setObject(5, end);
            s.setInt(6, terms.transitionFollowUpMonths());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    transitions.put(r.getString(1), r.getLong(2));
                }
            }
        }

        // every other dated fact: count by kind and detail, and the cases having each kind
        Map<String, Long> byKind = new LinkedHashMap<>();
        Map<String, Long> casesByKind = new LinkedHashMap<>();
        Map<Language, Long> interpreters = new TreeMap<>(Comparator.comparing(Language::code));
        Map<AccessibleFormat, Long> formats = zeros(AccessibleFormat.class);
        try (PreparedStatement s = connection.prepareStatement("select kind, detail, count(*) from "
                + "sendias_report_event where tenant_id = ? and on_date >= ? and on_date <= ? "
                + "group by kind, detail")) {
            s.setString(1, tenant.value());
            s.setObject(2, start);
            s.setObject(3, end);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String kind = r.getString(1);
                    long n = r.getLong(3);
                    byKind.merge(kind, n, Long::sum);
                    if (kind.equals(ReportRows.INTERPRETER)) {
                        interpreters.merge(new Language(r.getString(2)), n, Long::sum);
                    } else if (kind.equals(ReportRows.FORMAT)) {
                        formats.merge(AccessibleFormat.valueOf(r.getString(2)), n, Long::sum);
                    }
                }
            }
        }
        try (PreparedStatement s = connection.prepareStatement("select kind, count(distinct case_id) from "
                + "sendias_report_event where tenant_id = ? and kind in (?, ?) and on_date >= ? and on_date <= ? "
                + "group by kind")) {
            s.setString(1, tenant.value());
            s.setString(2, ReportRows.INTERPRETER);
            s.setString(3, OutcomeKind.TRIBUNAL_WANTED_ALTERNATIVE_FOUND.name());
            s.setObject(4, start);
            s.setObject(5, end);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    casesByKind.put(r.getString(1), r.getLong(2));
                }
            }
        }
        long successful = transitions.getOrDefault(OutcomeKind.TRANSITION_REPORTED_SUCCESSFUL.name(), 0L);
        return new QuarterlyReturn(tenant, period, terms, people,
            new CategoryCounts<>(ethnicity, notStated[0]), new CategoryCounts<>(gender, notStated[1]),
            new CategoryCounts<>(disability, notStated[2]), new CategoryCounts<>(language, notStated[3]),
            casesOpen, casesByDomain, referrals, referralsByDomain, new CategoryCounts<>(bySource, 0),
            figure(Rule.SERVICE_ACKNOWLEDGEMENT, terms.acknowledgementWorkingDays(), ack),
            figure(Rule.SERVICE_FIRST_APPOINTMENT, terms.firstAppointmentWorkingDays(), first),
            involved.getOrDefault(ReportRows.APPEAL, 0L),
            casesByKind.getOrDefault(OutcomeKind.TRIBUNAL_WANTED_ALTERNATIVE_FOUND.name(), 0L),
            involved.getOrDefault(OutcomeKind.EXCLUSION_REPORTED.name(), 0L),
            successful + transitions.getOrDefault(OutcomeKind.TRANSITION_REPORTED_UNSUCCESSFUL.name(), 0L),
            successful, byKind.getOrDefault(OutcomeKind.COMPLAINT.name(), 0L),
            byKind.getOrDefault(OutcomeKind.COMMENDATION.name(), 0L), byKind.getOrDefault(ReportRows.INTERPRETER, 0L),
            casesByKind.getOrDefault(ReportRows.INTERPRETER, 0L), new CategoryCounts<>(interpreters, 0), formats);
    }

    /**
     * Counts one service level over the cases indexed under the contract's number of working days.
     *
     * @return on time, late, not met, released
     */
    private long[] serviceLevel(String prefix, int days) throws SQLException {
        String due = prefix + "_due_on";
        String met = prefix + "_met_on";
        String released = prefix + "_released_on";
        String metByEnd = met + " is not null and " + met + " <= ?";
        try (PreparedStatement s = connection.prepareStatement("select count(*), "
                + "coalesce(sum(case when " + metByEnd + " and " + met + " <= " + due + " then 1 else 0 end), 0), "
                + "coalesce(sum(case when " + metByEnd + " and " + met + " > " + due + " then 1 else 0 end), 0), "
                + "coalesce(sum(case when (" + met + " is null or " + met + " > ?) and " + released + " <= ? "
                + "then 1 else 0 end), 0) from sendias_report_case where tenant_id = ? and " + prefix
                + "_days = ? and " + due + " >= ? and " + due + " <= ?")) {
            LocalDate end = period.end();
            s.setObject(1, end);
            s.setObject(2, end);
            s.setObject(3, end);
            s.setObject(4, end);
            s.setString(5, tenant.value());
            s.setInt(6, days);
            s.setObject(7, period.start());
            s.setObject(8, end);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long total = r.getLong(1);
                long onTime = r.getLong(2);
                long late = r.getLong(3);
                long disapplied = r.getLong(4);
                return new long[] {onTime, late, total - onTime - late - disapplied, disapplied};
            }
        }
    }

    /**
     * The cases indexed under another number of working days than the contract's for one target, whose target
     * could fall in the period: a target falls on or after the referral's arrival, and at most twice the longest
     * target allowed plus a month later.
     */
    private List<CaseId> casesUnderOtherTargets(String prefix, int days) throws SQLException {
        List<CaseId> ids = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("select case_id from sendias_report_case where "
                + "tenant_id = ? and " + prefix + "_days <> ? and arrived_on >= ? and arrived_on <= ? "
                + "order by case_id")) {
            s.setString(1, tenant.value());
            s.setInt(2, days);
            s.setObject(3, period.start().minusDays(2L * ProcessHistory.MAX_SERVICE_TARGET_WORKING_DAYS + 31));
            s.setObject(4, period.end());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(new CaseId(r.getObject(1, UUID.class)));
                }
            }
        }
        return ids;
    }

    /** Computes the service levels of the cases given, from their bodies. */
    interface Fallback {
        /**
         * @param ids the cases
         * @return their return (only the service levels are used)
         */
        QuarterlyReturn compute(List<CaseId> ids) throws SQLException;
    }

    private static void add(long[] tally, ServiceLevelFigure f) {
        tally[0] += f.metOnTime();
        tally[1] += f.metLate();
        tally[2] += f.notMet();
        tally[3] += f.disapplied();
    }

    private static ServiceLevelFigure figure(Rule rule, int days, long[] t) {
        return new ServiceLevelFigure(rule, days, t[0], t[1], t[2], t[3]);
    }

    private static <K> void count(Map<K, Long> map, K key, long n, long[] notStated, int i) {
        if (key == null) {
            notStated[i] += n;
        } else {
            map.merge(key, n, Long::sum);
        }
    }

    private static <K extends Enum<K>> Map<K, Long> zeros(Class<K> type) {
        Map<K, Long> map = new EnumMap<>(type);
        for (K k : type.getEnumConstants()) {
            map.put(k, 0L);
        }
        return map;
    }

    private static <K extends Enum<K>> Map<K, Long> zerosBut(Class<K> type) {
        Map<K, Long> map = new LinkedHashMap<>();
        for (K k : type.getEnumConstants()) {
            if (!k.name().equals("PREFER_NOT_TO_SAY")) {
                map.put(k, 0L);
            }
        }
        return map;
    }
}
