package org.sendias.jdbc;

/** Subject access exports from the JDBC store on PostgreSQL. */
class PostgresSubjectAccessTest extends SubjectAccessJdbcContract {
    @Override
    JdbcStore emptyStore() {
        return Databases.emptyPostgresStore();
    }
}
