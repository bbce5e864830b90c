package org.sendias.conflicts;

import org.sendias.UserId;

/**
 * An adviser who could take a case: their check is clear.
 *
 * @param adviser the adviser
 * @param caseload how many active cases they hold in the service
 */
public record AdviserSuggestion(UserId adviser, int caseload) {
}
