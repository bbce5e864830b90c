/**
 * sendias testkit: support for testing code that uses sendias, and storage adapters that implement its SPI.
 *
 * <p>{@code org.sendias.testkit.generators} holds generators of valid domain values. They are plain functions of a
 * {@link java.util.random.RandomGenerator}, with no test framework on their class path, so that a user can drive
 * them from JUnit, from a property-testing library or from a {@code main} method.
 *
 * <p>{@code org.sendias.testkit.conformance} holds the storage conformance kit: abstract JUnit 5 tests, each tagged
 * with an assertion id, that an adapter author runs unchanged against their {@code org.sendias.spi.Store}.
 */
module org.sendias.testkit {
    requires transitive org.sendias.core;

    requires static org.junit.jupiter.api;

    exports org.sendias.testkit.generators;
    exports org.sendias.testkit.conformance;

    uses org.sendias.testkit.conformance.ConformanceStores;
}
