package org.sendias.testkit.conformance;

import java.util.List;
import java.util.ServiceLoader;
import org.sendias.spi.Store;

/**
 * The conformance kit on the store that a {@link ConformanceStores} service supplies, for builds that scan the kit's
 * tests with Surefire's {@code dependenciesToScan} instead of extending {@link StoreConformanceKit}. Exactly one
 * {@link ConformanceStores} must be registered; otherwise every test fails and says so.
 */
public class DiscoveredStoreConformanceTest extends StoreConformanceKit {
    /** Creates the test; JUnit calls it. */
    public DiscoveredStoreConformanceTest() {
        // the store comes from the service, per test
    }

    @Override
    protected Store newStore() {
        List<ConformanceStores> found = ServiceLoader.load(ConformanceStores.class).stream()
            .map(ServiceLoader.Provider::get).toList();
        if (found.size() != 1) {
            throw new IllegalStateException("the conformance kit needs exactly one " + ConformanceStores.class.getName()
                + " registered in META-INF/services (or, on the module path, provided by a module); found "
                + found.size());
        }
        return found.get(0).newStore();
    }
}
