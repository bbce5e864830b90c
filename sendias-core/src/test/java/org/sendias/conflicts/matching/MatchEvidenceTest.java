package org.sendias.conflicts.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendias.InvalidInputException;

/** The plain carriers: evidence, indexed records and hits validate what they hold. */
class MatchEvidenceTest {

    @Test
    void evidenceRefusesAScoreOutsideZeroToOne() {
        for (double score : new double[] {-0.01, 1.01, Double.NaN}) {
            assertEquals("evidence.score", assertThrows(InvalidInputException.class,
                () -> new MatchEvidence(score, MatchRule.NICKNAME, List.of("surname"), List.of("r"))).field());
        }
    }

    @Test
    void evidenceNeedsARuleFieldsAndReasons() {
        assertEquals("evidence.rule", assertThrows(InvalidInputException.class,
            () -> new MatchEvidence(1, null, List.of("surname"), List.of("r"))).field());
        assertEquals("evidence.fields", assertThrows(InvalidInputException.class,
            () -> new MatchEvidence(1, MatchRule.IDENTIFIER, List.of(), List.of("r"))).field());
        assertEquals("evidence.reasons", assertThrows(InvalidInputException.class,
            () -> new MatchEvidence(1, MatchRule.IDENTIFIER, List.of("urn"), List.of(" "))).field());
    }

    @Test
    void evidenceCopiesItsLists() {
        List<String> reasons = new ArrayList<>(List.of("same URN 100001"));
        MatchEvidence evidence = new MatchEvidence(1, MatchRule.IDENTIFIER, List.of("urn"), reasons);
        reasons.add("changed");
        assertEquals(List.of("same URN 100001"), evidence.reasons());
        assertThrows(UnsupportedOperationException.class, () -> evidence.reasons().add("x"));
    }

    @Test
    void anIndexedRecordNamesExactlyOneThing() {
        PersonName person = PersonName.parse("Jane Doe");
        OrganisationName school = OrganisationName.parse("Hill Primary");
        assertEquals(IndexedRecord.Kind.PERSON, IndexedRecord.person("p1", person).kind());
        assertEquals(IndexedRecord.Kind.ORGANISATION, IndexedRecord.organisation("o1", school).kind());
        assertEquals("record", assertThrows(InvalidInputException.class,
            () -> new IndexedRecord("x", Optional.of(person), Optional.of(school))).field());
        assertEquals("record", assertThrows(InvalidInputException.class,
            () -> new IndexedRecord("x", null, null)).field());
        assertEquals("record.id", assertThrows(InvalidInputException.class,
            () -> IndexedRecord.person(" ", person)).field());
        assertEquals("IndexedRecord[id=p1, kind=PERSON]", IndexedRecord.person("p1", person).toString());
    }

    @Test
    void aHitNeedsARecordAndEvidence() {
        MatchEvidence evidence = new MatchEvidence(1, MatchRule.IDENTIFIER, List.of("urn"), List.of("r"));
        assertEquals("hit.record", assertThrows(InvalidInputException.class,
            () -> new IndexHit(null, evidence)).field());
        assertEquals("hit.evidence", assertThrows(InvalidInputException.class,
            () -> new IndexHit(IndexedRecord.person("p", PersonName.parse("Jane Doe")), null)).field());
    }
}
