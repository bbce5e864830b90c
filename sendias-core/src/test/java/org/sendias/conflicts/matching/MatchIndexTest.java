package org.sendias.conflicts.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendias.InvalidInputException;
import org.sendias.party.OrganisationIdentifier;

/** The index finds what the matcher would flag, by touching only candidates that share a blocking key. */
class MatchIndexTest {

    private static final NameMatcher MATCHER = NameMatcher.standard();
    private static final int PEOPLE = 8_000;
    private static final int SCHOOLS = 2_000;
    private static List<IndexedRecord> records;
    private static MatchIndex index;
    private static ExecutorService pool;

    @BeforeAll
    static void build() {
        records = new ArrayList<>();
        List<String> people = GeneratedNames.people(7, PEOPLE);
        for (int i = 0; i < people.size(); i++) {
            records.add(IndexedRecord.person("p" + i, PersonName.parse(people.get(i))));
        }
        List<String> schools = GeneratedNames.schools(8, SCHOOLS);
        for (int i = 0; i < schools.size(); i++) {
            records.add(IndexedRecord.organisation("s" + i, OrganisationName.parse(schools.get(i),
                Optional.of(OrganisationIdentifier.urn(String.valueOf(200_000 + i))))));
        }
        records.add(IndexedRecord.person("bill", PersonName.parse("William Hargreaves-Obi")));
        records.add(IndexedRecord.person("mo", PersonName.parse("Muhammad Rehman")));
        records.add(IndexedRecord.person("slip", PersonName.parse("Rebecca Fothergil")));
        records.add(IndexedRecord.person("initial", PersonName.parse("J. Trelawney")));
        records.add(IndexedRecord.person("smyth", PersonName.parse("Grace Smyth")));
        records.add(IndexedRecord.organisation("hill", OrganisationName.parse("Hill Primary School",
            Optional.of(OrganisationIdentifier.urn("100001")))));
        index = MatchIndex.build(MATCHER, records);
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    private static Set<String> ids(List<IndexHit> hits) {
        return hits.stream().map(h -> h.record().id()).collect(Collectors.toSet());
    }

    @Test
    void search_findsVariantsByEachRule() {
        assertTrue(ids(index.search(PersonName.parse("Bill Obi"), 10)).contains("bill"), "nickname, part");
        assertTrue(ids(index.search(PersonName.parse("Mohammed Rahman"), 10)).contains("mo"), "transliteration");
        assertTrue(ids(index.search(PersonName.parse("Becky Fothergill"), 10)).contains("slip"), "slip, nickname");
        assertTrue(ids(index.search(PersonName.parse("James Trelawney"), 10)).contains("initial"), "initial");
        assertTrue(ids(index.search(PersonName.parse("SMITH, Grace"), 10)).contains("smyth"), "phonetic");
    }

    @Test
    void search_returnsOnlyFlaggedHitsBestFirst() {
        List<IndexHit> hits = index.search(PersonName.parse("William Hargreaves-Obi"), 100);
        assertEquals("bill", hits.get(0).record().id());
        assertEquals(1.0, hits.get(0).evidence().score());
        for (int i = 0; i < hits.size(); i++) {
            assertTrue(hits.get(i).evidence().score() >= NameMatcher.FLAG_THRESHOLD);
            if (i > 0) {
                assertTrue(hits.get(i - 1).evidence().score() >= hits.get(i).evidence().score());
            }
        }
    }

    @Test
    void search_keepsPeopleAndOrganisationsApart() {
        assertEquals(Set.of(), ids(index.search(PersonName.parse("Hill Primary"), 10)));
        assertEquals(Set.of("hill"), ids(index.search(OrganisationName.parse("Hill Primary"), 10)));
    }

    @Test
    void search_findsAnOrganisationByItsIdentifierWhateverItsName() {
        OrganisationName renamed = OrganisationName.parse("Hillside Academy",
            Optional.of(OrganisationIdentifier.urn("100001")));
        List<IndexHit> hits = index.search(renamed, 10);
        assertEquals(List.of("hill"), hits.stream().map(h -> h.record().id()).toList());
        assertEquals(MatchRule.IDENTIFIER, hits.get(0).evidence().rule());
        OrganisationName otherUrn = OrganisationName.parse("Hill Primary School",
            Optional.of(OrganisationIdentifier.urn("100002")));
        assertEquals(List.of(), index.search(otherUrn, 10), "a different URN is a different school");
    }

    @Test
    void search_returnsAtMostMax() {
        PersonName common = records.get(0).person().orElseThrow();
        assertEquals(1, index.search(common, 1).size());
        assertEquals("max", assertThrows(InvalidInputException.class, () -> index.search(common, 0)).field());
    }

    @Test
    void aQueryTouchesFewCandidates() {
        for (String query : List.of("Jane Doe", "Aaron Abbott", "Mohammed Hussain", "J. Smith")) {
            int candidates = index.candidateCount(PersonName.parse(query));
            assertTrue(candidates < index.size() / 50, query + " touched " + candidates);
        }
    }

    @Test
    void theIndexFindsExactlyWhatComparingWithEveryRecordFinds() {
        SplittableRandom random = new SplittableRandom(11);
        List<String> queries = new ArrayList<>();
        for (String name : GeneratedNames.people(12, 60)) {
            queries.add(name);
            queries.add(vary(name, random));
        }
        for (String query : queries) {
            PersonName name = PersonName.parse(query);
            Set<String> scan = new java.util.HashSet<>();
            for (IndexedRecord record : records) {
                if (record.person().isPresent() && MATCHER.matchPeople(name, record.person().get()).isPresent()) {
                    scan.add(record.id());
                }
            }
            assertEquals(scan, ids(index.search(name, Integer.MAX_VALUE)), query);
        }
    }

    /** A typing slip: two neighbouring letters swapped, or one letter dropped. */
    private static String vary(String name, SplittableRandom random) {
        char[] c = name.toCharArray();
        int at = 1 + random.nextInt(c.length - 3);
        if (Character.isLetter(c[at]) && Character.isLetter(c[at + 1]) && random.nextBoolean()) {
            char t = c[at];
            c[at] = c[at + 1];
            c[at + 1] = t;
            return new String(c);
        }
        return Character.isLetter(c[at]) ? name.substring(0, at) + name.substring(at + 1) : name;
    }

    @Test
    void searchesFromManyThreadsAgree() throws Exception {
        List<PersonName> queries = GeneratedNames.people(13, 40).stream().map(PersonName::parse).toList();
        List<Set<String>> expected = queries.stream().map(q -> ids(index.search(q, 50))).toList();
        List<Future<List<Set<String>>>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            futures.add(pool.submit(() -> queries.stream().map(q -> ids(index.search(q, 50))).toList()));
        }
        for (Future<List<Set<String>>> future : futures) {
            assertEquals(expected, future.get());
        }
    }

    @Test
    void build_refusesARepeatedIdOrAMissingRecord() {
        IndexedRecord a = IndexedRecord.person("x", PersonName.parse("Jane Doe"));
        IndexedRecord b = IndexedRecord.person("x", PersonName.parse("John Doe"));
        assertEquals("records[1].id",
            assertThrows(InvalidInputException.class, () -> MatchIndex.build(MATCHER, List.of(a, b))).field());
        assertEquals("records[0]", assertThrows(InvalidInputException.class,
            () -> MatchIndex.build(MATCHER, Arrays.asList((IndexedRecord) null))).field());
        assertEquals(0, MatchIndex.build(MATCHER, List.of()).size());
        assertEquals(List.of(), MatchIndex.build(MATCHER, List.of()).search(PersonName.parse("Jane Doe"), 5));
    }
}
