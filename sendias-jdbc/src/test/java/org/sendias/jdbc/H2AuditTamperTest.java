package org.sendias.jdbc;

import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Tampering with the audit chain on H2, which has no append-only triggers: the chain still shows it. */
class H2AuditTamperTest extends AuditTamperContract {
    @Override
    DataSource freshDatabase() {
        return Databases.h2();
    }

    @Override
    void tamper(Statement owner, String sql) throws SQLException {
        owner.execute(sql);
    }
}
