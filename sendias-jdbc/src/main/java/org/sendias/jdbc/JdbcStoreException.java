package org.sendias.jdbc;

/**
 * The database failed (it could not be reached, a connection broke, a statement was refused). The unit of work was
 * rolled back, so nothing of it was written; it is safe to run it again once the database is back. The message names
 * the operation and the SQL state, never stored values; the cause is the driver's exception.
 */
public final class JdbcStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what was being done, and the SQL state
     * @param cause the driver's exception
     */
    public JdbcStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
