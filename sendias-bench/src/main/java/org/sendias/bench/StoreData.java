package org.sendias.bench;

import static org.sendias.testkit.generators.Gen.weighted;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.casework.CaseCommand.AddNote;
import org.sendias.casework.OpenCase;
import org.sendias.jdbc.JdbcStore;
import org.sendias.party.Party;
import org.sendias.testkit.generators.Cases;
import org.sendias.testkit.generators.Dates;
import org.sendias.testkit.generators.Gen;
import org.sendias.testkit.generators.Ids;
import org.sendias.testkit.generators.Parties;
import org.sendias.testkit.generators.Texts;

/** The cases the store benchmarks write and read, all from the testkit's generators with a fixed seed. */
final class StoreData {
    /** Notes added to each new case. */
    static final int NOTES_PER_NEW_CASE = 3;

    /** As {@code Cases.histories}: none, a few, many and the maximum number of commands after the opening. */
    private static final Gen<Integer> LENGTHS = Gen.<Integer>frequency(weighted(1, Gen.constant(0)),
        weighted(6, Gen.ints(1, 12)), weighted(3, Gen.ints(13, Cases.MAX_COMMANDS - 1)),
        weighted(1, Gen.constant(Cases.MAX_COMMANDS)));
    /** As {@code Cases.histories}: microseconds to a year between commands. */
    private static final Gen<Duration> GAPS = Gen.<Duration>frequency(
        weighted(3, Gen.longs(1, 3_600_000_000L).map(micros -> Duration.of(micros, ChronoUnit.MICROS))),
        weighted(4, Gen.longs(3_600, 3 * 86_400).map(Duration::ofSeconds)),
        weighted(2, Gen.longs(3, 60).map(Duration::ofDays)),
        weighted(1, Gen.longs(60, 400).map(Duration::ofDays)));

    private StoreData() {
    }

    // ---------------------------------------------------------------- new cases

    /**
     * A new case before it has an id: a self-referral (so it is open and takes notes) of a child with one or two
     * parents, and the notes added after it is opened.
     */
    record NewCase(OpenCase opening, Instant openedAt, List<AddNote> notes, List<Instant> notedAt) {
        /**
         * @param id the case's id
         * @return the opening and the notes as one change, ready to save
         */
        CaseChange build(CaseId id) {
            OpenCase o = opening;
            CaseChange change = Case.open(new OpenCase(o.tenant(), id, o.arrival(), o.domains(), o.helpLevel(),
                o.child(), o.otherParties(), o.openedBy()), openedAt);
            for (int i = 0; i < notes.size(); i++) {
                AddNote note = notes.get(i);
                Instant at = notedAt.get(i);
                change = change.then(c -> c.addNote(note, at));
            }
            return change;
        }
    }

    /**
     * @param tenant the service
     * @param r the source of randomness
     * @param count how many
     * @return new cases: self-referrals from {@link Cases#selfReferrals} whose other parties are one or two
     *     {@link Parties#parents()}, each with {@value #NOTES_PER_NEW_CASE} {@link Texts#notes()} written by
     *     {@link Ids#staff()} minutes to hours apart
     */
    static List<NewCase> newCases(TenantId tenant, RandomGenerator r, int count) {
        Gen<OpenCase> openings = Cases.selfReferrals(tenant);
        List<NewCase> cases = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            OpenCase o = openings.next(r);
            List<Party> parents = new ArrayList<>();
            int howMany = r.nextInt(1, 3);
            for (int i = 0; i < howMany; i++) {
                parents.add(Parties.parents().next(r));
            }
            OpenCase opening = new OpenCase(tenant, o.id(), o.arrival(), o.domains(), o.helpLevel(), o.child(),
                parents, o.openedBy());
            Instant at = Dates.instantsOn(o.arrival().receivedOn()).next(r);
            List<AddNote> notes = new ArrayList<>();
            List<Instant> notedAt = new ArrayList<>();
            Instant t = at;
            for (int i = 0; i < NOTES_PER_NEW_CASE; i++) {
                t = t.plus(Duration.ofSeconds(r.nextLong(60, 6 * 3_600))).truncatedTo(ChronoUnit.MICROS);
                notes.add(new AddNote(Texts.notes().next(r), Optional.empty(), Ids.staff().next(r)));
                notedAt.add(t);
            }
            cases.add(new NewCase(opening, at, List.copyOf(notes), List.copyOf(notedAt)));
        }
        return cases;
    }

    // ---------------------------------------------------------------- histories

    /**
     * The life of a case until the end of {@code asOf}, as {@link Cases#histories} generates it but arriving
     * between {@code from} and {@code asOf}, as a service's present cases do: the opening command from
     * {@link Cases#openCases(TenantId)} with its arrival date (and the child, whose age depends on it) chosen again,
     * then up to {@value Cases#MAX_COMMANDS} changes from {@link Cases#nextChange}, with the same distribution of
     * lengths and gaps, stopping at the end of {@code asOf}.
     *
     * @param tenant the service
     * @param from the earliest arrival
     * @param asOf the latest arrival, and the last day with activity
     * @param r the source of randomness
     * @return the changes, the opening first
     */
    static List<CaseChange> recentHistory(TenantId tenant, LocalDate from, LocalDate asOf, RandomGenerator r) {
        OpenCase o = Cases.openCases(tenant).next(r);
        LocalDate received = Dates.uniform(from, asOf).next(r);
        OpenCase command = new OpenCase(tenant, o.id(),
            new Arrival(o.arrival().route(), o.arrival().referrerKind(), received), o.domains(), o.helpLevel(),
            Parties.children(received).next(r), o.otherParties(), o.openedBy());
        LocalDate openedOn = received.plusDays(r.nextBoolean() ? 0 : r.nextInt(1, 4));
        if (openedOn.isAfter(asOf)) {
            openedOn = asOf;
        }
        Instant end = asOf.plusDays(1).atStartOfDay(Dates.ZONE).toInstant();
        Instant at = Dates.instantsOn(openedOn).next(r);
        List<CaseChange> changes = new ArrayList<>();
        changes.add(Case.open(command, at));
        int length = LENGTHS.next(r);
        for (int i = 0; i < length; i++) {
            Instant next = at.plus(GAPS.next(r)).truncatedTo(ChronoUnit.MICROS);
            if (!next.isBefore(end)) {
                break;
            }
            at = next.isAfter(at) ? next : at.plus(1, ChronoUnit.MICROS);
            Case current = changes.get(changes.size() - 1).after();
            changes.add(Cases.nextChange(current, at).next(r));
        }
        return changes;
    }

    /**
     * Saves whole histories through the store: each case's changes one after another in one unit of work (the
     * store combines them into one insert), {@code perUnit} cases to a unit of work.
     *
     * @param store the store
     * @param tenant the service
     * @param histories the cases' changes
     * @param perUnit cases per unit of work
     */
    static void save(JdbcStore store, TenantId tenant, List<List<CaseChange>> histories, int perUnit) {
        for (int from = 0; from < histories.size(); from += perUnit) {
            List<List<CaseChange>> some = histories.subList(from, Math.min(histories.size(), from + perUnit));
            store.inTransaction(tenant, u -> {
                for (List<CaseChange> history : some) {
                    history.forEach(u::save);
                }
                return null;
            });
        }
    }

    // ---------------------------------------------------------------- many tenants

    /**
     * @param k a tenant's number
     * @return the tenant's id, {@code iass-bench-000} to {@code iass-bench-999}
     */
    static TenantId tenant(int k) {
        return new TenantId(String.format("iass-bench-%03d", k));
    }

    /**
     * Copies every case of tenant 0 (with its parties, notes and due dates) to tenants 1 to {@code tenants - 1}, in
     * SQL: each copy gets a new random case id and its tenant's id, in its columns and in the JSON of the case body
     * (the only body that names the case and the tenant). The outbox and the audit trail are not copied. Two
     * connections share the tenants between them, ten tenants to a transaction, and skip the foreign-key checks
     * (the rows copied are consistent, and each transaction inserts the cases before their parties, notes and due
     * dates).
     *
     * @param db the database
     * @param tenants how many tenants in all
     */
    static void multiply(BenchDatabase db, int tenants) {
        String base = tenant(0).value();
        db.execute("create unlogged table bench_copy (k integer not null, tenant_id varchar(64) not null, "
                + "old_id uuid not null, new_id uuid not null)",
            "insert into bench_copy select g, 'iass-bench-' || lpad(g::text, 3, '0'), c.case_id, "
                + "gen_random_uuid() from sendias_case c, generate_series(1, " + (tenants - 1) + ") g "
                + "where c.tenant_id = '" + base + "' order by g, c.case_id",
            "create index on bench_copy (k)",
            "analyze bench_copy");
        // every column of each table, whatever the schema holds: the copy keeps all but the tenant and case ids
        String[] copies = {copy(db, "sendias_case", base, true), copy(db, "sendias_case_party", base, false),
            copy(db, "sendias_case_note", base, false), copy(db, "sendias_case_deadline", base, false)};
        int workers = 2;
        int chunk = 10;
        long[] nanos = new long[copies.length];
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int worker = w;
                done.add(pool.submit(() -> {
                    // chunks of tenants, dealt out in turn, each copied in one transaction
                    for (int lo = 1 + worker * chunk; lo < tenants; lo += workers * chunk) {
                        int hi = Math.min(tenants - 1, lo + chunk - 1);
                        copy(db.dataSource(), copies, lo, hi, nanos);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("copying the cases to other tenants failed", e);
        } finally {
            pool.shutdown();
        }
        db.execute("drop table bench_copy");
        System.out.printf("copy time by table (both connections): case %.0f s, party %.0f s, note %.0f s, "
            + "due date %.0f s%n", nanos[0] / 1e9, nanos[1] / 1e9, nanos[2] / 1e9, nanos[3] / 1e9);
    }

    /** @return an insert copying tenant 0's rows of {@code table} for the tenants numbered from ? to ? */
    private static String copy(BenchDatabase db, String table, String base, boolean rewriteBody) {
        List<String> columns = db.strings("select column_name from information_schema.columns "
            + "where table_schema = current_schema() and table_name = ? order by ordinal_position", table);
        List<String> values = new ArrayList<>();
        for (String column : columns) {
            values.add(switch (column) {
                case "tenant_id" -> "m.tenant_id";
                case "case_id" -> "m.new_id";
                case "body" -> rewriteBody ? "replace(replace(x.body, x.case_id::text, m.new_id::text), '\"" + base
                    + "\"', '\"' || m.tenant_id || '\"')" : "x.body";
                default -> "x." + column;
            });
        }
        return "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
            + " from bench_copy m join " + table + " x on x.tenant_id = '" + base + "' and x.case_id = m.old_id "
            + "where m.k between ? and ?";
    }

    private static void copy(DataSource ds, String[] copies, int lo, int hi, long[] nanos) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // the copies are of consistent rows, cases first: skip the foreign-key checks, as a restore does
                s.execute("set local session_replication_role = replica");
            }
            for (int i = 0; i < copies.length; i++) {
                long start = System.nanoTime();
                try (PreparedStatement s = c.prepareStatement(copies[i])) {
                    s.setInt(1, lo);
                    s.setInt(2, hi);
                    s.executeUpdate();
                }
                synchronized (nanos) {
                    nanos[i] += System.nanoTime() - start;
                }
            }
            c.commit();
        }
    }
}
