package org.sendias.jdbc;

import org.sendias.spi.Store;
import org.sendias.testkit.conformance.CaseServiceKit;

/** The case service's contract on Postgres. */
class PostgresCaseServiceTest extends CaseServiceKit {
    @Override
    protected Store newStore() {
        return Databases.emptyPostgresStore();
    }
}
