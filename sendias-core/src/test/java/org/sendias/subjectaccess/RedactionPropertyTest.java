package org.sendias.subjectaccess;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.Domain;
import org.sendias.casework.HelpLevel;
import org.sendias.casework.OpenCase;
import org.sendias.memory.InMemoryStore;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;
import org.sendias.party.PartyId;
import org.sendias.party.PartyRole;

/**
 * Seeded cases of random families whose notes mention everyone: under the standard redactor no word of a redacted
 * person's name (other than words the child's own name shares) and no date of birth of theirs reaches the document,
 * while with no redaction every name does.
 */
class RedactionPropertyTest {
    private static final TenantId TENANT = TenantId.of("iass-property");
    private static final UserId ADVISER = UserId.of("adviser-9");
    private static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");
    private static final String[] GIVEN = {"Zoë", "Niamh", "Oluwaseun", "Grzegorz", "Siobhán", "Tariq", "Wiktoria",
        "Yusuf", "Rhiannon", "Kwame", "Łukasz", "Priyanka", "Mohammed", "Sinéad", "Joshua", "Hamish", "Ngozi", "Kirsty",
        "Tomás", "Xiu", "Gwyn", "Rory", "Imogen", "Yasmin"};
    private static final String[] SURNAMES = {"O'Sullivan", "Kowalski", "Nwosu", "Singh-Gill", "MacGregor", "Żukowski",
        "Rahman", "Lindqvist", "Okonkwo", "Fitzroy", "Pryce", "Thorogood", "Murphy", "Szymański", "Hughes", "Quinn"};
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['\u2019\\-][\\p{L}\\p{M}\\p{N}]+)*");

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    private static String pick(SplittableRandom r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    private static LocalDate adultBirthday(SplittableRandom r) {
        return LocalDate.of(1960, 1, 1).plusDays(r.nextInt(30 * 365));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void standardRedactionLeavesNoRedactedNameOrDateOfBirth(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Party child = Party.child(pick(r, GIVEN) + " " + pick(r, SURNAMES), LocalDate.of(2008, 1, 1)
            .plusDays(r.nextInt(15 * 365)));
        List<Party> others = new ArrayList<>();
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            PartyRole role = List.of(PartyRole.PARENT, PartyRole.CARER, PartyRole.PROFESSIONAL).get(r.nextInt(3));
            String name = (r.nextInt(4) == 0 ? "Mrs " : "") + pick(r, GIVEN) + " " + pick(r, SURNAMES);
            others.add(new Party(PartyId.random(), role, name, r.nextBoolean() ? Optional.of(adultBirthday(r))
                : Optional.empty(), Optional.empty(), Optional.empty()));
        }
        others.add(Party.organisation(OrganisationKind.SCHOOL, "Brookfield Academy", null));
        CaseChange opened = Case.open(new OpenCase(TENANT, CaseId.random(), Arrival.selfReferral(
            LocalDate.of(2026, 4, 1)), java.util.Set.of(Domain.EDUCATION), HelpLevel.ADVICE, child, others, ADVISER),
            T0);
        List<CaseChange> changes = new ArrayList<>(List.of(opened));
        Case c = opened.after();
        for (int i = 0; i < 1 + r.nextInt(4); i++) {
            Party p = others.get(r.nextInt(others.size()));
            String first = p.name().replace("Mrs ", "").split(" ")[0];
            String born = p.dateOfBirth().map(d -> " born " + d.format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                Locale.UK))).orElse("");
            String text = switch (r.nextInt(3)) {
                case 0 -> "Spoke with " + p.name() + born + " about " + child.name() + ".";
                case 1 -> first + "'s view: wait for the review." + born;
                default -> "Call from " + first.toUpperCase(Locale.ROOT) + "; " + p.name() + " to follow up.";
            };
            CaseChange next = c.addNote(new CaseCommand.AddNote(text, Optional.empty(), ADVISER),
                T0.plusSeconds(60L * (i + 1)));
            changes.add(next);
            c = next.after();
        }
        InMemoryStore store = new InMemoryStore();
        store.inTransaction(TENANT, uow -> {
            changes.forEach(uow::save);
            return null;
        });
        SubjectQuery query = SubjectQuery.byPartyIds(child.id());

        String redacted = store.inTransaction(TENANT, uow -> SubjectAccess.export(uow, query, Redactor.standard(),
            T0)).toJson();
        Set<String> words = words(redacted);
        Set<String> childWords = NameMasker.keys(child.name());
        for (Party p : others.subList(0, n)) {
            for (String key : NameMasker.keys(p.name())) {
                if (!childWords.contains(key) && !key.equals("mrs")) {
                    assertFalse(words.contains(key) || words.contains(key + "s"), "seed " + seed + ": a word of a "
                        + "redacted name reached the document");
                }
            }
            p.dateOfBirth().ifPresent(d -> {
                assertFalse(redacted.contains(d.toString()), "seed " + seed);
                assertFalse(redacted.contains(d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))),
                    "seed " + seed);
            });
        }
        assertTrue(redacted.contains(child.name()), "seed " + seed + ": the child's own name");

        String all = store.inTransaction(TENANT, uow -> SubjectAccess.export(uow, query, Redactor.none(), T0))
            .toJson();
        for (Party p : others) {
            assertTrue(all.contains(p.name()), "seed " + seed + ": with no redaction every name is released");
        }
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(NameMasker.normalise(m.group()));
        }
        return words;
    }
}
