package org.sendias.testkit.conformance;

import org.sendias.memory.InMemoryStore;
import org.sendias.spi.Store;

/** Core's in-memory store keeps the data protection contract. */
class InMemoryDataProtectionTest extends DataProtectionKit {
    @Override
    protected Store newStore() {
        return new InMemoryStore();
    }
}
