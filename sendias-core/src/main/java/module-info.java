/**
 * sendias core: the domain of SEND information, advice and support in England.
 *
 * <p>Exported packages are the public API:
 * <ul>
 *   <li>{@code org.sendias}: ids, domain events and the shared error type;</li>
 *   <li>{@code org.sendias.calendar}: working-day calendars;</li>
 *   <li>{@code org.sendias.deadline}: the statutory deadline engine;</li>
 *   <li>{@code org.sendias.party}: the people and organisations in a case;</li>
 *   <li>{@code org.sendias.casework}: cases;</li>
 *   <li>{@code org.sendias.consent}: consent, sharing decisions and safeguarding disclosures;</li>
 *   <li>{@code org.sendias.impartiality}: advice notes, the evidence check and quality samples;</li>
 *   <li>{@code org.sendias.equality}: equality monitoring and access needs;</li>
 *   <li>{@code org.sendias.conflicts}: declarations and gifts registers, the conflict check and allocation;</li>
 *   <li>{@code org.sendias.conflicts.matching}: fuzzy, explained matching of people's and organisations' names;</li>
 *   <li>{@code org.sendias.access}: roles, the service's access policy and its explained decisions;</li>
 *   <li>{@code org.sendias.service}: the guarded, audited way into a service's records;</li>
 *   <li>{@code org.sendias.subjectaccess}: subject access requests, with a hook to redact third parties;</li>
 *   <li>{@code org.sendias.audit}: the hash-chained audit trail and its verification;</li>
 *   <li>{@code org.sendias.dataprotection}: retention schedules, disposal runs, legal holds' effect and erasure;</li>
 *   <li>{@code org.sendias.reporting}: the commissioner's quarterly return and the annual satisfaction survey, with
 *       small-number suppression;</li>
 *   <li>{@code org.sendias.spi}: what a storage adapter implements;</li>
 *   <li>{@code org.sendias.encryption}: optional field encryption at rest with per-tenant keys;</li>
 *   <li>{@code org.sendias.memory}: the in-memory storage.</li>
 * </ul>
 * Everything under {@code org.sendias.internal} is an implementation detail and is not exported.
 *
 * <p>The command records carry Jakarta Bean Validation annotations. The dependency is static (optional at run time);
 * an embedder who validates commands with a provider on the module path must open the command packages to it.
 */
module org.sendias.core {
    requires com.fasterxml.jackson.core;
    requires org.apache.commons.codec;
    requires org.apache.commons.text;
    requires static transitive jakarta.validation;

    exports org.sendias;
    exports org.sendias.calendar;
    exports org.sendias.deadline;
    exports org.sendias.party;
    exports org.sendias.casework;
    exports org.sendias.consent;
    exports org.sendias.conflicts;
    exports org.sendias.impartiality;
    exports org.sendias.equality;
    exports org.sendias.audit;
    exports org.sendias.spi;
    exports org.sendias.encryption;
    exports org.sendias.memory;
    exports org.sendias.conflicts.matching;
    exports org.sendias.access;
    exports org.sendias.service;
    exports org.sendias.subjectaccess;
    exports org.sendias.dataprotection;
    exports org.sendias.reporting;
}
