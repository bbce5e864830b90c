package org.sendias.jdbc;

import org.sendias.spi.Store;
import org.sendias.testkit.conformance.DataProtectionKit;

/** The data protection contract on PostgreSQL. */
class PostgresDataProtectionTest extends DataProtectionKit {
    @Override
    protected Store newStore() {
        return Databases.emptyPostgresStore();
    }
}
