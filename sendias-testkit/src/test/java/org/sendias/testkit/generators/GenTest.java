package org.sendias.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendias.casework.Domain;

class GenTest {

    @Test
    void ints_stayWithinTheirBoundsAndReachBoth() {
        List<Integer> values = Samples.draw(Gen.ints(-2, 2), 500);
        assertTrue(values.stream().allMatch(v -> v >= -2 && v <= 2));
        assertEquals(Set.of(-2, -1, 0, 1, 2), new HashSet<>(values));
        assertEquals(1, Samples.draw(Gen.ints(Integer.MAX_VALUE, Integer.MAX_VALUE), 1, 3).stream().distinct().count());
    }

    @Test
    void longs_acceptTheWholeRangeOfLong() {
        assertEquals(100, Samples.draw(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE), 1, 100).size());
        assertTrue(Samples.draw(Gen.longs(5, Long.MAX_VALUE), 1, 1000).stream().allMatch(v -> v >= 5));
        assertTrue(Samples.draw(Gen.longs(7, 7), 1, 10).stream().allMatch(v -> v == 7));
    }

    @Test
    void frequency_choosesInProportionToTheWeights() {
        Gen<String> gen = Gen.frequency(Gen.weighted(3, Gen.constant("a")), Gen.weighted(1, Gen.constant("b")));
        long a = Samples.count(Samples.draw(gen, 1, 10_000), "a"::equals);
        assertTrue(a > 7_200 && a < 7_800, "about three in four, got " + a);
    }

    @Test
    void oneOfAndElements_useEveryChoice() {
        assertEquals(Set.of("x", "y", "z"), new HashSet<>(Samples.draw(Gen.oneOf(Gen.constant("x"),
            Gen.constant("y"), Gen.constant("z")), 1, 300)));
        assertEquals(Set.of(1, 2, 3), new HashSet<>(Samples.draw(Gen.elements(1, 2, 3), 1, 300)));
        assertEquals(Set.of(Domain.values()), new HashSet<>(Samples.draw(Gen.enumValues(Domain.class), 1, 300)));
    }

    @Test
    void listOfAndEnumSetOf_keepTheirSizesWithinBounds() {
        List<List<Integer>> lists = Samples.draw(Gen.listOf(Gen.ints(0, 9), 2, 4), 250);
        assertTrue(lists.stream().allMatch(l -> l.size() >= 2 && l.size() <= 4));
        assertEquals(Set.of(2, 3, 4), lists.stream().map(List::size).collect(Collectors.toSet()));
        List<Set<Domain>> sets = Samples.draw(Gen.enumSetOf(Domain.class, 1, 3), 250);
        assertEquals(Set.of(1, 2, 3), sets.stream().map(Set::size).collect(Collectors.toSet()));
    }

    @Test
    void mapFlatMapAndOptional_composeGenerators() {
        Gen<Integer> doubled = Gen.ints(1, 5).map(i -> i * 2);
        assertTrue(Samples.draw(doubled, 100).stream().allMatch(i -> i % 2 == 0 && i <= 10));
        Gen<List<Integer>> sized = Gen.ints(0, 3).flatMap(n -> Gen.listOf(Gen.constant(n), n, n));
        assertTrue(Samples.draw(sized, 100).stream().allMatch(l -> l.stream().allMatch(v -> v == l.size())));
        List<Optional<Integer>> optionals = Samples.draw(Gen.ints(0, 1).optional(), 1, 300);
        long empty = Samples.count(optionals, Optional::isEmpty);
        assertTrue(empty > 60 && empty < 140, "about one in three empty, got " + empty);
    }

    @Test
    void sameSeed_givesTheSameValues() {
        Gen<List<Integer>> gen = Gen.listOf(Gen.ints(0, 1_000_000), 0, 20);
        assertEquals(gen.sample(new SplittableRandom(7), 50), gen.sample(new SplittableRandom(7), 50));
        assertEquals(gen.stream(new SplittableRandom(7)).limit(50).toList(), gen.sample(new SplittableRandom(7), 50));
    }

    @Test
    void invalidArguments_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> Gen.ints(2, 1));
        assertThrows(IllegalArgumentException.class, () -> Gen.listOf(Gen.constant(1), -1, 2));
        assertThrows(IllegalArgumentException.class, () -> Gen.enumSetOf(Domain.class, 0, 4));
        assertThrows(IllegalArgumentException.class, () -> Gen.weighted(0, Gen.constant(1)));
        assertThrows(IllegalArgumentException.class, () -> Gen.elements(List.of()));
        assertThrows(IllegalArgumentException.class, () -> Gen.constant(1).sample(new SplittableRandom(1), -1));
        assertThrows(NullPointerException.class, () -> Gen.constant(null));
    }
}
