package org.sendias.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsageTest {

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "deadlines --help", "calendar --help", "calendar --year 2027 --help",
        "deadlines -h"})
    void helpIsPrintedOnStdoutWithStatusZero(String args) {
        Cli.Result result = Cli.run("", args.split(" "));

        assertEquals(0, result.status());
        assertEquals("", result.err());
        assertTrue(result.out().startsWith("Usage: sendias-cli"), result.out());
    }

    @Test
    void eachCommandHasItsOwnHelp() {
        assertTrue(Cli.run("", "deadlines", "--help").out().contains("--bank-holidays FILE"));
        assertTrue(Cli.run("", "calendar", "--help").out().contains("--calendar NAME"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "frobnicate", "--verbose", "deadlines --verbose", "calendar --bogus",
        "calendar --year", "deadlines stray", "calendar --year 2027 --year 2028"})
    void badUsageShowsUsageOnStderrWithStatusTwo(String args) {
        Cli.Result result = Cli.run("{}", args.isEmpty() ? new String[0] : args.split(" "));

        assertEquals(2, result.status());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("sendias-cli: "), result.err());
        assertTrue(result.err().contains("Usage: sendias-cli"), result.err());
    }

    @Test
    void anUnexpectedFailureExitsWithStatusOneAndOneLine() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };
        Cli.Result result = Cli.run(Cli.CLOCK, broken, "deadlines");

        assertEquals(1, result.status());
        assertEquals("", result.out());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("sendias-cli: internal error"), result.err());
    }
}
