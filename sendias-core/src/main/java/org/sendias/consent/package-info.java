/**
 * Consent and safeguarding disclosures: who may consent for a child or young person, what they consented to, and
 * whether information may leave the service.
 *
 * <p>Start with {@link org.sendias.consent.ConsentLedger}, a case's consents and disclosures. Work out who may
 * consent on a day with {@link org.sendias.consent.ConsentAuthority#at}: a parent until the child passes compulsory
 * school age, then the young person, unless a {@link org.sendias.consent.CapacityRecord} records that they lack
 * capacity. Record consents with {@link org.sendias.consent.GiveConsent}, withdraw them with
 * {@link org.sendias.consent.WithdrawConsent}, and ask {@link org.sendias.consent.ConsentLedger#decide} whether a
 * {@link org.sendias.consent.SharingRequest} is permitted; the answer is a
 * {@link org.sendias.consent.SharingDecision}, never an exception. A held third-party referral is released only when
 * {@link org.sendias.consent.ConsentLedger#referralConsent} permits it.
 *
 * <p>A safeguarding disclosure without consent is a recorded event
 * ({@link org.sendias.consent.RecordDisclosure}, {@link org.sendias.consent.SafeguardingDisclosure}) carrying its
 * legal conditions, its approver and whether the family was told. It never makes later sharing permitted.
 *
 * <p>Every command produces {@link org.sendias.DomainEvent}s carrying ids only. Consent records export as JSON shaped
 * after ISO/IEC TS 27560 ({@link org.sendias.consent.ConsentRecordExport}). Command records carry
 * {@code jakarta.validation} constraints that match what their constructors enforce.
 */
package org.sendias.consent;
