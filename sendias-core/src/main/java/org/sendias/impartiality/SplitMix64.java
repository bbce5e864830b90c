package org.sendias.impartiality;

/**
 * The SplitMix64 generator (Steele, Lea and Flood, 2014), written out so that a sample's draw depends on nothing but
 * this documented arithmetic. Its output equals {@code new java.util.SplittableRandom(seed).nextLong()} called
 * repeatedly. Not thread-safe; each draw makes its own.
 */
final class SplitMix64 {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * A uniform integer in {@code [0, bound)} by rejection: take {@code u = nextLong() >>> 1}, uniform on
     * {@code [0, 2^63)}; accept it when {@code u < 2^63 - (2^63 mod bound)} and return {@code u mod bound}, else draw
     * again.
     */
    int nextInt(int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be positive");
        }
        long excess = Long.remainderUnsigned(Long.MIN_VALUE, bound); // 2^63 mod bound
        while (true) {
            long u = nextLong() >>> 1;
            if (excess == 0 || u <= Long.MAX_VALUE - excess) {
                return (int) (u % bound);
            }
        }
    }
}
