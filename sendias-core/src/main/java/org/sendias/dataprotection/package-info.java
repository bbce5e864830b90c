/**
 * Data protection over a service's records: retention schedules and disposal, and requests to erase.
 *
 * <p>A {@link org.sendias.dataprotection.RetentionSchedule} gives, for each {@link
 * org.sendias.dataprotection.RecordKind}, a {@link org.sendias.dataprotection.RetentionRule} and a {@link
 * org.sendias.dataprotection.DisposalMethod}. {@link org.sendias.dataprotection.DisposalPlanner} works out, without
 * changing anything, what is due on a day (the dry run); {@link org.sendias.dataprotection.Disposal} carries out a
 * plan, checking each case again, and writes one audit record per case disposed of. A legal hold on a case stops its
 * disposal. {@link org.sendias.dataprotection.Erasure} decides a request to erase (UK GDPR Article 17) and carries
 * it out or records the legal ground for refusing it.
 *
 * <p>Everything here works with ids and codes: reports, exceptions and audit records never carry a name, a date of
 * birth or any free text.
 */
package org.sendias.dataprotection;
