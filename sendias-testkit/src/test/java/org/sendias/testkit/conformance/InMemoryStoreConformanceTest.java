package org.sendias.testkit.conformance;

import org.sendias.memory.InMemoryStore;
import org.sendias.spi.Store;

/** Core's in-memory store passes the conformance kit. */
class InMemoryStoreConformanceTest extends StoreConformanceKit {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
