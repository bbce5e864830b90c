package org.sendias.jdbc;

import javax.sql.DataSource;

/** The commissioner's return in SQL on PostgreSQL. */
class PostgresReportingTest extends ReportingContract {
    @Override
    JdbcStore emptyStore() {
        return Databases.emptyPostgresStore();
    }

    @Override
    DataSource dataSource() {
        return Databases.postgres();
    }
}
