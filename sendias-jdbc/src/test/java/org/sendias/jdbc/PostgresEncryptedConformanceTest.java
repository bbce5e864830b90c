package org.sendias.jdbc;

import org.sendias.encryption.InMemoryKeyProvider;
import org.sendias.spi.Store;
import org.sendias.testkit.conformance.StoreConformanceKit;

/** The storage contract on PostgreSQL with field encryption on. */
class PostgresEncryptedConformanceTest extends StoreConformanceKit {
    @Override
    protected Store newStore() {
        return Databases.emptyEncryptedPostgresStore(new InMemoryKeyProvider());
    }
}
