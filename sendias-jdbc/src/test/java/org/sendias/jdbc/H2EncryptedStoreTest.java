package org.sendias.jdbc;

import javax.sql.DataSource;

/** Field encryption at rest on H2. */
class H2EncryptedStoreTest extends EncryptedStoreContract {
    @Override
    DataSource emptyDatabase() {
        DataSource ds = Databases.h2();
        JdbcStore.create(ds);
        return ds;
    }
}
