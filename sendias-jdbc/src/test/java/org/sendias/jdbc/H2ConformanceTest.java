package org.sendias.jdbc;

import org.sendias.spi.Store;
import org.sendias.testkit.conformance.StoreConformanceKit;

/** The storage contract on H2. */
class H2ConformanceTest extends StoreConformanceKit {
    @Override
    protected Store newStore() {
        return Databases.emptyH2Store();
    }
}
