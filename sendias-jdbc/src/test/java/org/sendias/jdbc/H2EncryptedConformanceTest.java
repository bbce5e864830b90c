package org.sendias.jdbc;

import org.sendias.encryption.InMemoryKeyProvider;
import org.sendias.spi.Store;
import org.sendias.testkit.conformance.StoreConformanceKit;

/** The storage contract on H2 with field encryption on. */
class H2EncryptedConformanceTest extends StoreConformanceKit {
    @Override
    protected Store newStore() {
        return Databases.emptyEncryptedH2Store(new InMemoryKeyProvider());
    }
}
