package org.sendias.jdbc;

/** Subject access exports from the JDBC store on H2. */
class H2SubjectAccessTest extends SubjectAccessJdbcContract {
    @Override
    JdbcStore emptyStore() {
        return Databases.emptyH2Store();
    }
}
