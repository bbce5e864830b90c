package org.sendias.dataprotection;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.casework.Case;
import org.sendias.internal.Validation;
import org.sendias.party.PartyId;
import org.sendias.spi.AuditRecord;
import org.sendias.spi.Store;

/**
 * Decides and carries out requests to erase (UK GDPR Article 17).
 *
 * <p>A request is refused, on the first ground that applies, when:
 * <ol>
 *   <li>the case is under an active legal hold ({@link ErasureGround#LEGAL_HOLD});</li>
 *   <li>the case records a safeguarding disclosure ({@link ErasureGround#SAFEGUARDING});</li>
 *   <li>the service has established another ground for this request: a legal obligation, legal claims, a
 *       retention period required by law (passed in {@code established}, in the enum's order). These are
 *       judgements about facts outside the case, which the service's data protection officer makes.</li>
 * </ol>
 * Otherwise it is carried out: a request about the whole case (or about its child or young person) deletes the
 * case; a request about another party erases that party's details ({@link Case#eraseParty}). Either way the decision
 * is recorded in the audit trail: action {@value #CASE_ERASED_ACTION}, {@value #PARTY_ERASED_ACTION} or
 * {@value #REFUSED_ACTION}, with the reason {@link ErasureDecision#reasonCode()} (a refusal's ground code) and,
 * for a party, the subject {@code party:<id>}.
 */
public final class Erasure {
    /** The audit action for a case deleted on a request to erase. */
    public static final String CASE_ERASED_ACTION = "case.erased";
    /** The audit action for a party's details erased on a request to erase. */
    public static final String PARTY_ERASED_ACTION = "case.party-erased";
    /** The audit action for a refused request to erase. */
    public static final String REFUSED_ACTION = "erasure.refused";

    private static final Set<ErasureGround> FOUND_FROM_THE_CASE = EnumSet.of(ErasureGround.LEGAL_HOLD);

    private Erasure() {
    }

    /**
     * Decides a request, changing nothing.
     *
     * @param c the case, as it is now
     * @param request the request
     * @param established the grounds for refusal the service has established for this request (may be empty);
     *     {@link ErasureGround#LEGAL_HOLD} is found from the case, not given
     * @return the decision
     * @throws InvalidInputException if the request is for another case or names a party not in it, or
     *     {@code established} holds {@link ErasureGround#LEGAL_HOLD}
     */
    public static ErasureDecision decide(Case c, ErasureRequest request, Set<ErasureGround> established) {
        Validation.required(c, "case");
        Validation.required(request, "request");
        Validation.required(established, "established");
        if (!request.caseId().equals(c.id())) {
            throw new InvalidInputException("request.caseId", "the request is for another case");
        }
        if (request.party().isPresent() && c.party(request.party().get()).isEmpty()) {
            throw new InvalidInputException("request.party", "no party " + request.party().get() + " in this case");
        }
        for (ErasureGround g : established) {
            if (Validation.required(g, "established") == ErasureGround.LEGAL_HOLD) {
                throw new InvalidInputException("established", "LEGAL_HOLD is found from the case's legal holds, "
                    + "not given");
            }
        }
        if (!c.activeLegalHolds().isEmpty()) {
            return new ErasureDecision.Refused(ErasureGround.LEGAL_HOLD);
        }
        if (!c.consents().disclosures().isEmpty()) {
            return new ErasureDecision.Refused(ErasureGround.SAFEGUARDING);
        }
        for (ErasureGround g : ErasureGround.values()) {
            if (!FOUND_FROM_THE_CASE.contains(g) && established.contains(g)) {
                return new ErasureDecision.Refused(g);
            }
        }
        return new ErasureDecision.CarriedOut(wholeCase(c, request) ? DisposalMethod.DELETE
            : DisposalMethod.ANONYMISE);
    }

    /**
     * Decides a request and, if it is to be carried out, carries it out, recording the decision in the audit
     * trail, all in one unit of work.
     *
     * @param store the store
     * @param tenant the service
     * @param request the request
     * @param established the grounds for refusal the service has established (see {@link #decide})
     * @param actor who carries out or refuses the request
     * @param at when
     * @return the decision
     * @throws InvalidInputException if the tenant has no such case, or as {@link #decide}
     */
    public static ErasureDecision carryOut(Store store, TenantId tenant, ErasureRequest request,
            Set<ErasureGround> established, UserId actor, Instant at) {
        Validation.required(store, "store");
        Validation.required(tenant, "tenant");
        Validation.required(request, "request");
        Validation.required(actor, "actor");
        Validation.required(at, "at");
        return store.inTransaction(tenant, w -> {
            Case c = w.findCase(request.caseId()).orElseThrow(() -> new InvalidInputException("request.caseId",
                "no case " + request.caseId() + " in this service"));
            ErasureDecision decision = decide(c, request, established);
            boolean whole = wholeCase(c, request);
            String action = REFUSED_ACTION;
            if (decision instanceof ErasureDecision.CarriedOut) {
                if (whole) {
                    w.deleteCase(c.id(), c.version());
                    action = CASE_ERASED_ACTION;
                } else {
                    if (!c.isAnonymised()) {
                        w.save(c.eraseParty(request.party().orElseThrow(), actor, at));
                    }
                    action = PARTY_ERASED_ACTION;
                }
            }
            Optional<String> subject = whole ? Optional.empty() : request.party().map(Erasure::subject);
            w.audit(new AuditRecord(tenant, at, actor, action, Optional.of(c.id()), subject, decision.reasonCode()));
            return decision;
        });
    }

    private static boolean wholeCase(Case c, ErasureRequest request) {
        return request.party().isEmpty() || request.party().get().equals(c.child().id());
    }

    private static String subject(PartyId party) {
        return "party:" + party;
    }
}
