package org.sendias.impartiality;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.UserId;
import org.sendias.internal.Digests;

/**
 * A reproducible random sample of closed cases per adviser, for a supervisor's quality review of impartiality.
 *
 * <p>The same closed cases and {@link SampleParameters} always give the same sample, whatever order the cases are
 * supplied in, on any Java version, so an auditor can draw it again from the recorded parameters. The algorithm
 * ({@value #ALGORITHM}):
 * <ol>
 *   <li>Keep the cases whose closure date falls in the period, both ends included.</li>
 *   <li>Group them by adviser. Within a group, sort the cases by the text of their ids (the lower-case 36-character
 *       UUID form), comparing character by character.</li>
 *   <li>If the adviser has no more cases than the sample size, take them all. Otherwise seed a SplitMix64 generator
 *       with {@code seed XOR h}, where {@code h} is the first 8 bytes, read as a big-endian two's-complement number,
 *       of the SHA-256 digest of the adviser id's UTF-8 bytes. SplitMix64 adds {@code 0x9E3779B97F4A7C15} to its
 *       state and returns {@code z ^ (z >>> 31)} of {@code z = (z ^ (z >>> 27)) * 0x94D049BB133111EB} of
 *       {@code z = (s ^ (s >>> 30)) * 0xBF58476D1CE4E5B9} for the new state {@code s} (the same numbers as
 *       {@code java.util.SplittableRandom(seed).nextLong()}).</li>
 *   <li>Shuffle the first k positions of the sorted list (partial Fisher-Yates): for {@code i = 0 .. k-1}, draw
 *       {@code j = i + r(n - i)} and swap positions {@code i} and {@code j}, where {@code r(b)} takes
 *       {@code u = next >>> 1} and returns {@code u mod b} if {@code u < 2^63 - (2^63 mod b)}, else draws again.</li>
 *   <li>The first k cases are the sample, reported sorted by id text; advisers are listed sorted by id text.</li>
 * </ol>
 * Each adviser's draw depends only on the seed and that adviser's own cases, so a case added for one adviser never
 * changes another's sample. Advisers with no closures in the period are not listed.
 *
 * @param parameters the request the sample was drawn for
 * @param algorithm the name and version of the algorithm used, {@value #ALGORITHM}
 * @param advisers one entry per adviser with closures in the period, sorted by adviser id
 */
public record QualitySample(SampleParameters parameters, String algorithm, List<AdviserSample> advisers) {

    /** The name and version of the sampling algorithm described above. */
    public static final String ALGORITHM = "sendias-quality-sample/1";

    private static final Comparator<CaseId> BY_ID_TEXT = Comparator.comparing(CaseId::toString);

    /** Validates the sample. */
    public QualitySample {
        if (parameters == null) {
            throw new InvalidInputException("qualitySample.parameters", "is required");
        }
        if (algorithm == null || algorithm.isBlank()) {
            throw new InvalidInputException("qualitySample.algorithm", "is required");
        }
        if (advisers == null) {
            throw new InvalidInputException("qualitySample.advisers", "is required");
        }
        advisers = List.copyOf(advisers);
        Set<UserId> seen = new HashSet<>();
        for (AdviserSample a : advisers) {
            if (!seen.add(a.adviser())) {
                throw new InvalidInputException("qualitySample.advisers", a.adviser() + " appears more than once");
            }
        }
    }

    /**
     * Draws the sample.
     *
     * @param closedCases the closed cases to draw from, in any order, each case once; cases outside the period are
     *     ignored
     * @param parameters the period, sample size and seed
     * @return the sample
     * @throws InvalidInputException if a case appears more than once
     */
    public static QualitySample draw(Collection<ClosedCaseSummary> closedCases, SampleParameters parameters) {
        Objects.requireNonNull(closedCases, "closedCases");
        Objects.requireNonNull(parameters, "parameters");
        Set<CaseId> seen = new HashSet<>();
        TreeMap<String, List<CaseId>> byAdviser = new TreeMap<>();
        for (ClosedCaseSummary c : closedCases) {
            Objects.requireNonNull(c, "closedCases element");
            if (!seen.add(c.caseId())) {
                throw new InvalidInputException("closedCases", "case " + c.caseId() + " appears more than once: "
                    + "give each case once, with its latest closure");
            }
            if (parameters.covers(c.closedOn())) {
                byAdviser.computeIfAbsent(c.adviser().value(), a -> new ArrayList<>()).add(c.caseId());
            }
        }
        List<AdviserSample> advisers = new ArrayList<>(byAdviser.size());
        byAdviser.forEach((adviser, cases) -> {
            cases.sort(BY_ID_TEXT);
            List<CaseId> sampled = pick(cases, parameters.perAdviser(), parameters.seed() ^ adviserHash(adviser));
            advisers.add(new AdviserSample(UserId.of(adviser), cases.size(), sampled));
        });
        return new QualitySample(parameters, ALGORITHM, advisers);
    }

    /**
     * @param adviser an adviser
     * @return the cases drawn for the adviser, sorted by id text; empty if the adviser closed no cases in the period
     */
    public List<CaseId> sampleFor(UserId adviser) {
        Objects.requireNonNull(adviser, "adviser");
        return advisers.stream().filter(a -> a.adviser().equals(adviser)).findFirst().map(AdviserSample::sampled)
            .orElse(List.of());
    }

    /**
     * @param adviser an adviser
     * @return the adviser's entry, if they closed cases in the period
     */
    public Optional<AdviserSample> forAdviser(UserId adviser) {
        Objects.requireNonNull(adviser, "adviser");
        return advisers.stream().filter(a -> a.adviser().equals(adviser)).findFirst();
    }

    private static List<CaseId> pick(List<CaseId> sorted, int k, long streamSeed) {
        int n = sorted.size();
        if (n <= k) {
            return List.copyOf(sorted);
        }
        List<CaseId> work = new ArrayList<>(sorted);
        SplitMix64 random = new SplitMix64(streamSeed);
        for (int i = 0; i < k; i++) {
            Collections.swap(work, i, i + random.nextInt(n - i));
        }
        List<CaseId> sample = new ArrayList<>(work.subList(0, k));
        sample.sort(BY_ID_TEXT);
        return List.copyOf(sample);
    }

    /** The first 8 bytes of SHA-256 of the adviser id's UTF-8 bytes, big-endian. */
    static long adviserHash(String adviser) {
        String hex = Digests.sha256Hex(adviser.getBytes(StandardCharsets.UTF_8));
        return Long.parseUnsignedLong(hex.substring(0, 16), 16);
    }
}
