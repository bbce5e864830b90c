package org.sendias.subjectaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendias.subjectaccess.Families.NORTH;
import static org.sendias.subjectaccess.Families.ZOE_BORN;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendias.InvalidInputException;
import org.sendias.memory.InMemoryStore;
import org.sendias.party.PartyId;

class SubjectQueryTest {
    private final Families f = new Families();
    private final InMemoryStore store = f.store();

    private List<SubjectMatch> find(SubjectQuery q) {
        return store.inTransaction(NORTH, q::find);
    }

    @Test
    void aParentWithNoDateOfBirthHeldIsMatchedOnTheNameAloneAndTheReasonSaysSo() {
        List<SubjectMatch> found = find(SubjectQuery.byName("Sean OBrien", LocalDate.of(1980, 2, 2)));
        assertEquals(1, found.size());
        SubjectMatch m = found.get(0);
        assertEquals(f.sean.id(), m.partyId());
        assertEquals(SubjectMatch.Basis.NAME_ONLY, m.basis());
        assertTrue(m.reasons().contains("no date of birth is held for this parent: matched on the name alone"),
            m.reasons().toString());
    }

    @Test
    void aHeldDateOfBirthThatDiffersRulesTheMatchOut() {
        assertEquals(List.of(), find(SubjectQuery.byName("Mary Kowalczyk", LocalDate.of(1985, 11, 24))));
        assertEquals(SubjectMatch.Basis.NAME_AND_DATE_OF_BIRTH,
            find(SubjectQuery.byName("Mrs Mary KOWALCZYK", Families.MARY_BORN)).get(0).basis());
    }

    @Test
    void aNameWithoutADateOfBirthFindsEveryoneOfThatNameAsNameOnly() {
        List<SubjectMatch> found = find(SubjectQuery.byName("Zoe O'Brien"));
        assertEquals(Set.of(f.zoe.id(), f.zoeAgain.id(), f.otherZoe.id()),
            Set.copyOf(found.stream().map(SubjectMatch::partyId).toList()));
        assertTrue(found.stream().allMatch(m -> m.basis() == SubjectMatch.Basis.NAME_ONLY));
        assertTrue(found.get(0).reasons().contains("no date of birth was given in the request: matched on the name "
            + "alone"));
    }

    @Test
    void aCarerIsFoundByNameAndOrganisationsAreNeverMatchedByName() {
        List<SubjectMatch> found = find(SubjectQuery.byName("Declan Fitzgerald", ZOE_BORN));
        assertEquals(1, found.size(), "the carer has no date of birth held");
        assertEquals(f.grandad.id(), found.get(0).partyId());
        assertEquals(List.of(), find(SubjectQuery.byName("Hillcrest Primary School")),
            "an organisation is not a person");
    }

    @Test
    void idsAndANameTogetherMatchEitherAndAnIdMatchSaysItWasGiven() {
        SubjectQuery q = SubjectQuery.byName("Zoe O'Brien", ZOE_BORN).withPartyIds(List.of(f.mary.id()));
        List<SubjectMatch> found = find(q);
        assertEquals(Set.of(f.zoe.id(), f.mary.id(), f.zoeAgain.id()),
            Set.copyOf(found.stream().map(SubjectMatch::partyId).toList()));
        SubjectMatch mary = found.stream().filter(m -> m.partyId().equals(f.mary.id())).findFirst().orElseThrow();
        assertEquals(SubjectMatch.Basis.PARTY_ID, mary.basis());
        assertEquals(List.of("party id " + f.mary.id() + " was given in the request"), mary.reasons());
        assertTrue(mary.nameEvidence().isEmpty());
        assertEquals(List.of(), find(SubjectQuery.byPartyIds(PartyId.random())), "an unknown id finds nothing");
    }

    @Test
    void badQueriesAreRefusedNamingTheFieldAndNeverTheName() {
        assertEquals("partyIds", assertThrows(InvalidInputException.class,
            () -> SubjectQuery.byPartyIds(List.of())).field());
        assertEquals("partyIds", assertThrows(InvalidInputException.class,
            () -> SubjectQuery.byPartyIds(java.util.Arrays.asList(PartyId.random(), null))).field());
        InvalidInputException noLetters = assertThrows(InvalidInputException.class,
            () -> SubjectQuery.byName("12345", ZOE_BORN));
        assertEquals("name", noLetters.field());
        assertFalse(noLetters.getMessage().contains("12345"));
        assertEquals("dateOfBirth", assertThrows(InvalidInputException.class,
            () -> SubjectQuery.byName("Zoe O'Brien", null)).field());
        assertEquals("uow", assertThrows(InvalidInputException.class,
            () -> SubjectQuery.byPartyIds(f.zoe.id()).find(null)).field());
    }

    @Test
    void aMatchMustHaveReasonsAndANameMatchMustHaveEvidence() {
        assertEquals("reasons", assertThrows(InvalidInputException.class, () -> new SubjectMatch(f.main.id(),
            f.zoe.id(), f.zoe.role(), SubjectMatch.Basis.PARTY_ID, java.util.Optional.empty(), List.of())).field());
        assertEquals("nameEvidence", assertThrows(InvalidInputException.class, () -> new SubjectMatch(f.main.id(),
            f.zoe.id(), f.zoe.role(), SubjectMatch.Basis.NAME_ONLY, java.util.Optional.empty(),
            List.of("a reason"))).field());
    }
}
