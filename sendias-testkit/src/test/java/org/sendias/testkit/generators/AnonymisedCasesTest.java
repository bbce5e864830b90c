package org.sendias.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.casework.Anonymisation;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.casework.CaseSnapshot;
import org.sendias.casework.Correction;
import org.sendias.casework.LegalHold;
import org.sendias.casework.Note;
import org.sendias.consent.ConsentLedger;
import org.sendias.consent.ConsentRecord;
import org.sendias.consent.SafeguardingDisclosure;
import org.sendias.deadline.ProcessHistory;
import org.sendias.equality.EqualityMonitoring;
import org.sendias.impartiality.AdviceNote;
import org.sendias.impartiality.OptionExplained;
import org.sendias.party.Party;

/**
 * Generated cases, anonymised: no name, date of birth, note or other free text of the original is left anywhere in
 * the snapshot or in what it prints. Seeded, so a failure repeats.
 */
class AnonymisedCasesTest {
    private static final TenantId TENANT = TenantId.of("gen-dp");
    private static final UserId DPO = UserId.of("dpo-1");
    private static final Instant AT = Instant.parse("2199-01-01T00:00:00Z");

    static LongStream seeds() {
        return LongStream.range(0, 150).map(i -> 7_919L * i + 11);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anonymisingAGeneratedCaseLeavesNothingPersonal(long seed) {
        Case c = Cases.cases(TENANT).next(new SplittableRandom(seed));
        for (LegalHold h : c.activeLegalHolds()) {
            c = c.releaseLegalHold(new org.sendias.casework.CaseCommand.ReleaseLegalHold(h.id(), DPO), AT).after();
        }
        Set<String> originals = freeText(c);
        CaseChange change = c.anonymise(DPO, AT);
        Case after = change.after();
        CaseSnapshot s = after.snapshot();
        List<Object> leaves = new ArrayList<>();
        walk(s, leaves);
        Set<String> allowed = new HashSet<>(Set.of(Anonymisation.NAME, Anonymisation.TEXT,
            Anonymisation.WORDING_VERSION));
        // codes are kept on purpose: they are chosen from lists, not written about the family
        c.legalHolds().forEach(h -> allowed.add(h.reasonCode()));
        c.corrections().forEach(x -> allowed.add(x.reasonCode()));
        for (Object leaf : leaves) {
            if (leaf instanceof String text && !allowed.contains(text)) {
                for (String original : originals) {
                    assertFalse(text.equals(original) || original.length() >= 4 && text.contains(original),
                        "seed " + seed + ": a string of the anonymised case holds original free text");
                }
            }
        }
        LocalDate year = LocalDate.of(c.child().dateOfBirth().orElseThrow().getYear(), 1, 1);
        assertEquals(Optional.of(year), after.child().dateOfBirth(), "seed " + seed + ": only the year is kept");
        assertTrue(after.parties().stream().skip(1).allMatch(p -> p.dateOfBirth().isEmpty()), "seed " + seed);
        for (ProcessHistory h : after.processes().values()) {
            h.event(org.sendias.deadline.EventType.DATE_OF_BIRTH).ifPresent(d -> assertEquals(year, d,
                "seed " + seed + ": a date of birth is left in a process"));
        }
        String shown = s + " " + after + " " + change + " " + change.events() + " " + after.parties() + " "
            + after.notes() + " " + after.corrections() + " " + after.legalHolds() + " " + after.consents().records()
            + " " + after.consents().disclosures() + " " + after.adviceNotes() + " " + after.equalityMonitoring();
        for (String original : originals) {
            assertFalse(original.length() >= 4 && shown.contains(original), "seed " + seed + ": printed");
        }
        assertEquals(after.snapshot(), Case.restore(s).snapshot());
        assertEquals(c.child().dateOfBirth().orElseThrow().getYear(),
            after.child().dateOfBirth().orElseThrow().getYear(), "the year of birth is kept");
    }

    /** Every piece of free text the case holds, stripped, at least one letter or digit long. */
    private static Set<String> freeText(Case c) {
        Set<String> out = new HashSet<>();
        for (Party p : c.parties()) {
            out.add(p.name());
            p.identifier().ifPresent(i -> out.add(i.value()));
        }
        c.notes().stream().map(Note::text).forEach(out::add);
        for (AdviceNote a : c.adviceNotes()) {
            a.options().stream().map(OptionExplained::summary).forEach(o -> o.ifPresent(out::add));
            for (OptionExplained o : a.options()) {
                o.basis().stream().filter(b -> b.rule().isEmpty() && o.route().legalBasis().stream()
                    .noneMatch(own -> own.citation().equals(b.citation()))).forEach(b -> out.add(b.citation()));
            }
        }
        for (ConsentRecord r : c.consents().records()) {
            out.add(r.wordingVersion());
            r.scope().recipient().ifPresent(rec -> {
                out.add(rec.name());
                rec.role().ifPresent(out::add);
            });
        }
        for (SafeguardingDisclosure d : c.consents().disclosures()) {
            out.add(d.reason());
            d.whyNotTold().ifPresent(out::add);
            out.add(d.recipient().name());
            d.recipient().role().ifPresent(out::add);
        }
        for (EqualityMonitoring e : c.equalityMonitoring().values()) {
            e.gender().flatMap(g -> g.selfDescription()).ifPresent(out::add);
            e.reportingConsent().ifPresent(r -> out.add(r.wordingVersion()));
        }
        c.legalHolds().forEach(h -> h.description().ifPresent(out::add));
        c.parties().forEach(p -> p.dateOfBirth().ifPresent(d -> out.add(d.toString())));
        c.corrections().stream().map(Correction::previousValue).forEach(v -> v.ifPresent(out::add));
        Set<String> stripped = new HashSet<>();
        for (String s : out) {
            String t = s.strip();
            if (t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                stripped.add(t);
            }
        }
        return stripped;
    }

    private static void walk(Object value, List<Object> out) {
        if (value == null) {
            return;
        }
        if (value instanceof Optional<?> o) {
            o.ifPresent(v -> walk(v, out));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> walk(v, out));
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                walk(k, out);
                walk(v, out);
            });
        } else if (value instanceof ConsentLedger l) {
            walk(l.records(), out);
            walk(l.disclosures(), out);
        } else if (value instanceof ProcessHistory h) {
            walk(h.events(), out);
            walk(h.exceptions(), out);
        } else if (value instanceof Record r) {
            for (RecordComponent component : r.getClass().getRecordComponents()) {
                try {
                    walk(component.getAccessor().invoke(r), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else {
            out.add(value);
        }
    }
}
