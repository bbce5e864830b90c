package org.sendias.jdbc;

import java.sql.SQLException;
import java.util.Set;

/** What the databases' error codes mean to the store. */
final class Sql {
    /** Unique key violations (PostgreSQL and H2). */
    private static final String DUPLICATE = "23505";
    /**
     * Two transactions wanted the same rows: serialization failure, deadlock, lock not available (PostgreSQL);
     * lock timeout, concurrent update, deadlock (H2).
     */
    private static final Set<String> CONFLICT = Set.of("40001", "40P01", "55P03", "HYT00", "90131");

    private Sql() {
    }

    static boolean isDuplicate(SQLException e) {
        return any(e, Set.of(DUPLICATE));
    }

    static boolean isConflict(SQLException e) {
        return any(e, CONFLICT);
    }

    private static boolean any(SQLException e, Set<String> states) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null && states.contains(x.getSQLState())) {
                return true;
            }
        }
        Throwable cause = e.getCause();
        return cause instanceof SQLException s && s != e && any(s, states);
    }
}
