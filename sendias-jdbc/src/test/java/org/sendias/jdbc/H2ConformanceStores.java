package org.sendias.jdbc;

import org.sendias.spi.Store;
import org.sendias.testkit.conformance.ConformanceStores;

/**
 * Empty H2 stores for the conformance kit run by discovery (Surefire's {@code dependenciesToScan} in this module's
 * POM), which shows that route works as the README describes.
 */
public class H2ConformanceStores implements ConformanceStores {
    @Override
    public Store newStore() {
        return Databases.emptyH2Store();
    }
}
