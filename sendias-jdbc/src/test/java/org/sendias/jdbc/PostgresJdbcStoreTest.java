package org.sendias.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/** The JDBC store's own tests on PostgreSQL. */
class PostgresJdbcStoreTest extends JdbcStoreContract {
    @Override
    JdbcStore emptyStore() {
        return Databases.emptyPostgresStore();
    }

    @Override
    DataSource breakableDataSource() {
        return Databases.postgresServer().getPostgresDatabase();
    }

    /** The server ends the session, as on a restart or an administrator's pg_terminate_backend. */
    @Override
    void breakConnection(Connection connection) throws Exception {
        int pid = connection.unwrap(PGConnection.class).getBackendPID();
        try (Connection admin = Databases.postgres().getConnection();
                PreparedStatement s = admin.prepareStatement("select pg_terminate_backend(?)")) {
            s.setInt(1, pid);
            s.executeQuery().close();
        }
        // the session is gone once the server has ended it; wait until it has
        for (int i = 0; i < 100 && connection.isValid(1); i++) {
            Thread.sleep(10);
        }
    }
}
