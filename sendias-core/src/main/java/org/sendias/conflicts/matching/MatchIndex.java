package org.sendias.conflicts.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.sendias.InvalidInputException;

/**
 * Many names, indexed so that a search touches only a few of them: for checking a case's parties against a
 * service's past case parties and its staff's declarations.
 *
 * <p>Each record is filed under blocking keys, and a query looks up its own keys; only the records that share one
 * are compared, with the {@link NameMatcher}, and the flagged ones returned. The keys follow the matcher's rules,
 * so that every pair the matcher flags shares at least one key: a search finds exactly the records that comparing
 * the query with every record would flag.
 * <ul>
 *   <li>a person is filed under each pairing of a surname key and a given-name key. Surname keys: each surname
 *       part and the whole surname; each of those with one letter deleted (so a typing slip of one letter, or two
 *       letters swapped, shares a key: the matcher's typing slip); the Double Metaphone codes; the
 *       transliteration groups of the parts. Given-name keys: the initial of each given name (the matcher accepts a
 *       typing slip in a given name only after the first letter), and the nickname and transliteration groups it
 *       belongs to. A name without given names is not filed: a surname alone never flags;</li>
 *   <li>an organisation is filed under its identifier, under each distinctive word of its name (the words left once
 *       "primary", "academy", "C of E" and the like are set aside) and that word with one letter deleted, and
 *       under all its words run together.</li>
 * </ul>
 * Keys are 64-bit hashes kept in sorted arrays, so an index of a million people takes a few hundred megabytes and
 * seconds to build. A hash collision costs a needless comparison, never a missed match.
 *
 * <p>Immutable and safe to share between threads once built.
 */
public final class MatchIndex {

    private static final long PERSON = 0x5045_5253_4f4eL;
    private static final long ORGANISATION = 0x4f52_4741_4e49L;
    private static final long SURNAME_SPELLING = 1;
    private static final long SURNAME_CODE = 2;
    private static final long SURNAME_GROUP = 3;
    private static final long INITIAL = 4;
    private static final long NICKNAME_GROUP = 5;
    private static final long TRANSLITERATION_GROUP = 6;
    private static final long IDENTIFIER = 7;
    private static final long WORD = 8;
    private static final long JOINED = 9;
    /** Words shorter than this are filed only as written: a one-letter slip in them cannot reach the minimums. */
    private static final int SHORTEST_WITH_DELETIONS = 4;

    private final NameMatcher matcher;
    private final IndexedRecord[] records;
    /** Distinct key hashes with their low bits cleared, ascending. */
    private final long[] keys;
    /** Where each key's records start in {@link #postings}; one more entry than keys. */
    private final int[] starts;
    private final int[] postings;
    private final long keyMask;

    private MatchIndex(NameMatcher matcher, IndexedRecord[] records) {
        this.matcher = matcher;
        this.records = records;
        int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(records.length));
        long recordMask = (1L << bits) - 1;
        this.keyMask = ~recordMask;
        LongList entries = new LongList(Math.max(16, records.length * 24));
        LongList scratch = new LongList(64);
        for (int i = 0; i < records.length; i++) {
            scratch.clear();
            keysOf(records[i], scratch);
            for (int k = 0; k < scratch.size; k++) {
                entries.add((scratch.values[k] & keyMask) | i);
            }
        }
        long[] sorted = entries.sortedValues();
        int length = entries.size;
        int distinct = 0;
        int postingCount = 0;
        long previousKey = 0;
        long previous = 0;
        for (int i = 0; i < length; i++) {
            long key = sorted[i] & keyMask;
            if (i == 0 || key != previousKey) {
                distinct++;
            }
            if (i == 0 || sorted[i] != previous) {
                postingCount++;
            }
            previousKey = key;
            previous = sorted[i];
        }
        this.keys = new long[distinct];
        this.starts = new int[distinct + 1];
        this.postings = new int[postingCount];
        int k = -1;
        int p = 0;
        for (int i = 0; i < length; i++) {
            long key = sorted[i] & keyMask;
            if (i > 0 && sorted[i] == sorted[i - 1]) {
                continue;
            }
            if (k < 0 || keys[k] != key) {
                k++;
                keys[k] = key;
                starts[k] = p;
            }
            postings[p++] = (int) (sorted[i] & recordMask);
        }
        starts[distinct] = p;
    }

    /**
     * Builds an index.
     *
     * @param matcher the matcher that scores candidates, and whose tables give the given-name keys
     * @param records the records to index, each id used once
     * @return the index
     * @throws InvalidInputException if a record is missing or an id is used twice (field {@code records[i]})
     */
    public static MatchIndex build(NameMatcher matcher, Collection<IndexedRecord> records) {
        Objects.requireNonNull(matcher, "matcher");
        Objects.requireNonNull(records, "records");
        IndexedRecord[] array = records.toArray(new IndexedRecord[0]);
        Set<String> ids = new HashSet<>(array.length * 2);
        for (int i = 0; i < array.length; i++) {
            if (array[i] == null) {
                throw new InvalidInputException("records[" + i + "]", "is required");
            }
            if (!ids.add(array[i].id())) {
                throw new InvalidInputException("records[" + i + "].id", "is used by an earlier record");
            }
        }
        return new MatchIndex(matcher, array);
    }

    /** @return how many records the index holds */
    public int size() {
        return records.length;
    }

    /**
     * Finds the people the matcher flags against a name.
     *
     * @param query the name to look for
     * @param max the most hits to return, at least 1
     * @return the flagged person records, highest score first, then by id; at most {@code max}
     * @throws InvalidInputException if {@code max} is less than 1
     */
    public List<IndexHit> search(PersonName query, int max) {
        Objects.requireNonNull(query, "query");
        checkMax(max);
        LongList queryKeys = new LongList(64);
        personKeys(query, queryKeys);
        List<Scored> scored = new ArrayList<>();
        for (int index : candidates(queryKeys)) {
            IndexedRecord record = records[index];
            if (record.person().isPresent()) {
                NameMatcher.PersonMatch match = matcher.comparePeople(query, record.person().get());
                if (match != null) {
                    scored.add(new Scored(record, match.score, match::evidence));
                }
            }
        }
        return hits(scored, max);
    }

    /**
     * Finds the organisations the matcher flags against an organisation.
     *
     * @param query the organisation to look for, with its identifier when known
     * @param max the most hits to return, at least 1
     * @return the flagged organisation records, highest score first, then by id; at most {@code max}
     * @throws InvalidInputException if {@code max} is less than 1
     */
    public List<IndexHit> search(OrganisationName query, int max) {
        Objects.requireNonNull(query, "query");
        checkMax(max);
        LongList queryKeys = new LongList(64);
        organisationKeys(query, queryKeys);
        List<Scored> scored = new ArrayList<>();
        for (int index : candidates(queryKeys)) {
            IndexedRecord record = records[index];
            if (record.organisation().isPresent()) {
                NameMatcher.OrganisationMatch match = matcher.compareOrganisations(query,
                    record.organisation().get());
                if (match != null) {
                    scored.add(new Scored(record, match.score, match::evidence));
                }
            }
        }
        return hits(scored, max);
    }

    /** @return how many distinct records share a key with the query: the work a search does */
    int candidateCount(PersonName query) {
        LongList queryKeys = new LongList(64);
        personKeys(query, queryKeys);
        return candidates(queryKeys).length;
    }

    private static void checkMax(int max) {
        if (max < 1) {
            throw new InvalidInputException("max", "must be at least 1");
        }
    }

    private record Scored(IndexedRecord record, double score, Supplier<MatchEvidence> evidence) {
    }

    private static List<IndexHit> hits(List<Scored> scored, int max) {
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(s -> s.record().id()));
        List<IndexHit> hits = new ArrayList<>(Math.min(max, scored.size()));
        for (int i = 0; i < scored.size() && i < max; i++) {
            hits.add(new IndexHit(scored.get(i).record(), scored.get(i).evidence().get()));
        }
        return List.copyOf(hits);
    }

    /** @return the distinct records filed under any of the keys, ascending */
    private int[] candidates(LongList queryKeys) {
        int total = 0;
        int[] found = new int[queryKeys.size];
        for (int q = 0; q < queryKeys.size; q++) {
            int at = Arrays.binarySearch(keys, queryKeys.values[q] & keyMask);
            found[q] = at;
            if (at >= 0) {
                total += starts[at + 1] - starts[at];
            }
        }
        int[] all = new int[total];
        int n = 0;
        for (int at : found) {
            if (at >= 0) {
                int length = starts[at + 1] - starts[at];
                System.arraycopy(postings, starts[at], all, n, length);
                n += length;
            }
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    // ------------------------------------------------------------------------------------------------------ keys

    private void keysOf(IndexedRecord record, LongList out) {
        if (record.person().isPresent()) {
            personKeys(record.person().get(), out);
        } else {
            organisationKeys(record.organisation().get(), out);
        }
    }

    private void personKeys(PersonName name, LongList out) {
        LongList given = new LongList(8);
        for (String token : name.givenNames()) {
            given.add(hash(INITIAL, token, 0, 1));
            for (int group : matcher.givenNameTable().groupsOf(token)) {
                given.add(mix(NICKNAME_GROUP, group));
            }
            for (int group : matcher.transliterationTable().groupsOf(token)) {
                given.add(mix(TRANSLITERATION_GROUP, group));
            }
        }
        if (given.size == 0) {
            return;
        }
        LongList surname = new LongList(32);
        spellings(name.surname(), surname);
        for (String part : name.surnameParts()) {
            spellings(part, surname);
            for (int group : matcher.transliterationTable().groupsOf(part)) {
                surname.add(mix(SURNAME_GROUP, group));
            }
        }
        for (String code : name.phoneticCodes()) {
            surname.add(hash(SURNAME_CODE, code, 0, code.length()));
        }
        for (int s = 0; s < surname.size; s++) {
            for (int g = 0; g < given.size; g++) {
                out.add(mix(PERSON ^ surname.values[s], given.values[g]));
            }
        }
        out.distinct();
    }

    /** Adds a word and, for words long enough, the word with each letter deleted in turn. */
    private static void spellings(String word, LongList out) {
        out.add(hashWithout(SURNAME_SPELLING, word, -1));
        if (word.length() >= SHORTEST_WITH_DELETIONS) {
            for (int i = 0; i < word.length(); i++) {
                out.add(hashWithout(SURNAME_SPELLING, word, i));
            }
        }
    }

    private static void organisationKeys(OrganisationName name, LongList out) {
        name.identifier().ifPresent(id -> {
            String text = id.scheme() + ":" + id.value();
            out.add(mix(ORGANISATION, hash(IDENTIFIER, text, 0, text.length())));
        });
        List<String> words = name.distinctive().isEmpty() ? name.words() : name.distinctive();
        LongList spellings = new LongList(32);
        for (String word : words) {
            spellings.add(hashWithout(WORD, word, -1));
            if (word.length() >= SHORTEST_WITH_DELETIONS) {
                for (int i = 0; i < word.length(); i++) {
                    spellings.add(hashWithout(WORD, word, i));
                }
            }
        }
        String joined = String.join("", name.words());
        spellings.add(hash(JOINED, joined, 0, joined.length()));
        for (int s = 0; s < spellings.size; s++) {
            out.add(mix(ORGANISATION, spellings.values[s]));
        }
        out.distinct();
    }

    private static long hash(long tag, String s, int from, int to) {
        long h = 0xcbf2_9ce4_8422_2325L ^ (tag * 0x9E37_79B9_7F4A_7C15L);
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100_0000_01b3L;
        }
        return fmix(h);
    }

    private static long hashWithout(long tag, String s, int skip) {
        long h = 0xcbf2_9ce4_8422_2325L ^ (tag * 0x9E37_79B9_7F4A_7C15L);
        for (int i = 0; i < s.length(); i++) {
            if (i != skip) {
                h ^= s.charAt(i);
                h *= 0x100_0000_01b3L;
            }
        }
        return fmix(h);
    }

    private static long mix(long a, long b) {
        return fmix(a * 0x9E37_79B9_7F4A_7C15L + b + 0x632B_E59B_D9B4_E019L);
    }

    /** The 64-bit finaliser of MurmurHash3: spreads every input bit over the result. */
    private static long fmix(long h) {
        h ^= h >>> 33;
        h *= 0xff51_afd7_ed55_8ccdL;
        h ^= h >>> 33;
        h *= 0xc4ce_b9fe_1a85_ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** A growable array of longs. */
    private static final class LongList {
        long[] values;
        int size;

        LongList(int capacity) {
            values = new long[capacity];
        }

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.max(16, values.length + (values.length >> 1)));
            }
            values[size++] = value;
        }

        void clear() {
            size = 0;
        }

        /** Sorts the values and drops repeats. */
        void distinct() {
            Arrays.sort(values, 0, size);
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (n == 0 || values[i] != values[n - 1]) {
                    values[n++] = values[i];
                }
            }
            size = n;
        }

        /** @return the backing array, its first {@link #size} values sorted */
        long[] sortedValues() {
            Arrays.sort(values, 0, size);
            return values;
        }
    }
}
