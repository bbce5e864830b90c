package org.sendias.examples.logs;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Every log line written while tests run, through SLF4J at every level (this is the test run's SLF4J provider) and
 * through java.util.logging (a handler on the root logger at every level), each with its exception's messages and
 * stack trace.
 */
public final class CapturedLogs implements SLF4JServiceProvider {
    private static final List<String> LINES = new ArrayList<>();
    private static boolean julInstalled;

    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();
    private final ILoggerFactory loggers = Capturing::new;

    /** @return a copy of every line captured so far */
    public static synchronized List<String> lines() {
        return List.copyOf(LINES);
    }

    /** Forgets the lines captured so far and makes sure java.util.logging is captured too. */
    public static synchronized void reset() {
        LINES.clear();
        if (!julInstalled) {
            java.util.logging.Logger root = LogManager.getLogManager().getLogger("");
            root.setLevel(java.util.logging.Level.ALL);
            root.addHandler(new Handler() {
                @Override
                public void publish(LogRecord r) {
                    String text = r.getMessage();
                    if (r.getParameters() != null && text != null) {
                        text = java.text.MessageFormat.format(text, r.getParameters());
                    }
                    add(r.getLoggerName() + " " + r.getLevel() + " " + text, r.getThrown());
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            });
            julInstalled = true;
        }
    }

    static synchronized void add(String line, Throwable thrown) {
        if (thrown == null) {
            LINES.add(line);
            return;
        }
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        LINES.add(line + "\n" + trace);
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
    }

    /** A logger that is enabled at every level and keeps what it is given. */
    private static final class Capturing extends AbstractLogger {
        private static final long serialVersionUID = 1L;

        Capturing(String name) {
            this.name = name;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                Throwable throwable) {
            add(name + " " + level + " " + MessageFormatter.basicArrayFormat(pattern, arguments), throwable);
        }

        @Override
        public boolean isTraceEnabled() {
            return true;
        }

        @Override
        public boolean isTraceEnabled(Marker marker) {
            return true;
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public boolean isDebugEnabled(Marker marker) {
            return true;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isInfoEnabled(Marker marker) {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled(Marker marker) {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled(Marker marker) {
            return true;
        }
    }
}
