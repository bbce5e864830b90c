/** Thread-safe in-memory implementations of the storage interfaces in {@code org.sendias.spi}. */
package org.sendias.memory;
