/**
 * What a storage adapter implements. Core ships an in-memory implementation in {@code org.sendias.memory}; the JDBC
 * adapter and the conformance kit build on these interfaces.
 */
package org.sendias.spi;
