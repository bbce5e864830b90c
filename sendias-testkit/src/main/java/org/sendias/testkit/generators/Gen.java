package org.sendias.testkit.generators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * A generator of values: a function from a source of randomness to a value.
 *
 * <p>A generator draws every choice it makes from the {@link RandomGenerator} it is given, so the same generator run
 * on two generators in the same state (for example two {@code new SplittableRandom(42)}) gives equal values. The one
 * exception is documented where it applies: ids that sendias core assigns itself (a note's id when a case adds it,
 * for example) come from {@link UUID#randomUUID()} and cannot be reproduced.
 *
 * <p>Generators are framework-neutral. To use one with a property-testing library, wrap its {@link #next} in that
 * library's own generator type; to use one in a plain JUnit test, loop over seeds:
 *
 * <pre>{@code
 * Gen<Party> parents = Parties.parents();
 * for (long seed = 0; seed < 100; seed++) {
 *     Party parent = parents.next(new SplittableRandom(seed));
 *     ...
 * }
 * }</pre>
 *
 * <p>Generators hold no state of their own and are safe to share between threads (each thread with its own
 * {@code RandomGenerator}).
 *
 * @param <T> the type of the values generated
 */
@FunctionalInterface
public interface Gen<T> {

    /**
     * Generates one value.
     *
     * @param random the source of every random choice
     * @return a value; never {@code null}
     */
    T next(RandomGenerator random);

    /**
     * @param f a function applied to each value
     * @param <U> the type of the new values
     * @return a generator of {@code f} applied to this generator's values
     */
    default <U> Gen<U> map(Function<? super T, ? extends U> f) {
        Objects.requireNonNull(f, "f");
        return random -> f.apply(next(random));
    }

    /**
     * @param f a function from each value to the generator of the value to return
     * @param <U> the type of the new values
     * @return a generator that draws a value from this generator, then a value from the generator {@code f} gives
     *     for it
     */
    default <U> Gen<U> flatMap(Function<? super T, ? extends Gen<? extends U>> f) {
        Objects.requireNonNull(f, "f");
        return random -> f.apply(next(random)).next(random);
    }

    /**
     * @return a generator of this generator's values, wrapped; empty about one time in three
     */
    default Gen<Optional<T>> optional() {
        return random -> random.nextInt(3) == 0 ? Optional.empty() : Optional.of(next(random));
    }

    /**
     * @param random the source of every random choice
     * @return an endless stream of values drawn one after another from {@code random}
     */
    default Stream<T> stream(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        return Stream.generate(() -> next(random));
    }

    /**
     * @param random the source of every random choice
     * @param count how many values to draw
     * @return that many values, in the order drawn
     */
    default List<T> sample(RandomGenerator random, int count) {
        Objects.requireNonNull(random, "random");
        if (count < 0) {
            throw new IllegalArgumentException("count: must not be negative, got " + count);
        }
        List<T> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(next(random));
        }
        return values;
    }

    /**
     * @param value the value to return every time
     * @param <T> its type
     * @return a generator that always returns {@code value} and draws nothing
     */
    static <T> Gen<T> constant(T value) {
        Objects.requireNonNull(value, "value");
        return random -> value;
    }

    /**
     * @param values the values to choose from, each equally likely
     * @param <T> their type
     * @return a generator of one of the values
     */
    @SafeVarargs
    static <T> Gen<T> elements(T... values) {
        List<T> list = new ArrayList<>(values.length);
        for (T v : values) {
            list.add(v);
        }
        return elements(list);
    }

    /**
     * @param values the values to choose from, each equally likely; copied
     * @param <T> their type
     * @return a generator of one of the values
     */
    static <T> Gen<T> elements(Collection<? extends T> values) {
        List<T> copy = List.copyOf(values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("values: at least one value is needed");
        }
        return random -> copy.get(random.nextInt(copy.size()));
    }

    /**
     * @param type an enum type
     * @param <E> the enum type
     * @return a generator of its constants, each equally likely
     */
    static <E extends Enum<E>> Gen<E> enumValues(Class<E> type) {
        return elements(List.of(type.getEnumConstants()));
    }

    /**
     * @param generators the generators to choose from, each equally likely
     * @param <T> the type of the values
     * @return a generator that picks one of the generators and returns its value
     */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... generators) {
        List<Gen<? extends T>> copy = new ArrayList<>(generators.length);
        for (Gen<? extends T> g : generators) {
            copy.add(Objects.requireNonNull(g, "generators must not contain null"));
        }
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("generators: at least one generator is needed");
        }
        return random -> copy.get(random.nextInt(copy.size())).next(random);
    }

    /**
     * A generator with its relative weight, for {@link #frequency}.
     *
     * @param weight how often the generator is chosen relative to the others: 1 or more
     * @param generator the generator
     * @param <T> the type of the values
     */
    record Weighted<T>(int weight, Gen<? extends T> generator) {
        /** Validates the weight. */
        public Weighted {
            if (weight < 1) {
                throw new IllegalArgumentException("weight: must be 1 or more, got " + weight);
            }
            Objects.requireNonNull(generator, "generator");
        }
    }

    /**
     * @param weight the relative weight, 1 or more
     * @param generator the generator
     * @param <T> the type of the values
     * @return the pair, for {@link #frequency}
     */
    static <T> Weighted<T> weighted(int weight, Gen<? extends T> generator) {
        return new Weighted<>(weight, generator);
    }

    /**
     * A generator that picks one of several generators in proportion to its weight: with weights 3 and 1, the first
     * is chosen three times as often as the second. Weighting is how the domain generators favour edge cases.
     *
     * @param choices the weighted generators
     * @param <T> the type of the values
     * @return the generator
     */
    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
        List<Weighted<? extends T>> list = new ArrayList<>(choices.length);
        for (Weighted<? extends T> w : choices) {
            list.add(w);
        }
        return frequency(list);
    }

    /**
     * As {@link #frequency(Weighted...)}, for choices assembled at run time.
     *
     * @param choices the weighted generators, at least one; copied
     * @param <T> the type of the values
     * @return the generator
     */
    static <T> Gen<T> frequency(List<? extends Weighted<? extends T>> choices) {
        List<Weighted<? extends T>> copy = List.copyOf(choices);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("choices: at least one weighted generator is needed");
        }
        long total = 0;
        for (Weighted<? extends T> w : copy) {
            total += w.weight();
        }
        long sum = total;
        return random -> {
            long pick = random.nextLong(sum);
            for (Weighted<? extends T> w : copy) {
                pick -= w.weight();
                if (pick < 0) {
                    return w.generator().next(random);
                }
            }
            throw new AssertionError("weights add up to " + sum);
        };
    }

    /**
     * @param min the smallest value
     * @param max the largest value, inclusive
     * @return a generator of integers from {@code min} to {@code max}, each equally likely
     */
    static Gen<Integer> ints(int min, int max) {
        if (max < min) {
            throw new IllegalArgumentException("max: must not be less than min (" + min + "), got " + max);
        }
        return random -> (int) random.nextLong(min, (long) max + 1);
    }

    /**
     * @param min the smallest value
     * @param max the largest value, inclusive
     * @return a generator of longs from {@code min} to {@code max}, each equally likely
     */
    static Gen<Long> longs(long min, long max) {
        if (max < min) {
            throw new IllegalArgumentException("max: must not be less than min (" + min + "), got " + max);
        }
        if (max == Long.MAX_VALUE) {
            // nextLong(origin, bound) excludes the bound, so shift the range down by one and back up
            return min == Long.MIN_VALUE ? RandomGenerator::nextLong : random -> random.nextLong(min - 1, max) + 1;
        }
        return random -> random.nextLong(min, max + 1);
    }

    /** @return a generator of {@code true} and {@code false}, equally likely */
    static Gen<Boolean> booleans() {
        return RandomGenerator::nextBoolean;
    }

    /**
     * @param element the generator of each element
     * @param min the fewest elements
     * @param max the most elements, inclusive
     * @param <T> the type of the elements
     * @return a generator of unmodifiable lists whose size is from {@code min} to {@code max}, each size equally
     *     likely
     */
    static <T> Gen<List<T>> listOf(Gen<? extends T> element, int min, int max) {
        Objects.requireNonNull(element, "element");
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("min and max: need 0 <= min <= max, got " + min + " and " + max);
        }
        return random -> {
            int size = random.nextInt(min, max + 1);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(element.next(random));
            }
            return Collections.unmodifiableList(list);
        };
    }

    /**
     * @param type an enum type
     * @param min the fewest constants in a set
     * @param max the most constants in a set, inclusive (at most the number of constants)
     * @param <E> the enum type
     * @return a generator of unmodifiable sets of the constants, in declaration order, whose size is from
     *     {@code min} to {@code max}
     */
    static <E extends Enum<E>> Gen<Set<E>> enumSetOf(Class<E> type, int min, int max) {
        E[] all = type.getEnumConstants();
        if (min < 0 || max < min || max > all.length) {
            throw new IllegalArgumentException("min and max: need 0 <= min <= max <= " + all.length + ", got " + min
                + " and " + max);
        }
        return random -> {
            int size = random.nextInt(min, max + 1);
            List<E> pool = new ArrayList<>(List.of(all));
            EnumSet<E> chosen = EnumSet.noneOf(type);
            for (int i = 0; i < size; i++) {
                chosen.add(pool.remove(random.nextInt(pool.size())));
            }
            return Collections.unmodifiableSet(chosen);
        };
    }
}
