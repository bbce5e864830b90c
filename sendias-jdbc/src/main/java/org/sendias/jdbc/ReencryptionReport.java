package org.sendias.jdbc;

/**
 * What {@link JdbcStore#reencryptToCurrentKey} did. Rows are case bodies, parties and notes.
 *
 * @param keyId the id of the key the rows are now under
 * @param rowsReencrypted rows rewritten under the current key (under an older key, or not encrypted, before)
 * @param rowsAlreadyCurrent rows left as they were, already under the current key
 * @param casesRetried how many times a case was read again because a unit of work changed it meanwhile
 */
public record ReencryptionReport(String keyId, long rowsReencrypted, long rowsAlreadyCurrent, int casesRetried) {
}
