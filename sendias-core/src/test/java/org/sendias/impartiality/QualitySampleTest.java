package org.sendias.impartiality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.reflect.Constructor;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.UserId;

/** The supervisor's reproducible random sample of closed cases per adviser. */
class QualitySampleTest {
    private static final LocalDate FROM = LocalDate.parse("2026-01-01");
    private static final LocalDate TO = LocalDate.parse("2026-03-31");
    private static final UserId ANNA = UserId.of("adviser-anna");
    private static final UserId BEN = UserId.of("adviser-ben");

    private static CaseId caseNo(int n) {
        return new CaseId(new UUID(0, n));
    }

    /** n cases for each adviser, closed across the period, with random ids. */
    private static List<ClosedCaseSummary> closures(long idSeed, int perAdviser, UserId... advisers) {
        Random ids = new Random(idSeed);
        List<ClosedCaseSummary> all = new ArrayList<>();
        for (UserId adviser : advisers) {
            for (int i = 0; i < perAdviser; i++) {
                all.add(new ClosedCaseSummary(new CaseId(new UUID(ids.nextLong(), ids.nextLong())), adviser,
                    FROM.plusDays(i % 90)));
            }
        }
        return all;
    }

    private static SampleParameters params(int k, long seed) {
        return new SampleParameters(FROM, TO, k, seed);
    }

    @Test
    void theSameInputsAlwaysGiveTheSameSample() {
        List<ClosedCaseSummary> cases = closures(1, 40, ANNA, BEN);
        QualitySample first = QualitySample.draw(cases, params(5, 20260401L));
        QualitySample second = QualitySample.draw(List.copyOf(cases), params(5, 20260401L));
        assertEquals(first, second);
        assertEquals(QualitySample.ALGORITHM, first.algorithm());
        assertEquals(params(5, 20260401L), first.parameters());
    }

    @Test
    void theOrderTheCasesAreSuppliedInDoesNotMatter() {
        qt().withExamples(60).forAll(longs().all(), longs().all(), integers().between(1, 12))
            .checkAssert((seed, shuffleSeed, k) -> {
                List<ClosedCaseSummary> cases = closures(seed ^ 7, 15, ANNA, BEN);
                List<ClosedCaseSummary> shuffled = new ArrayList<>(cases);
                Collections.shuffle(shuffled, new Random(shuffleSeed));
                assertEquals(QualitySample.draw(cases, params(k, seed)), QualitySample.draw(shuffled, params(k, seed)));
            });
    }

    @Test
    void eachAdviserGetsKCasesOrAllOfThemWhenFewer() {
        List<ClosedCaseSummary> cases = new ArrayList<>(closures(2, 12, ANNA));
        cases.addAll(closures(3, 3, BEN));
        QualitySample sample = QualitySample.draw(cases, params(5, 99));
        assertEquals(5, sample.sampleFor(ANNA).size());
        assertEquals(12, sample.forAdviser(ANNA).orElseThrow().closedInPeriod());
        Set<CaseId> bens = new HashSet<>();
        cases.stream().filter(c -> c.adviser().equals(BEN)).forEach(c -> bens.add(c.caseId()));
        assertEquals(bens, Set.copyOf(sample.sampleFor(BEN)));
        assertEquals(List.of(ANNA, BEN), sample.advisers().stream().map(AdviserSample::adviser).toList());
    }

    @Test
    void sampledCasesAreDistinctSortedByIdTextAndTheAdvisersOwn() {
        qt().withExamples(40).forAll(longs().all(), integers().between(1, 20)).checkAssert((seed, k) -> {
            List<ClosedCaseSummary> cases = closures(seed, 20, ANNA, BEN);
            QualitySample sample = QualitySample.draw(cases, params(k, seed));
            for (AdviserSample a : sample.advisers()) {
                assertEquals(Math.min(k, 20), a.sampled().size());
                assertEquals(a.sampled().size(), new HashSet<>(a.sampled()).size());
                List<String> text = a.sampled().stream().map(CaseId::toString).toList();
                assertEquals(text.stream().sorted().toList(), text);
                for (CaseId id : a.sampled()) {
                    assertTrue(cases.stream().anyMatch(c -> c.caseId().equals(id) && c.adviser().equals(a.adviser())));
                }
            }
        });
    }

    @Test
    void onlyClosuresInsideThePeriodBothEndsIncludedAreSampled() {
        List<ClosedCaseSummary> cases = List.of(
            new ClosedCaseSummary(caseNo(1), ANNA, FROM.minusDays(1)),
            new ClosedCaseSummary(caseNo(2), ANNA, FROM),
            new ClosedCaseSummary(caseNo(3), ANNA, TO),
            new ClosedCaseSummary(caseNo(4), ANNA, TO.plusDays(1)),
            new ClosedCaseSummary(caseNo(5), BEN, TO.plusDays(1)));
        QualitySample sample = QualitySample.draw(cases, params(10, 1));
        assertEquals(List.of(caseNo(2), caseNo(3)), sample.sampleFor(ANNA));
        assertEquals(List.of(), sample.sampleFor(BEN), "an adviser with no closures in the period is not listed");
        assertEquals(1, sample.advisers().size());
    }

    @Test
    void oneAdvisersCasesNeverChangeAnothersSample() {
        List<ClosedCaseSummary> annaOnly = closures(4, 30, ANNA);
        List<ClosedCaseSummary> both = new ArrayList<>(annaOnly);
        both.addAll(closures(5, 30, BEN));
        assertEquals(QualitySample.draw(annaOnly, params(4, 77)).sampleFor(ANNA),
            QualitySample.draw(both, params(4, 77)).sampleFor(ANNA));
    }

    @Test
    void aDifferentSeedDrawsADifferentSample() {
        List<ClosedCaseSummary> cases = closures(6, 50, ANNA);
        assertNotEquals(QualitySample.draw(cases, params(5, 1)).sampleFor(ANNA),
            QualitySample.draw(cases, params(5, 2)).sampleFor(ANNA));
    }

    @Test
    void everyCaseIsEquallyLikelyToBeDrawn() {
        List<ClosedCaseSummary> cases = IntStream.rangeClosed(1, 10)
            .mapToObj(i -> new ClosedCaseSummary(caseNo(i), ANNA, FROM)).toList();
        Map<CaseId, Integer> counts = new HashMap<>();
        for (long seed = 0; seed < 3000; seed++) {
            QualitySample.draw(cases, params(3, seed)).sampleFor(ANNA).forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        assertEquals(10, counts.size());
        // expected 900 each; the binomial standard deviation is about 25
        counts.values().forEach(c -> assertTrue(c > 780 && c < 1020, counts.toString()));
    }

    @Test
    void aCaseGivenTwiceIsRefused() {
        List<ClosedCaseSummary> cases = List.of(new ClosedCaseSummary(caseNo(1), ANNA, FROM),
            new ClosedCaseSummary(caseNo(1), BEN, TO));
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> QualitySample.draw(cases, params(1, 1)));
        assertEquals("closedCases", e.field());
    }

    /** An auditor's re-implementation from the documentation alone, using JDK classes for SHA-256 and SplitMix64. */
    private static List<CaseId> auditorsDraw(List<ClosedCaseSummary> cases, UserId adviser, SampleParameters p)
            throws Exception {
        List<CaseId> mine = new ArrayList<>(cases.stream()
            .filter(c -> c.adviser().equals(adviser) && !c.closedOn().isBefore(p.from()) && !c.closedOn().isAfter(p.to()))
            .map(ClosedCaseSummary::caseId).toList());
        mine.sort((a, b) -> a.toString().compareTo(b.toString()));
        if (mine.size() > p.perAdviser()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(adviser.value().getBytes(StandardCharsets.UTF_8));
            SplittableRandom random = new SplittableRandom(p.seed() ^ ByteBuffer.wrap(digest).getLong());
            for (int i = 0; i < p.perAdviser(); i++) {
                long bound = mine.size() - i;
                long limit = (1L << 62) / bound * bound * 2; // 2^63 - (2^63 mod bound), for bound < 2^31
                long u;
                do {
                    u = random.nextLong() >>> 1;
                } while (Long.compareUnsigned(u, limit) >= 0);
                Collections.swap(mine, i, i + (int) (u % bound));
            }
            mine = new ArrayList<>(mine.subList(0, p.perAdviser()));
            mine.sort((a, b) -> a.toString().compareTo(b.toString()));
        }
        return mine;
    }

    @Test
    void anAuditorFollowingTheDocumentationDrawsTheSameSample() throws Exception {
        for (long seed = -5; seed < 25; seed++) {
            List<ClosedCaseSummary> cases = closures(seed * 31, 25, ANNA, BEN);
            SampleParameters p = params((int) Math.floorMod(seed, 9) + 1, seed * 1_000_003L);
            QualitySample sample = QualitySample.draw(cases, p);
            assertEquals(auditorsDraw(cases, ANNA, p), sample.sampleFor(ANNA));
            assertEquals(auditorsDraw(cases, BEN, p), sample.sampleFor(BEN));
        }
    }

    @Test
    void theAlgorithmsOutputIsPinned() {
        // if this changes, the documented algorithm changed: give QualitySample.ALGORITHM a new version
        List<ClosedCaseSummary> cases = IntStream.rangeClosed(1, 20)
            .mapToObj(i -> new ClosedCaseSummary(caseNo(i), ANNA, FROM)).toList();
        List<Long> drawn = QualitySample.draw(cases, params(4, 2026L)).sampleFor(ANNA).stream()
            .map(id -> id.value().getLeastSignificantBits()).toList();
        assertEquals(PINNED, drawn);
    }

    private static final List<Long> PINNED = List.of(1L, 8L, 16L, 17L);

    @Test
    void splitMix64MatchesTheJdksSplittableRandom() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            SplitMix64 mine = new SplitMix64(seed);
            SplittableRandom jdk = new SplittableRandom(seed);
            for (int i = 0; i < 8; i++) {
                assertEquals(jdk.nextLong(), mine.nextLong());
            }
        });
    }

    @Test
    void boundedDrawsStayInRange() {
        qt().withExamples(200).forAll(longs().all(), integers().between(1, Integer.MAX_VALUE)).checkAssert((s, b) -> {
            int r = new SplitMix64(s).nextInt(b);
            assertTrue(r >= 0 && r < b);
        });
        assertThrows(IllegalArgumentException.class, () -> new SplitMix64(1).nextInt(0));
    }

    @Test
    void parametersAreValidatedByTheConstructorAndTheConstraintsAlike() throws Exception {
        assertEquals("to", assertThrows(InvalidInputException.class,
            () -> new SampleParameters(TO, FROM, 1, 0)).field());
        assertEquals("from", assertThrows(InvalidInputException.class,
            () -> new SampleParameters(null, TO, 1, 0)).field());
        assertEquals("to", assertThrows(InvalidInputException.class,
            () -> new SampleParameters(FROM, null, 1, 0)).field());
        assertEquals("perAdviser", assertThrows(InvalidInputException.class,
            () -> new SampleParameters(FROM, TO, 0, 0)).field());
        assertEquals("perAdviser", assertThrows(InvalidInputException.class,
            () -> new SampleParameters(FROM, TO, SampleParameters.MAX_PER_ADVISER + 1, 0)).field());
        assertTrue(new SampleParameters(FROM, FROM, 1, 0).covers(FROM));

        try (ValidatorFactory factory = BeanValidation.factory()) {
            ExecutableValidator v = BeanValidation.executables(factory);
            Constructor<SampleParameters> c = BeanValidation.canonical(SampleParameters.class);
            Set<ConstraintViolation<SampleParameters>> none = v.validateConstructorParameters(c,
                new Object[] {FROM, TO, 5, 1L});
            assertEquals(Set.of(), none);
            assertEquals(1, v.validateConstructorParameters(c, new Object[] {null, TO, 5, 1L}).size());
            assertEquals(1, v.validateConstructorParameters(c, new Object[] {FROM, null, 5, 1L}).size());
            assertEquals(1, v.validateConstructorParameters(c, new Object[] {FROM, TO, 0, 1L}).size());
            assertEquals(1, v.validateConstructorParameters(c, new Object[] {FROM, TO, 1001, 1L}).size());
        }
    }
}
