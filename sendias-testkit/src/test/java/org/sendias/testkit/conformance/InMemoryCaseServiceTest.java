package org.sendias.testkit.conformance;

import org.sendias.memory.InMemoryStore;
import org.sendias.spi.Store;

/** The case service's contract on the in-memory store. */
class InMemoryCaseServiceTest extends CaseServiceKit {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
