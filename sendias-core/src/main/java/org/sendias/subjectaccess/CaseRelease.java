package org.sendias.subjectaccess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sendias.InvalidInputException;
import org.sendias.casework.Case;
import org.sendias.casework.Note;
import org.sendias.casework.ProcessId;
import org.sendias.consent.ConsentRecord;
import org.sendias.consent.SafeguardingDisclosure;
import org.sendias.deadline.ExceptionRecord;
import org.sendias.deadline.ProcessHistory;
import org.sendias.impartiality.AdviceNote;
import org.sendias.impartiality.OptionExplained;
import org.sendias.party.Party;
import org.sendias.party.PartyId;

/**
 * One matched case with everything the redactor decided about it, made once while the export runs. It reads the case
 * through its public accessors only.
 */
final class CaseRelease {
    /** The reference written in place of a dropped third party's id. */
    static final String WITHHELD = "withheld";

    /** A free-text item as it will be written: the action, the text to write (null when dropped) and the flag. */
    record Released(Redactor.Action action, String text, boolean flagged) {
    }

    final Case c;
    final List<SubjectMatch> matches;
    final Set<PartyId> subjects;
    final List<Party> subjectParties;
    final List<ThirdParty> thirdParties;
    final Map<PartyId, PartyDecision> decisions;
    final Map<String, Released> texts = new LinkedHashMap<>();

    private CaseRelease(Case c, List<SubjectMatch> matches, Redactor redactor) {
        this.c = c;
        this.matches = List.copyOf(matches);
        Set<PartyId> ids = new LinkedHashSet<>();
        matches.forEach(m -> ids.add(m.partyId()));
        this.subjects = Set.copyOf(ids);
        List<Party> mine = new ArrayList<>();
        List<ThirdParty> others = new ArrayList<>();
        Map<PartyId, PartyDecision> decided = new LinkedHashMap<>();
        for (Party p : c.parties()) {
            if (subjects.contains(p.id())) {
                mine.add(p);
                continue;
            }
            ThirdParty tp = new ThirdParty(c.id(), p);
            PartyDecision d = redactor.thirdParties().decide(tp);
            if (d == null) {
                throw new InvalidInputException("redactor.thirdParties", "returned no decision for party " + p.id()
                    + " of case " + c.id());
            }
            others.add(tp);
            decided.put(p.id(), d);
        }
        this.subjectParties = List.copyOf(mine);
        this.thirdParties = List.copyOf(others);
        this.decisions = java.util.Collections.unmodifiableMap(decided);
        decideTexts(redactor);
    }

    static CaseRelease decide(Case c, List<SubjectMatch> matches, Redactor redactor) {
        return new CaseRelease(c, matches, redactor);
    }

    private void decideTexts(Redactor redactor) {
        for (Note n : c.notes()) {
            decideText(redactor, FreeText.Kind.NOTE, n.id().toString(), n.text());
        }
        for (AdviceNote a : c.adviceNotes()) {
            for (OptionExplained o : a.options()) {
                if (o.summary().isPresent()) {
                    decideText(redactor, FreeText.Kind.ADVICE_SUMMARY, a.id() + "/" + o.route(), o.summary().get());
                }
            }
        }
        for (SafeguardingDisclosure d : disclosures()) {
            decideText(redactor, FreeText.Kind.DISCLOSURE_REASON, d.id().toString(), d.reason());
            if (d.whyNotTold().isPresent()) {
                decideText(redactor, FreeText.Kind.DISCLOSURE_WHY_NOT_TOLD, d.id().toString(), d.whyNotTold().get());
            }
        }
        for (Map.Entry<ProcessId, ProcessHistory> e : c.processes().entrySet()) {
            List<ExceptionRecord> exceptions = e.getValue().exceptions();
            for (int i = 0; i < exceptions.size(); i++) {
                if (exceptions.get(i).note().isPresent()) {
                    decideText(redactor, FreeText.Kind.PROCESS_EXCEPTION_NOTE, e.getKey() + "/" + i,
                        exceptions.get(i).note().get());
                }
            }
        }
    }

    private void decideText(Redactor redactor, FreeText.Kind kind, String itemId, String text) {
        FreeText item = new FreeText(c.id(), kind, itemId, text, subjectParties, thirdParties, decisions);
        TextDecision d = redactor.freeText().decide(item);
        if (d == null) {
            throw new InvalidInputException("redactor.freeText", "returned no decision for " + kind + " " + itemId
                + " of case " + c.id());
        }
        String written = switch (d.action()) {
            case INCLUDE -> d.text().orElse(text);
            case REDACT -> d.text().orElseThrow();
            case DROP -> null;
        };
        texts.put(key(kind, itemId), new Released(d.action(), written, d.flaggedForReview()));
    }

    static String key(FreeText.Kind kind, String itemId) {
        return kind + ":" + itemId;
    }

    /**
     * @param kind the kind
     * @param itemId the item's id
     * @return what to write for the item
     */
    Released text(FreeText.Kind kind, String itemId) {
        return texts.get(key(kind, itemId));
    }

    /** @return the consents the person asking gave, withdrew, or that are about them, in the order recorded */
    List<ConsentRecord> consents() {
        List<ConsentRecord> list = new ArrayList<>();
        for (ConsentRecord r : c.consents().records()) {
            if (subjects.contains(r.about()) || subjects.contains(r.givenBy())
                    || r.withdrawal().map(w -> subjects.contains(w.by())).orElse(false)) {
                list.add(r);
            }
        }
        return list;
    }

    /** @return the safeguarding disclosures about the person asking, in the order recorded */
    List<SafeguardingDisclosure> disclosures() {
        List<SafeguardingDisclosure> list = new ArrayList<>();
        for (SafeguardingDisclosure d : c.consents().disclosures()) {
            if (subjects.contains(d.about())) {
                list.add(d);
            }
        }
        return list;
    }

    /** @return whether the capacity record is released: it is about, or names, the person asking */
    Optional<org.sendias.consent.CapacityRecord> capacity() {
        return c.capacity().filter(r -> subjects.contains(r.youngPerson()) || subjects.contains(r.actingFor()));
    }

    /**
     * @param id a party id
     * @return what to write where a record refers to the party: its id, or {@value #WITHHELD} for a dropped party
     */
    String ref(PartyId id) {
        PartyDecision d = decisions.get(id);
        return d != null && d.action() == Redactor.Action.DROP ? WITHHELD : id.toString();
    }

    /**
     * @param id a party id
     * @return the label that stands in for the party's personal details, when the party is a third party that is
     *     not included; empty when its details are released
     */
    Optional<String> withheldAs(PartyId id) {
        PartyDecision d = decisions.get(id);
        if (d == null || d.action() == Redactor.Action.INCLUDE) {
            return Optional.empty();
        }
        return Optional.of(d.action() == Redactor.Action.REDACT ? d.label().orElseThrow() : NameMasker.WITHHELD);
    }
}
