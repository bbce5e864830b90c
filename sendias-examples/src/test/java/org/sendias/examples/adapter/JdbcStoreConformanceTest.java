package org.sendias.examples.adapter;

import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Nested;
import org.sendias.jdbc.JdbcStore;
import org.sendias.spi.Store;
import org.sendias.testkit.conformance.CaseServiceKit;
import org.sendias.testkit.conformance.DataProtectionKit;
import org.sendias.testkit.conformance.StoreConformanceKit;

/**
 * How a storage adapter's author runs sendias's conformance kits: one nested class per kit, each returning a new,
 * empty store of the adapter for every test. Here the adapter is the JDBC store on an in-memory H2 database; put
 * your own store in {@link #newStore()}.
 */
class JdbcStoreConformanceTest {

    /** @return a new, empty store: here a JDBC store on a fresh in-memory H2 database */
    static Store newStore() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:kit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return JdbcStore.create(database);
    }

    /** The storage contract (STORE-01 ...): cases, versions, the audit hash chain, the outbox, tenants apart. */
    @Nested
    class Storage extends StoreConformanceKit {
        @Override
        protected Store newStore() {
            return JdbcStoreConformanceTest.newStore();
        }
    }

    /** Deleting cases, disposal and erasure (DP-01 ...). */
    @Nested
    class DataProtection extends DataProtectionKit {
        @Override
        protected Store newStore() {
            return JdbcStoreConformanceTest.newStore();
        }
    }

    /** The case service on the store: access checks and audit records (SERVICE-01 ...). */
    @Nested
    class Service extends CaseServiceKit {
        @Override
        protected Store newStore() {
            return JdbcStoreConformanceTest.newStore();
        }
    }
}
