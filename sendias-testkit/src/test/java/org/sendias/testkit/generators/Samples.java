package org.sendias.testkit.generators;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/** Draws samples from generators with fixed seeds, and checks what they contain. */
final class Samples {
    /** The seeds every test draws from. */
    static final long[] SEEDS = {1L, 42L, 2026L, 0xC0FFEEL};

    private Samples() {
    }

    /** {@code perSeed} values from each of {@link #SEEDS}, in order. */
    static <T> List<T> draw(Gen<T> gen, int perSeed) {
        List<T> all = new ArrayList<>(perSeed * SEEDS.length);
        for (long seed : SEEDS) {
            all.addAll(gen.sample(new SplittableRandom(seed), perSeed));
        }
        return all;
    }

    /** {@code count} values from one seed. */
    static <T> List<T> draw(Gen<T> gen, long seed, int count) {
        return gen.sample(new SplittableRandom(seed), count);
    }

    /** How many values satisfy a predicate. */
    static <T> long count(List<T> values, Predicate<? super T> test) {
        return values.stream().filter(test).count();
    }

    /** Whether two runs of a generator with the same seed give the same descriptions. */
    static <T> boolean reproducible(Gen<T> gen, Function<? super T, String> describe) {
        for (long seed : SEEDS) {
            List<String> first = draw(gen, seed, 200).stream().map(describe).map(String::valueOf).toList();
            List<String> second = draw(gen, seed, 200).stream().map(describe).map(String::valueOf).toList();
            if (!first.equals(second)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text contains a right-to-left letter (Arabic, Hebrew, Urdu ...). */
    static boolean hasRightToLeft(String s) {
        return s.codePoints().anyMatch(cp -> {
            byte d = Character.getDirectionality(cp);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }

    /** Whether the text contains an emoji from the supplementary planes or a common BMP one. */
    static boolean hasEmoji(String s) {
        return s.codePoints().anyMatch(cp -> (cp >= 0x1F000 && cp <= 0x1FAFF) || cp == 0x2764 || cp == 0x2B50);
    }

    /** Whether the text contains a surrogate without its partner. */
    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text contains a control character other than the usual tab, line feed and carriage return. */
    static boolean hasUnusualControl(String s) {
        return s.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n'
            && c != '\r');
    }
}
