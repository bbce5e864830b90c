package org.sendias.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.sendias.conflicts.matching.IndexHit;
import org.sendias.conflicts.matching.IndexedRecord;
import org.sendias.conflicts.matching.MatchIndex;
import org.sendias.conflicts.matching.NameMatcher;
import org.sendias.conflicts.matching.PersonName;

/**
 * Checking a case party's name against a service's history: 1,000,000 past case parties and 10,000 staff
 * declarations, with sendias's {@link MatchIndex}, against a scan that compares the name with every record.
 *
 * <p><b>One benchmark operation is one check</b>: one party's name against all 1,010,000 records. The names are
 * made up from a fixed seed ({@link PartyNames}): common given names and surnames weighted so the most common are
 * the most frequent, a long tail of surnames, and the variations of real records (short forms, hyphenated
 * surnames, titles, "Surname, Forename", initials, capitals). The 200 queries are 25 variants of declared names
 * and 25 of past parties (short forms, typing slips, hyphenation, reordering), 20 fresh names from the same
 * population, and 130 names new to the service (surnames from none of the lists): some match, most do not. The
 * benchmarks cycle through them.
 *
 * <ul>
 *   <li>{@link #sendias}: {@link MatchIndex#search(PersonName, int)} for up to {@value #MAX_HITS} hits, with their
 *       evidence. {@link #sendiasLatency} is the same, sampled one call at a time, for the 99th percentile.</li>
 *   <li>{@link #naiveJaroWinklerScan}: what a system without an index does: Commons Text's
 *       {@link JaroWinklerSimilarity} of the query's normalised full name ({@link PersonName#normalised()}) against
 *       every record's, keeping those at least {@link NameMatcher#FLAG_THRESHOLD}. The records' normalised names are
 *       computed in the setup, so the scan pays only for the comparisons.</li>
 * </ul>
 *
 * <p>Targets, on one core ({@code -t 1}): {@link #sendias} at least 50 times the throughput of
 * {@link #naiveJaroWinklerScan}, and a 99th percentile of {@link #sendiasLatency} of at most 5 ms. The setup prints
 * how long parsing and indexing took and how many queries found something.
 *
 * <p>The setup builds the index only for the sendias methods; each method runs in its own fork with a 4 GB heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xms4g"})
public class ConflictCheckBenchmark {
    /** Past case parties. */
    public static final int HISTORIC_PARTIES = 1_000_000;
    /** Staff declarations of interest naming a person. */
    public static final int DECLARATIONS = 10_000;
    /** Queries cycled through. */
    public static final int QUERIES = 200;
    /** The most hits a check returns. */
    public static final int MAX_HITS = 20;
    /** The seed of every name. */
    public static final long SEED = 20_260_601L;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private PersonName[] queries;
    private String[] queryNormalised;
    private String[] recordNormalised;
    private MatchIndex index;
    private int next;

    /**
     * Generates and parses the names; for the sendias methods, builds the index and reports what the queries find.
     *
     * @param params which benchmark is about to run
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        long start = System.nanoTime();
        List<String> historic = PartyNames.people(SEED, HISTORIC_PARTIES);
        List<String> declared = PartyNames.people(SEED + 1, DECLARATIONS);
        List<IndexedRecord> records = new ArrayList<>(HISTORIC_PARTIES + DECLARATIONS);
        for (int i = 0; i < historic.size(); i++) {
            records.add(IndexedRecord.person("party-" + i, PersonName.parse(historic.get(i))));
        }
        for (int i = 0; i < declared.size(); i++) {
            records.add(IndexedRecord.person("declaration-" + i, PersonName.parse(declared.get(i))));
        }
        recordNormalised = new String[records.size()];
        for (int i = 0; i < records.size(); i++) {
            recordNormalised[i] = records.get(i).person().orElseThrow().normalised();
        }
        List<String> queryNames = queryNames(historic, declared);
        queries = queryNames.stream().map(PersonName::parse).toArray(PersonName[]::new);
        queryNormalised = new String[queries.length];
        for (int i = 0; i < queries.length; i++) {
            queryNormalised[i] = queries[i].normalised();
        }
        long parsed = System.nanoTime();
        System.out.printf("%n%,d records generated and parsed in %.1f s%n", records.size(), (parsed - start) / 1e9);
        if (!params.getBenchmark().endsWith("naiveJaroWinklerScan")) {
            index = MatchIndex.build(NameMatcher.standard(), records);
            System.out.printf("index of %,d records built in %.1f s%n", index.size(),
                (System.nanoTime() - parsed) / 1e9);
            int found = 0;
            int hits = 0;
            for (PersonName query : queries) {
                int n = index.search(query, MAX_HITS).size();
                found += n > 0 ? 1 : 0;
                hits += n;
            }
            System.out.printf("%d of %d queries flag at least one record (%d hits in all, at most %d each)%n",
                found, queries.length, hits, MAX_HITS);
        }
        records.clear();
        next = 0;
    }

    /** 25 variants of declared names, 25 of past parties, 20 fresh names, 130 names new to the service. */
    static List<String> queryNames(List<String> historic, List<String> declared) {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        List<String> names = new ArrayList<>(QUERIES);
        for (int i = 0; i < 25; i++) {
            names.add(PartyNames.variant(plain(declared.get(random.nextInt(declared.size()))), random));
            names.add(PartyNames.variant(plain(historic.get(random.nextInt(historic.size()))), random));
        }
        names.addAll(PartyNames.people(SEED + 3, 20));
        names.addAll(PartyNames.newcomers(SEED + 4, 130));
        return names;
    }

    /** @return the name in "Given Surname" order without a title, for building variants of it */
    private static String plain(String name) {
        PersonName parsed = PersonName.parse(name);
        String given = parsed.givenNames().isEmpty() ? "Sam" : capital(parsed.givenNames().get(0));
        return given + " " + capital(parsed.surnameParts().get(0));
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** @return the flagged records for the next query */
    @Benchmark
    public List<IndexHit> sendias() {
        PersonName query = queries[next];
        next = next + 1 == queries.length ? 0 : next + 1;
        return index.search(query, MAX_HITS);
    }

    /** @return the flagged records for the next query; sampled one call at a time for percentiles */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<IndexHit> sendiasLatency() {
        return sendias();
    }

    /** @return how many records are at least {@link NameMatcher#FLAG_THRESHOLD} similar to the next query */
    @Benchmark
    public int naiveJaroWinklerScan() {
        String query = queryNormalised[next];
        next = next + 1 == queries.length ? 0 : next + 1;
        int found = 0;
        for (String record : recordNormalised) {
            if (JARO_WINKLER.apply(query, record) >= NameMatcher.FLAG_THRESHOLD) {
                found++;
            }
        }
        return found;
    }
}
