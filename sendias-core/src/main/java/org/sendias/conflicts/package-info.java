/**
 * Conflicts of interest: the advisers' declarations and the gifts and hospitality register, the check of an adviser
 * against a case's parties ({@link org.sendias.conflicts.ConflictCheck}), and allocation that respects it
 * ({@link org.sendias.conflicts.Allocator}). Name matching is in {@code org.sendias.conflicts.matching}.
 */
package org.sendias.conflicts;
