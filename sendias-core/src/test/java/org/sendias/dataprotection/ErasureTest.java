package org.sendias.dataprotection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sendias.InvalidInputException;
import org.sendias.casework.Anonymisation;
import org.sendias.casework.Case;
import org.sendias.consent.Article6Basis;
import org.sendias.consent.DataCategory;
import org.sendias.consent.RecordDisclosure;
import org.sendias.consent.Recipient;
import org.sendias.memory.InMemoryStore;
import org.sendias.party.OrganisationKind;
import org.sendias.party.PartyId;
import org.sendias.spi.AuditRecord;
import org.sendias.spi.Store;

/** Erasure requests: the grounds for refusal, in order, and carrying out or recording the refusal. */
class ErasureTest {
    private static final LocalDate RECEIVED = LocalDate.of(2027, 3, 1);
    private static final Instant AT = Cases.noon(RECEIVED.plusDays(5));

    private static Case closed() {
        return Cases.closed(LocalDate.of(2012, 4, 4), LocalDate.of(2026, 6, 1));
    }

    private static ErasureRequest wholeCase(Case c) {
        return ErasureRequest.ofCase(c.id(), RECEIVED, Cases.ADVISER);
    }

    @Test
    void aRequestWithNoGroundIsCarriedOut() {
        Case c = closed();
        assertEquals(new ErasureDecision.CarriedOut(DisposalMethod.DELETE), Erasure.decide(c, wholeCase(c),
            Set.of()));
        PartyId parent = c.parties().get(1).id();
        assertEquals(new ErasureDecision.CarriedOut(DisposalMethod.ANONYMISE), Erasure.decide(c,
            ErasureRequest.ofParty(c.id(), parent, RECEIVED, Cases.ADVISER), Set.of()));
        assertEquals(new ErasureDecision.CarriedOut(DisposalMethod.DELETE), Erasure.decide(c,
            ErasureRequest.ofParty(c.id(), c.child().id(), RECEIVED, Cases.ADVISER), Set.of()),
            "a request about the child is about the whole case");
    }

    @Test
    void theGroundsApplyInOrderHoldFirst() {
        Case c = closed();
        assertEquals(new ErasureDecision.Refused(ErasureGround.LEGAL_CLAIMS), Erasure.decide(c, wholeCase(c),
            EnumSet.of(ErasureGround.LEGAL_CLAIMS, ErasureGround.RETENTION_REQUIRED_BY_LAW)));
        assertEquals(new ErasureDecision.Refused(ErasureGround.LEGAL_OBLIGATION), Erasure.decide(c, wholeCase(c),
            EnumSet.of(ErasureGround.LEGAL_OBLIGATION, ErasureGround.LEGAL_CLAIMS)));
        Case disclosed = c.recordDisclosure(new RecordDisclosure(c.child().id(), Recipient.of(
            OrganisationKind.LOCAL_AUTHORITY, "Children's services"), Set.of(DataCategory.EDUCATION),
            Article6Basis.LEGAL_OBLIGATION, Optional.empty(), Optional.empty(), Cases.ADVISER, Cases.DPO,
            "Concern for the child's safety", true, Optional.empty()), AT).after();
        assertEquals(new ErasureDecision.Refused(ErasureGround.SAFEGUARDING), Erasure.decide(disclosed,
            wholeCase(disclosed), EnumSet.of(ErasureGround.LEGAL_CLAIMS)));
        Case held = Cases.hold(disclosed, RECEIVED);
        assertEquals(new ErasureDecision.Refused(ErasureGround.LEGAL_HOLD), Erasure.decide(held, wholeCase(held),
            EnumSet.of(ErasureGround.LEGAL_CLAIMS)));
        assertEquals("legal-hold", Erasure.decide(held, wholeCase(held), Set.of()).reasonCode());
    }

    @Test
    void everyGroundHasACodeTheAuditTrailAcceptsAndACitation() {
        Pattern code = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");
        for (ErasureGround g : ErasureGround.values()) {
            assertTrue(code.matcher(g.code()).matches(), g.name());
            assertTrue(g.citation().contains("Article 17(3)"), g.name() + " cites Article 17(3)");
        }
        assertEquals(ErasureGround.values().length, java.util.Arrays.stream(ErasureGround.values())
            .map(ErasureGround::code).distinct().count());
    }

    @Test
    void badRequestsAreRefusedNamingTheField() {
        Case c = closed();
        Case other = closed();
        assertEquals("request.caseId", assertThrows(InvalidInputException.class,
            () -> Erasure.decide(c, wholeCase(other), Set.of())).field());
        assertEquals("request.party", assertThrows(InvalidInputException.class, () -> Erasure.decide(c,
            ErasureRequest.ofParty(c.id(), PartyId.random(), RECEIVED, Cases.ADVISER), Set.of())).field());
        assertEquals("established", assertThrows(InvalidInputException.class, () -> Erasure.decide(c, wholeCase(c),
            Set.of(ErasureGround.LEGAL_HOLD))).field());
    }

    @Test
    void carryingOutDeletesOrErasesAndAuditsTheDecision() {
        Store store = new InMemoryStore();
        Case whole = closed();
        Case party = closed();
        Case held = Cases.hold(closed(), RECEIVED);
        store.inTransaction(Cases.TENANT, w -> {
            List.of(whole, party, held).forEach(c -> w.save(new org.sendias.casework.CaseChange(null, c,
                List.of(new org.sendias.casework.CaseEvent.ScopeChanged(Cases.TENANT, c.id(), AT, Cases.ADVISER)))));
            return null;
        });
        PartyId parent = party.parties().get(1).id();
        assertEquals(new ErasureDecision.CarriedOut(DisposalMethod.DELETE), Erasure.carryOut(store, Cases.TENANT,
            wholeCase(whole), Set.of(), Cases.DPO, AT));
        assertEquals(new ErasureDecision.CarriedOut(DisposalMethod.ANONYMISE), Erasure.carryOut(store,
            Cases.TENANT, ErasureRequest.ofParty(party.id(), parent, RECEIVED, Cases.ADVISER), Set.of(), Cases.DPO,
            AT.plusSeconds(1)));
        assertEquals(new ErasureDecision.Refused(ErasureGround.LEGAL_HOLD), Erasure.carryOut(store, Cases.TENANT,
            wholeCase(held), Set.of(), Cases.DPO, AT.plusSeconds(2)));
        store.inTransaction(Cases.TENANT, w -> {
            assertEquals(Optional.empty(), w.findCase(whole.id()));
            assertEquals(Anonymisation.NAME, w.findCase(party.id()).orElseThrow().party(parent).orElseThrow().name());
            assertTrue(w.findCase(held.id()).isPresent());
            return null;
        });
        List<AuditRecord> audit = store.auditTrail().read(Cases.TENANT, AT, AT.plusSeconds(3)).stream()
            .map(org.sendias.audit.AuditEvent::record).toList();
        assertEquals(List.of(
            new AuditRecord(Cases.TENANT, AT, Cases.DPO, "case.erased", Optional.of(whole.id()), Optional.empty(),
                "uk-gdpr-art-17-1"),
            new AuditRecord(Cases.TENANT, AT.plusSeconds(1), Cases.DPO, "case.party-erased", Optional.of(party.id()),
                Optional.of("party:" + parent), "uk-gdpr-art-17-1"),
            new AuditRecord(Cases.TENANT, AT.plusSeconds(2), Cases.DPO, "erasure.refused", Optional.of(held.id()),
                Optional.empty(), "legal-hold")), audit);
        assertEquals("request.caseId", assertThrows(InvalidInputException.class, () -> Erasure.carryOut(store,
            Cases.TENANT, wholeCase(whole), Set.of(), Cases.DPO, AT)).field());
    }
}
