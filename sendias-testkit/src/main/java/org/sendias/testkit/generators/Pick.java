package org.sendias.testkit.generators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.random.RandomGenerator;

/** Small helpers the generators share. Not part of the API. */
final class Pick {
    private Pick() {
    }

    /** One element of a non-empty list, each equally likely. */
    static <T> T one(RandomGenerator random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** One element of a non-empty collection, in its iteration order (use only with ordered collections). */
    static <T> T one(RandomGenerator random, Collection<T> values) {
        return one(random, new ArrayList<>(values));
    }

    /** True about one time in {@code n}. */
    static boolean oneIn(RandomGenerator random, int n) {
        return random.nextInt(n) == 0;
    }

    /**
     * Cuts text to at most {@code max} UTF-16 units without splitting a surrogate pair, and keeps it from being blank,
     * so that it passes every "1 to max characters" check in core.
     */
    static String fit(String text, int max) {
        String s = text;
        if (s.length() > max) {
            int end = max;
            if (Character.isHighSurrogate(s.charAt(end - 1)) && Character.isLowSurrogate(s.charAt(end))) {
                end--;
            }
            s = s.substring(0, end);
        }
        if (s.isBlank()) {
            s = "x" + (s.length() >= max ? s.substring(0, Math.max(0, max - 1)) : s);
            if (s.length() > max) {
                s = s.substring(0, max);
            }
        }
        if (!s.isEmpty() && Character.isHighSurrogate(s.charAt(s.length() - 1))) {
            s = s.substring(0, s.length() - 1) + "x";
        }
        return s;
    }
}
