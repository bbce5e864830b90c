package org.sendias.jdbc;

import org.sendias.spi.Store;
import org.sendias.testkit.conformance.CaseServiceKit;

/** The case service's contract on H2. */
class H2CaseServiceTest extends CaseServiceKit {
    @Override
    protected Store newStore() {
        return Databases.emptyH2Store();
    }
}
