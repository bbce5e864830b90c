package org.sendias.jdbc;

import java.sql.Connection;
import javax.sql.DataSource;

/** The JDBC store's own tests on H2. */
class H2JdbcStoreTest extends JdbcStoreContract {
    @Override
    JdbcStore emptyStore() {
        return Databases.emptyH2Store();
    }

    @Override
    DataSource breakableDataSource() {
        return Databases.h2();
    }

    @Override
    void breakConnection(Connection connection) throws Exception {
        connection.close();
    }
}
