/**
 * Cases: what a case is, what may happen to it, and the evidence it keeps.
 *
 * <p>A {@link org.sendias.casework.Case} belongs to one service (tenant). It has parties, domains, how it arrived, the
 * level of help, a status with explicit allowed transitions, contacts, append-only notes, advice notes (impartiality
 * evidence), consents, equality monitoring, the service's own key dates and the statutory processes it tracks.
 * Cases are immutable: every command returns a {@link org.sendias.casework.CaseChange} holding the new case and the
 * {@link org.sendias.DomainEvent}s that describe the change, for a store to save together.
 */
package org.sendias.casework;
