/**
 * Generators of valid sendias domain values, for property tests, storage round trips and load.
 *
 * <p>A {@link org.sendias.testkit.generators.Gen} is a function of a {@link java.util.random.RandomGenerator}, and
 * nothing in this package depends on a test framework: wrap a generator in a property-testing library's own type,
 * or call it from a loop over seeds. One class per area holds the static factories: {@link
 * org.sendias.testkit.generators.Texts}, {@link org.sendias.testkit.generators.Dates}, {@link
 * org.sendias.testkit.generators.Ids}, {@link org.sendias.testkit.generators.Parties}, {@link
 * org.sendias.testkit.generators.Cases}, {@link org.sendias.testkit.generators.Consents}, {@link
 * org.sendias.testkit.generators.Equality}, {@link org.sendias.testkit.generators.Advice}, {@link
 * org.sendias.testkit.generators.Registers} and {@link org.sendias.testkit.generators.Processes}.
 *
 * <p>Every value generated is one core accepts: each passes its constructor's validation, and each command is one
 * its aggregate accepts in the state it is applied to. The generators favour edge cases (leap days, bank holidays,
 * names with accents and apostrophes, right-to-left text, emoji, SQL fragments, maximum lengths), as each factory's
 * documentation lists.
 */
package org.sendias.testkit.generators;
