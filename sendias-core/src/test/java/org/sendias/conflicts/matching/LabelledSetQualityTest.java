package org.sendias.conflicts.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendias.party.OrganisationIdentifier;

/**
 * Quality, measured on the labelled set {@code labelled-pairs.csv}: recall on the pairs that must be flagged is at
 * least 98%, and at most 10% of the pairs that must not be flagged are, both comparing each pair directly and
 * searching for it in an index of the set's names among 20,000 made-up ones.
 */
class LabelledSetQualityTest {

    static final double MINIMUM_RECALL = 0.98;
    static final double MAXIMUM_FALSE_FLAG_RATE = 0.10;
    private static final int DISTRACTOR_PEOPLE = 16_000;
    private static final int DISTRACTOR_SCHOOLS = 4_000;

    /** One labelled pair. */
    record Pair(int line, String kind, String a, String b, String aUrn, String bUrn, boolean mustFlag, String why) {
        boolean isPerson() {
            return kind.equals("person");
        }

        OrganisationName organisation(String name, String urn) {
            return OrganisationName.parse(name,
                urn.isEmpty() ? Optional.empty() : Optional.of(OrganisationIdentifier.urn(urn)));
        }

        @Override
        public String toString() {
            return "line " + line + " (" + why + "): " + a + " / " + b;
        }
    }

    /** Recall and false-flag rate over the set. */
    record Figures(int mustFlag, int flagged, int mustNot, int falselyFlagged, List<Pair> misses,
            List<Pair> falseFlags) {
        double recall() {
            return flagged / (double) mustFlag;
        }

        double falseFlagRate() {
            return falselyFlagged / (double) mustNot;
        }

        String describe() {
            return String.format("recall %d/%d = %.1f%%, false flags %d/%d = %.1f%%; missed %s; falsely flagged %s",
                flagged, mustFlag, 100 * recall(), falselyFlagged, mustNot, 100 * falseFlagRate(), misses,
                falseFlags);
        }
    }

    private static final NameMatcher MATCHER = NameMatcher.standard();
    private static List<Pair> pairs;

    @BeforeAll
    static void load() throws IOException {
        pairs = read("labelled-pairs.csv");
    }

    static List<Pair> read(String resource) throws IOException {
        List<Pair> read = new ArrayList<>();
        try (InputStream in = LabelledSetQualityTest.class.getResourceAsStream(resource)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            assertEquals("kind,a,b,a_urn,b_urn,expected,why", header);
            int line = 1;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                List<String> c = csv(text);
                assertEquals(7, c.size(), "line " + line + ": " + text);
                assertTrue(c.get(5).equals("flag") || c.get(5).equals("no-flag"), "line " + line);
                read.add(new Pair(line, c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5).equals("flag"),
                    c.get(6)));
            }
        }
        return read;
    }

    /** Splits one CSV line: commas separate, double quotes enclose a field that holds commas. */
    private static List<String> csv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static Figures figures(List<Boolean> flags) {
        int mustFlag = 0;
        int flagged = 0;
        int mustNot = 0;
        int falselyFlagged = 0;
        List<Pair> misses = new ArrayList<>();
        List<Pair> falseFlags = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            if (pair.mustFlag()) {
                mustFlag++;
                if (flags.get(i)) {
                    flagged++;
                } else {
                    misses.add(pair);
                }
            } else {
                mustNot++;
                if (flags.get(i)) {
                    falselyFlagged++;
                    falseFlags.add(pair);
                }
            }
        }
        return new Figures(mustFlag, flagged, mustNot, falselyFlagged, misses, falseFlags);
    }

    private static List<Boolean> direct() {
        List<Boolean> flags = new ArrayList<>();
        for (Pair pair : pairs) {
            flags.add(pair.isPerson()
                ? MATCHER.matchPeople(PersonName.parse(pair.a()), PersonName.parse(pair.b())).isPresent()
                : MATCHER.matchOrganisations(pair.organisation(pair.a(), pair.aUrn()),
                    pair.organisation(pair.b(), pair.bUrn())).isPresent());
        }
        return flags;
    }

    @Test
    void theSetIsLargeAndBalanced() {
        long people = pairs.stream().filter(Pair::isPerson).count();
        long organisations = pairs.size() - people;
        long mustFlag = pairs.stream().filter(Pair::mustFlag).count();
        assertTrue(pairs.size() >= 150, "pairs: " + pairs.size());
        assertTrue(people >= 100, "people: " + people);
        assertTrue(organisations >= 40, "organisations: " + organisations);
        assertTrue(mustFlag >= pairs.size() * 0.4 && mustFlag <= pairs.size() * 0.6, "must flag: " + mustFlag);
    }

    @Test
    void recallAndFalseFlagsMeetTheTargetsComparingEachPair() {
        Figures figures = figures(direct());
        System.out.println("Labelled set, NameMatcher: " + figures.describe());
        assertTrue(figures.recall() >= MINIMUM_RECALL, figures.describe());
        assertTrue(figures.falseFlagRate() <= MAXIMUM_FALSE_FLAG_RATE, figures.describe());
    }

    @Test
    void recallAndFalseFlagsAreUnchangedThroughAnIndexWithDistractors() {
        List<IndexedRecord> records = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            String id = "pair" + i;
            records.add(pair.isPerson() ? IndexedRecord.person(id, PersonName.parse(pair.b()))
                : IndexedRecord.organisation(id, pair.organisation(pair.b(), pair.bUrn())));
        }
        List<String> people = GeneratedNames.people(2026, DISTRACTOR_PEOPLE);
        for (int i = 0; i < people.size(); i++) {
            records.add(IndexedRecord.person("person" + i, PersonName.parse(people.get(i))));
        }
        List<String> schools = GeneratedNames.schools(2027, DISTRACTOR_SCHOOLS);
        for (int i = 0; i < schools.size(); i++) {
            records.add(IndexedRecord.organisation("school" + i, OrganisationName.parse(schools.get(i))));
        }
        MatchIndex index = MatchIndex.build(MATCHER, records);
        assertEquals(pairs.size() + DISTRACTOR_PEOPLE + DISTRACTOR_SCHOOLS, index.size());

        List<Boolean> flags = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            List<IndexHit> hits = pair.isPerson() ? index.search(PersonName.parse(pair.a()), index.size())
                : index.search(pair.organisation(pair.a(), pair.aUrn()), index.size());
            String id = "pair" + i;
            flags.add(hits.stream().anyMatch(hit -> hit.record().id().equals(id)));
        }
        Figures figures = figures(flags);
        System.out.println("Labelled set, MatchIndex with " + index.size() + " records: " + figures.describe());
        assertTrue(figures.recall() >= MINIMUM_RECALL, figures.describe());
        assertTrue(figures.falseFlagRate() <= MAXIMUM_FALSE_FLAG_RATE, figures.describe());
        assertEquals(direct(), flags, "the index must find exactly the pairs the matcher flags");
    }
}
