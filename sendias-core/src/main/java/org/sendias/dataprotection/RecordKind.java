package org.sendias.dataprotection;

/**
 * The kinds of record a retention schedule covers.
 *
 * <p>Only cases for now. The declarations and gifts registers hold staff's own declarations, kept under the
 * service's staff records policy rather than the family records this schedule is about; they are not disposed of
 * here.
 */
public enum RecordKind {
    /** A case, with everything it holds (parties, notes, contacts, consents, advice notes, processes). */
    CASE
}
