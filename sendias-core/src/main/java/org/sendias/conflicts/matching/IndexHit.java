package org.sendias.conflicts.matching;

import org.sendias.InvalidInputException;

/**
 * A record of a {@link MatchIndex} that a search flagged, with the evidence.
 *
 * @param record the record found
 * @param evidence why it matched the query; its score is at least {@link NameMatcher#FLAG_THRESHOLD}
 */
public record IndexHit(IndexedRecord record, MatchEvidence evidence) {

    /** Validates the hit. */
    public IndexHit {
        if (record == null) {
            throw new InvalidInputException("hit.record", "is required");
        }
        if (evidence == null) {
            throw new InvalidInputException("hit.evidence", "is required");
        }
    }

    /** @return the record's id, kind and the evidence, without names */
    @Override
    public String toString() {
        return "IndexHit[" + record + ", " + evidence + "]";
    }
}
