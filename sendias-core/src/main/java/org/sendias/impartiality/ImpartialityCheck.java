package org.sendias.impartiality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a case for the evidence of impartial advice that the national network's guide asks for: notes that record
 * the options discussed (more than one where there was more than one route), the legal basis of each, and the
 * family's own decision.
 *
 * <p>The rules, in the order the report lists what is missing:
 * <ol>
 *   <li>A case that gave information only needs no advice notes: {@link EvidenceReport.NotRequired}.</li>
 *   <li>Otherwise it needs at least one advice note ({@link EvidenceCode#NO_ADVICE_NOTE}); with none, the other
 *       rules have nothing to look at and are not reported.</li>
 *   <li>Across all its notes, the case explains at least two distinct routes
 *       ({@link EvidenceCode#FEWER_THAN_TWO_OPTIONS}). Counting across notes lets a follow-up note cover one route
 *       without repeating the alternatives already recorded.</li>
 *   <li>Every option has a legal basis ({@link EvidenceCode#OPTION_WITHOUT_LEGAL_BASIS}, one item per option, notes
 *       taken in the order they were recorded).</li>
 *   <li>Once the case is closed, some note records the family's choice, which may be to take no route for now
 *       ({@link EvidenceCode#NO_FAMILY_CHOICE_RECORDED}).</li>
 * </ol>
 * A chosen route outside the options explained cannot occur: {@link AdviceNote} refuses it when the note is made.
 */
public final class ImpartialityCheck {

    private ImpartialityCheck() {
    }

    /**
     * @param evidence what the case holds
     * @return the report for the case
     */
    public static EvidenceReport check(CaseEvidence evidence) {
        Objects.requireNonNull(evidence, "evidence");
        if (!evidence.helpBeyondInformation()) {
            return new EvidenceReport.NotRequired(evidence.caseId());
        }
        List<MissingEvidence> missing = new ArrayList<>();
        List<AdviceNote> notes = new ArrayList<>(evidence.notes());
        if (notes.isEmpty()) {
            missing.add(MissingEvidence.of(EvidenceCode.NO_ADVICE_NOTE));
            return new EvidenceReport.Incomplete(evidence.caseId(), missing);
        }
        notes.sort(Comparator.comparing(AdviceNote::recordedAt).thenComparing(n -> n.id().toString()));

        Set<Route> explained = EnumSet.noneOf(Route.class);
        notes.forEach(n -> explained.addAll(n.routes()));
        if (explained.size() < 2) {
            Route only = explained.iterator().next();
            missing.add(new MissingEvidence(EvidenceCode.FEWER_THAN_TWO_OPTIONS, "Only one route is recorded as "
                + "explained (" + only.label() + "). " + EvidenceCode.FEWER_THAN_TWO_OPTIONS.explanation(),
                Optional.empty(), Optional.of(only)));
        }
        for (AdviceNote note : notes) {
            for (OptionExplained option : note.options()) {
                if (!option.hasLegalBasis()) {
                    missing.add(new MissingEvidence(EvidenceCode.OPTION_WITHOUT_LEGAL_BASIS, "The option \""
                        + option.route().label() + "\" in advice note " + note.id() + " has no legal basis recorded. "
                        + EvidenceCode.OPTION_WITHOUT_LEGAL_BASIS.explanation(), Optional.of(note.id()),
                        Optional.of(option.route())));
                }
            }
        }
        if (evidence.closed() && notes.stream().allMatch(n -> n.choice().isEmpty())) {
            missing.add(MissingEvidence.of(EvidenceCode.NO_FAMILY_CHOICE_RECORDED));
        }
        return missing.isEmpty() ? new EvidenceReport.Complete(evidence.caseId())
            : new EvidenceReport.Incomplete(evidence.caseId(), missing);
    }

    /**
     * @param cases the cases to check, for example a supervisor's sample
     * @return one report per case, in the same order
     */
    public static List<EvidenceReport> checkAll(List<CaseEvidence> cases) {
        Objects.requireNonNull(cases, "cases");
        return cases.stream().map(ImpartialityCheck::check).toList();
    }
}
