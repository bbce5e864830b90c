/**
 * The tamper-evident audit trail: each tenant's audit records, chained by SHA-256 hashes in the order they were
 * committed, and the verification that finds where a stored chain was changed.
 *
 * <p>A storage adapter chains the records of a unit of work when it commits, with {@link
 * org.sendias.audit.AuditChain#append}, from the tenant's {@link org.sendias.audit.AuditHead}; anyone can later check
 * the stored events with {@link org.sendias.audit.AuditVerifier}, or through {@link
 * org.sendias.spi.AuditTrail#verify(org.sendias.TenantId)}. A head recorded outside the database (an anchor) lets
 * the verification also find events removed from the end of the chain, or a chain rewritten with recomputed hashes.
 */
package org.sendias.audit;
