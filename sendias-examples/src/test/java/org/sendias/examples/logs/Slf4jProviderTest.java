package org.sendias.examples.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The command-line tool ships slf4j-nop, so SLF4J finds a provider and stays quiet; the tests name their capturing
 * provider with the {@code slf4j.provider} system property (set in this module's Surefire configuration), so that it
 * is the one used whatever order the class path lists them in.
 */
class Slf4jProviderTest {

    @Test
    void bothProvidersAreOnTheTestClassPath() {
        List<String> found = ServiceLoader.load(SLF4JServiceProvider.class).stream()
            .map(p -> p.type().getName()).sorted().toList();
        assertEquals(List.of("org.sendias.examples.logs.CapturedLogs", "org.slf4j.nop.NOPServiceProvider"), found);
    }

    @Test
    void theCapturingProviderIsTheOneInUse() {
        assertEquals(CapturedLogs.class.getName(), System.getProperty("slf4j.provider"));
        CapturedLogs.reset();
        LoggerFactory.getLogger(Slf4jProviderTest.class).info("provider check {}", 42);
        assertTrue(CapturedLogs.lines().stream().anyMatch(l -> l.endsWith("provider check 42")),
            CapturedLogs.lines().toString());
    }
}
