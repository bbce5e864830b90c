package org.sendias.testkit.conformance;

import org.junit.jupiter.api.BeforeEach;
import org.sendias.spi.Store;

/**
 * What the conformance kits share: a new, empty store of the adapter under test for each test. Extend one of the kits
 * ({@link StoreConformanceKit}, {@link DataProtectionKit}, {@link CaseServiceKit}), not this class.
 */
public abstract class StoreKit {
    private Store store;

    /** Kits only. */
    StoreKit() {
    }

    /** @return a new, empty store; called before each test */
    protected abstract Store newStore();

    /** Creates the store under test. */
    @BeforeEach
    void createStore() {
        store = newStore();
    }

    /** @return the store under test */
    protected Store store() {
        return store;
    }
}
