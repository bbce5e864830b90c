package org.sendias.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.casework.RecordedOutcome;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.reporting.ContractTerms;
import org.sendias.reporting.QuarterlyReturn;
import org.sendias.reporting.QuarterlyReturns;
import org.sendias.reporting.ReportingPeriod;
import org.sendias.testkit.generators.Cases;

/**
 * The commissioner's return aggregated in SQL equals the one computed from the loaded cases, on each database: for
 * generated case histories, several periods and contract terms, after changes and deletions, and after the
 * reporting index is rebuilt.
 */
abstract class ReportingContract {
    static final TenantId TENANT = TenantId.of("report");
    static final TenantId OTHER = TenantId.of("report-other");
    static final DeadlineEngine ENGINE = DeadlineEngine.create();
    static final List<ContractTerms> TERMS = List.of(ContractTerms.DEFAULT, new ContractTerms(3, 10, 3, 12),
        new ContractTerms(2, 5, 12, 1));

    JdbcStore store;

    /** @return an empty store */
    abstract JdbcStore emptyStore();

    /** @return the store's database */
    abstract DataSource dataSource();

    @BeforeEach
    void createStore() {
        store = emptyStore();
    }

    private final Map<CaseId, Case> latest = new LinkedHashMap<>();

    private void saveHistories(SplittableRandom random, TenantId tenant, int count) {
        for (int i = 0; i < count; i++) {
            List<CaseChange> history = i % 2 == 0 ? Cases.histories(tenant).next(random)
                : DenseCases.history(tenant, random);
            // the changes of a history are saved in a few units of work, so that cases are both inserted and changed
            int split = random.nextInt(history.size());
            store.inTransaction(tenant, w -> {
                history.subList(0, split + 1).forEach(w::save);
                return null;
            });
            if (split + 1 < history.size()) {
                store.inTransaction(tenant, w -> {
                    history.subList(split + 1, history.size()).forEach(w::save);
                    return null;
                });
            }
            if (tenant.equals(TENANT)) {
                latest.put(history.get(0).after().id(), history.get(history.size() - 1).after());
            }
        }
    }

    /** Periods that the cases reach: years and quarters around their arrivals, outcomes and contacts. */
    private static List<ReportingPeriod> periods(SplittableRandom random, List<Case> cases, int count) {
        Set<ReportingPeriod> out = new LinkedHashSet<>();
        while (out.size() < count) {
            Case c = cases.get(random.nextInt(cases.size()));
            List<LocalDate> days = new ArrayList<>();
            days.add(c.arrival().receivedOn());
            c.outcomes().stream().map(RecordedOutcome::on).forEach(days::add);
            LocalDate day = days.get(random.nextInt(days.size()));
            int year = Math.max(ReportingPeriod.MIN_YEAR, Math.min(ReportingPeriod.MAX_YEAR - 1, day.getYear()));
            out.add(random.nextBoolean() ? ReportingPeriod.year(year, Month.APRIL)
                : ReportingPeriod.calendarQuarter(year, 1 + (day.getMonthValue() - 1) / 3));
        }
        return List.copyOf(out);
    }

    private void assertSqlEqualsScan(List<ReportingPeriod> periods) {
        List<Case> cases = List.copyOf(latest.values());
        int reached = 0;
        long serviceLevels = 0;
        long outcomes = 0;
        long consented = 0;
        for (ReportingPeriod period : periods) {
            for (ContractTerms terms : TERMS) {
                QuarterlyReturn scanned = QuarterlyReturns.compute(TENANT, cases, period, terms, ENGINE);
                assertEquals(scanned, store.quarterlyReturn(TENANT, period, terms), period + " " + terms);
                reached += scanned.casesOpen() > 0 ? 1 : 0;
                serviceLevels += scanned.acknowledgement().metLate() * scanned.firstAppointment().metOnTime()
                    * scanned.firstAppointment().notMet();
                outcomes += scanned.appealsLodged() * scanned.exclusionsReported() * scanned.transitionReports()
                    * scanned.contactsWithInterpreter();
                consented += scanned.byGender().total() - scanned.byGender().notStated();
            }
        }
        assertTrue(reached > 0, "some period has cases open");
        assertTrue(serviceLevels > 0 && outcomes > 0 && consented > 0, "the figures are not all zero");
    }

    @Test
    void theReturnFromSqlEqualsTheReturnFromTheLoadedCases() {
        SplittableRandom random = new SplittableRandom(20261124L);
        saveHistories(random, TENANT, 120);
        saveHistories(random, OTHER, 20);
        List<ReportingPeriod> periods = new ArrayList<>(periods(random, List.copyOf(latest.values()), 4));
        periods.addAll(List.of(ReportingPeriod.quarter(2025, 1), ReportingPeriod.quarter(2025, 3),
            ReportingPeriod.year(2025, Month.APRIL), ReportingPeriod.calendarQuarter(2026, 2)));
        assertSqlEqualsScan(periods);
        assertTrue(count("select count(*) from sendias_report_case where open_runs > 1") > 0,
            "some case was open in several runs");

        // changes to some cases, and deletions of others
        List<Case> all = List.copyOf(latest.values());
        for (int i = 0; i < all.size(); i++) {
            Case c = all.get(i);
            if (i % 5 == 0) {
                store.inTransaction(TENANT, w -> {
                    w.deleteCase(c.id(), c.version());
                    return null;
                });
                latest.remove(c.id());
            } else if (i % 3 == 0) {
                Case current = c;
                for (int k = 0; k < 4; k++) {
                    CaseChange change = Cases.nextChange(current, lastActivity(current).plusSeconds(86_400L * 20))
                        .next(random);
                    store.inTransaction(TENANT, w -> {
                        w.save(change);
                        return null;
                    });
                    current = change.after();
                }
                latest.put(c.id(), current);
            }
        }
        assertSqlEqualsScan(periods);
        assertEquals(count("select count(*) from (select distinct case_id, party_id from sendias_report_person) x"),
            count("select coalesce(sum(cases), 0) from sendias_report_party"),
            "each person's number of cases follows the changes and deletions");
    }

    private static java.time.Instant lastActivity(Case c) {
        java.time.Instant last = c.openedAt();
        for (Case.StatusChange s : c.statusHistory()) {
            last = s.at().isAfter(last) ? s.at() : last;
        }
        for (org.sendias.casework.Note n : c.notes()) {
            last = n.writtenAt().isAfter(last) ? n.writtenAt() : last;
        }
        for (org.sendias.casework.LegalHold h : c.legalHolds()) {
            last = h.placedAt().isAfter(last) ? h.placedAt() : last;
            if (h.released().isPresent()) {
                last = h.released().get().at().isAfter(last) ? h.released().get().at() : last;
            }
        }
        for (org.sendias.casework.Contact k : c.contacts()) {
            last = k.occurredAt().isAfter(last) ? k.occurredAt() : last;
        }
        return last;
    }

    @Test
    void aPersonInSeveralCasesIsCountedOnce() {
        SplittableRandom random = new SplittableRandom(5L);
        saveHistories(random, TENANT, 30);
        // three more cases of the same child and parent, opened in 2025, one with their consented answers
        Case first = latest.values().stream().filter(c -> c.arrival().receivedOn().getYear() == 2025)
            .findFirst().orElseThrow();
        for (int i = 0; i < 3; i++) {
            LocalDate on = LocalDate.of(2025, 4 + i, 2);
            List<org.sendias.party.Party> others = first.parties().stream()
                .filter(p -> p.role() != org.sendias.party.PartyRole.CHILD_OR_YOUNG_PERSON).toList();
            org.sendias.party.Party child = first.parties().stream()
                .filter(p -> p.role() == org.sendias.party.PartyRole.CHILD_OR_YOUNG_PERSON).findFirst()
                .orElseThrow();
            CaseChange opened = Case.open(new org.sendias.casework.OpenCase(TENANT, CaseId.random(),
                org.sendias.casework.Arrival.selfReferral(on), Set.of(org.sendias.casework.Domain.HEALTH),
                org.sendias.casework.HelpLevel.ADVICE, child, others, org.sendias.UserId.of("adviser-1")),
                DenseCases.at(on));
            List<CaseChange> changes = new ArrayList<>(List.of(opened));
            if (i == 1) {
                changes.add(opened.after().recordEqualityMonitoring(new org.sendias.casework.CaseCommand
                    .RecordEqualityMonitoring(child.id(), org.sendias.equality.EqualityMonitoring.NONE
                    .withGender(org.sendias.equality.GenderAnswer.of(org.sendias.equality.Gender.FEMALE))
                    .withReportingConsent(new org.sendias.equality.ReportingConsent(true, DenseCases.at(on),
                        child.id(), "v1")), org.sendias.UserId.of("adviser-1")), DenseCases.at(on)));
            }
            store.inTransaction(TENANT, w -> {
                changes.forEach(w::save);
                return null;
            });
            latest.put(opened.after().id(), changes.get(changes.size() - 1).after());
        }
        ReportingPeriod period = ReportingPeriod.year(2025, Month.APRIL);
        QuarterlyReturn sql = store.quarterlyReturn(TENANT, period, ContractTerms.DEFAULT);
        QuarterlyReturn scanned = QuarterlyReturns.compute(TENANT, List.copyOf(latest.values()), period,
            ContractTerms.DEFAULT, ENGINE);
        assertEquals(scanned.peopleUsingService(), sql.peopleUsingService());
        assertEquals(scanned.byEthnicity(), sql.byEthnicity());
        assertTrue(sql.byGender().count(org.sendias.equality.Gender.FEMALE) > 0);
        assertEquals(scanned.casesOpen(), sql.casesOpen());
    }

    private long count(String sql) {
        try (java.sql.Connection c = dataSource().getConnection(); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Opens a case of the child and parent on the day, with the gender answers given released for reports. */
    private Case caseOf(org.sendias.party.Party child, org.sendias.party.Party parent, LocalDate on,
            Map<org.sendias.party.Party, org.sendias.equality.Gender> genders) {
        org.sendias.UserId staff = org.sendias.UserId.of("adviser-1");
        CaseChange opened = Case.open(new org.sendias.casework.OpenCase(TENANT, CaseId.random(),
            org.sendias.casework.Arrival.selfReferral(on), Set.of(org.sendias.casework.Domain.EDUCATION),
            org.sendias.casework.HelpLevel.ADVICE, child, List.of(parent), staff), DenseCases.at(on));
        List<CaseChange> changes = new ArrayList<>(List.of(opened));
        genders.forEach((who, gender) -> changes.add(changes.get(changes.size() - 1).after().recordEqualityMonitoring(
            new org.sendias.casework.CaseCommand.RecordEqualityMonitoring(who.id(),
                org.sendias.equality.EqualityMonitoring.NONE.withGender(org.sendias.equality.GenderAnswer.of(gender))
                    .withReportingConsent(new org.sendias.equality.ReportingConsent(true, DenseCases.at(on), who.id(),
                        "v1")), staff), DenseCases.at(on))));
        store.inTransaction(TENANT, w -> {
            changes.forEach(w::save);
            return null;
        });
        Case last = changes.get(changes.size() - 1).after();
        latest.put(last.id(), last);
        return last;
    }

    @Test
    void aPersonWhoseCasesGiveDifferentAnswersCountsOnceAsNotStated() {
        org.sendias.party.Party sam = org.sendias.party.Party.child("Sam", LocalDate.of(2014, 3, 1));
        org.sendias.party.Party alex = org.sendias.party.Party.child("Alex", LocalDate.of(2013, 7, 9));
        org.sendias.party.Party parent = org.sendias.party.Party.person(org.sendias.party.PartyRole.PARENT, "Kim");
        var female = org.sendias.equality.Gender.FEMALE;
        var male = org.sendias.equality.Gender.MALE;
        // Sam's cases disagree; Alex's agree where they answer; the parent answers in one case only
        Case samFemale = caseOf(sam, parent, LocalDate.of(2025, 5, 6), Map.of(sam, female));
        caseOf(sam, parent, LocalDate.of(2025, 6, 3), Map.of(sam, male, parent, female));
        caseOf(sam, parent, LocalDate.of(2025, 7, 1), Map.of());
        caseOf(alex, parent, LocalDate.of(2025, 8, 5), Map.of(alex, male));
        caseOf(alex, parent, LocalDate.of(2025, 9, 2), Map.of());
        caseOf(alex, parent, LocalDate.of(2025, 10, 7), Map.of(alex, male));
        ReportingPeriod period = ReportingPeriod.year(2025, Month.APRIL);

        QuarterlyReturn sql = store.quarterlyReturn(TENANT, period, ContractTerms.DEFAULT);
        assertEquals(3, sql.peopleUsingService());
        assertEquals(1, sql.byGender().notStated(), "Sam's answers disagree");
        assertEquals(1, sql.byGender().count(male), "Alex");
        assertEquals(1, sql.byGender().count(female), "the parent");
        List<Case> cases = new ArrayList<>(latest.values());
        assertEquals(QuarterlyReturns.compute(TENANT, cases, period, ContractTerms.DEFAULT, ENGINE), sql);
        java.util.Collections.reverse(cases);
        assertEquals(QuarterlyReturns.compute(TENANT, cases, period, ContractTerms.DEFAULT, ENGINE), sql,
            "the order of the cases does not matter");
        assertEquals(12, count("select count(*) from sendias_report_person where shared"), "all rows");
        assertEquals(6, count("select max(cases) from sendias_report_party"));

        // without the case that said female, Sam is male
        store.inTransaction(TENANT, w -> {
            w.deleteCase(samFemale.id(), samFemale.version());
            return null;
        });
        latest.remove(samFemale.id());
        sql = store.quarterlyReturn(TENANT, period, ContractTerms.DEFAULT);
        assertEquals(2, sql.byGender().count(male));
        assertEquals(0, sql.byGender().notStated());
        assertEquals(QuarterlyReturns.compute(TENANT, List.copyOf(latest.values()), period, ContractTerms.DEFAULT,
            ENGINE), sql);
        assertEquals(5, count("select max(cases) from sendias_report_party"));
    }

    @Test
    void rebuildingTheIndexRestoresIt() throws Exception {
        SplittableRandom random = new SplittableRandom(77L);
        saveHistories(random, TENANT, 40);
        List<ReportingPeriod> periods = new ArrayList<>(periods(random, List.copyOf(latest.values()), 2));
        periods.add(0, ReportingPeriod.year(2025, Month.APRIL));
        QuarterlyReturn before = store.quarterlyReturn(TENANT, periods.get(0), ContractTerms.DEFAULT);
        try (java.sql.Connection c = dataSource().getConnection(); java.sql.Statement s = c.createStatement()) {
            for (String table : ReportRows.TABLES) {
                s.executeUpdate("delete from " + table);
            }
        }
        QuarterlyReturn empty = store.quarterlyReturn(TENANT, periods.get(0), ContractTerms.DEFAULT);
        assertEquals(0, empty.casesOpen() + empty.referrals());
        assertTrue(before.casesOpen() + before.referrals() > 0, "the period reaches some case");
        assertEquals(latest.size(), store.rebuildReportingIndex(TENANT));
        assertEquals(before, store.quarterlyReturn(TENANT, periods.get(0), ContractTerms.DEFAULT));
        assertSqlEqualsScan(periods);
        // run again, it rewrites the same rows
        assertEquals(latest.size(), store.rebuildReportingIndex(TENANT));
        assertSqlEqualsScan(periods);
    }
}
