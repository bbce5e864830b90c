package org.sendias.jdbc;

import javax.sql.DataSource;

/** Field encryption at rest on PostgreSQL. */
class PostgresEncryptedStoreTest extends EncryptedStoreContract {
    @Override
    DataSource emptyDatabase() {
        DataSource ds = Databases.postgres();
        JdbcStore.create(ds);
        Databases.truncate(ds);
        return ds;
    }
}
