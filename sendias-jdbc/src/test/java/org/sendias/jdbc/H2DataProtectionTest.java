package org.sendias.jdbc;

import org.sendias.spi.Store;
import org.sendias.testkit.conformance.DataProtectionKit;

/** The data protection contract on H2. */
class H2DataProtectionTest extends DataProtectionKit {
    @Override
    protected Store newStore() {
        return Databases.emptyH2Store();
    }
}
