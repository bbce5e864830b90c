/**
 * Who may do what with a service's records: roles, operations, the service's access policy and its explained
 * decisions.
 *
 * <p>The records are the service's alone, at arm's length from the local authority, health commissioners and the
 * organisation that hosts the service. A {@link org.sendias.access.Principal} is a user of one service in one or
 * more {@link org.sendias.access.Role}s; it holds either service-team roles or outside roles, never both. An
 * {@link org.sendias.access.AccessPolicy} (start from {@link org.sendias.access.AccessPolicy#standard()}) decides
 * each {@link org.sendias.access.Operation}, optionally on one case, and answers with an
 * {@link org.sendias.access.AccessDecision} carrying {@link org.sendias.access.AccessReason} codes:
 * outside roles never get personal data or case content, only aggregated reports; an adviser walled off from a case
 * after a conflict of interest is denied it; advisers may be limited to the cases allocated to them
 * ({@link org.sendias.access.AdviserScope}); and no decision crosses services.
 * {@link org.sendias.access.AccessPolicy#require} throws {@link org.sendias.access.AccessDeniedException} instead of
 * returning a denial.
 *
 * <p>Decisions, their reasons and the exception's message hold ids and codes only, never names or case content, so
 * they can be logged and put in the audit trail as they are. The embedding system authenticates users and calls the
 * policy before each operation; sendias does not enforce the policy inside the other packages' methods.
 */
package org.sendias.access;
