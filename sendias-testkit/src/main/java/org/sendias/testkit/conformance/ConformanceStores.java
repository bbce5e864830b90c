package org.sendias.testkit.conformance;

import org.sendias.spi.Store;

/**
 * Supplies empty stores to {@link DiscoveredStoreConformanceTest}, the conformance kit run by discovery rather than by
 * subclassing. Implement it in your test sources and name the class in
 * {@code META-INF/services/org.sendias.testkit.conformance.ConformanceStores}, then add {@code sendias-testkit} to
 * Surefire's {@code dependenciesToScan}.
 */
public interface ConformanceStores {
    /** @return a new, empty store; called before each test of the kit */
    Store newStore();
}
