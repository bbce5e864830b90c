package org.sendias.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections can be broken on cue: armed with n, it breaks the connection that runs the nth
 * statement from then on, just before the statement runs, as a server going away mid-transaction would.
 */
final class Breaking implements DataSource {
    /** Breaks a connection. */
    interface Breaker {
        void breakConnection(Connection connection) throws Exception;
    }

    private final DataSource target;
    private final Breaker breaker;
    private int countdown;
    private boolean broke;

    Breaking(DataSource target, Breaker breaker) {
        this.target = target;
        this.breaker = breaker;
    }

    /** @param n the statement to break at, counting from 1 */
    synchronized void breakAtStatement(int n) {
        countdown = n;
        broke = false;
    }

    /** @return whether a connection was broken since the last arming */
    synchronized boolean broke() {
        return broke;
    }

    private synchronized boolean due() {
        if (countdown > 0 && --countdown == 0) {
            broke = true;
            return true;
        }
        return false;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(target.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return wrap(target.getConnection(user, password));
    }

    private Connection wrap(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(connection, method, args);
            if (result instanceof PreparedStatement statement) {
                return statement(statement, connection);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(Breaking.class.getClassLoader(), new Class<?>[] {Connection.class},
            handler);
    }

    private PreparedStatement statement(PreparedStatement statement, Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute") && due()) {
                breaker.breakConnection(connection);
            }
            return invoke(statement, method, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(Breaking.class.getClassLoader(),
            new Class<?>[] {PreparedStatement.class}, handler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return target.isWrapperFor(type);
    }
}
