/**
 * The storage conformance kit: {@link org.sendias.testkit.conformance.StoreConformanceKit} is a set of abstract
 * JUnit 5 tests, each tagged with an assertion id ({@code STORE-01} ...), that an adapter author extends with a
 * one-method subclass returning a fresh store. {@link org.sendias.testkit.conformance.DataProtectionKit} does the
 * same for deleting cases and for the disposal and erasure of {@code org.sendias.dataprotection} ({@code DP-01} ...).
 */
package org.sendias.testkit.conformance;
