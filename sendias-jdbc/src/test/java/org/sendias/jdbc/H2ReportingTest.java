package org.sendias.jdbc;

import javax.sql.DataSource;

/** The commissioner's return in SQL on H2. */
class H2ReportingTest extends ReportingContract {
    private DataSource dataSource;

    @Override
    JdbcStore emptyStore() {
        dataSource = Databases.h2();
        return JdbcStore.create(dataSource);
    }

    @Override
    DataSource dataSource() {
        return dataSource;
    }
}
