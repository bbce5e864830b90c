/**
 * The guarded, audited way into a service's records: {@link org.sendias.service.CaseService} asks the access policy
 * before every operation and writes the audit trail for every read and change of case content.
 */
package org.sendias.service;
