package org.sendias.jdbc;

import org.sendias.spi.Store;
import org.sendias.testkit.conformance.StoreConformanceKit;

/** The storage contract on PostgreSQL. */
class PostgresConformanceTest extends StoreConformanceKit {
    @Override
    protected Store newStore() {
        return Databases.emptyPostgresStore();
    }
}
