package org.sendias.impartiality;

import java.util.List;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;

/**
 * What {@link ImpartialityCheck} found for one case: the evidence is {@link Complete}, {@link NotRequired} because
 * the case gave information only, or {@link Incomplete} with the items missing.
 */
public sealed interface EvidenceReport permits EvidenceReport.Complete, EvidenceReport.NotRequired,
        EvidenceReport.Incomplete {

    /** @return the case checked */
    CaseId caseId();

    /** @return what is missing, in the order found; empty unless {@link Incomplete} */
    List<MissingEvidence> missing();

    /** @return whether nothing is missing */
    default boolean isComplete() {
        return missing().isEmpty();
    }

    /**
     * Every expected piece of evidence is present.
     *
     * @param caseId the case checked
     */
    record Complete(CaseId caseId) implements EvidenceReport {
        /** Validates the report. */
        public Complete {
            if (caseId == null) {
                throw new InvalidInputException("report.caseId", "is required");
            }
        }

        /** @return an empty list */
        @Override
        public List<MissingEvidence> missing() {
            return List.of();
        }
    }

    /**
     * The case gave information only, so no advice notes are expected.
     *
     * @param caseId the case checked
     */
    record NotRequired(CaseId caseId) implements EvidenceReport {
        /** Validates the report. */
        public NotRequired {
            if (caseId == null) {
                throw new InvalidInputException("report.caseId", "is required");
            }
        }

        /** @return an empty list */
        @Override
        public List<MissingEvidence> missing() {
            return List.of();
        }
    }

    /**
     * Evidence is missing.
     *
     * @param caseId the case checked
     * @param missing what is missing, at least one item
     */
    record Incomplete(CaseId caseId, List<MissingEvidence> missing) implements EvidenceReport {
        /** Validates the report. */
        public Incomplete {
            if (caseId == null) {
                throw new InvalidInputException("report.caseId", "is required");
            }
            if (missing == null || missing.isEmpty()) {
                throw new InvalidInputException("report.missing", "must list at least one item; use Complete "
                    + "when nothing is missing");
            }
            missing = List.copyOf(missing);
        }
    }
}
