package org.sendias.subjectaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendias.subjectaccess.Families.EXPORTED_AT;
import static org.sendias.subjectaccess.Families.NORTH;
import static org.sendias.subjectaccess.Families.SOUTH;
import static org.sendias.subjectaccess.Families.ZOE_BORN;
import static org.sendias.subjectaccess.Families.export;
import static org.sendias.subjectaccess.JsonTree.array;
import static org.sendias.subjectaccess.JsonTree.object;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendias.InvalidInputException;
import org.sendias.memory.InMemoryStore;
import org.sendias.party.PartyRole;

class SubjectAccessExportTest {
    private final Families f = new Families();
    private final InMemoryStore store = f.store();

    private SubjectAccessExport zoeByName(Redactor redactor) {
        return export(store, NORTH, SubjectQuery.byName("Zoë O'Brien", ZOE_BORN), redactor);
    }

    @Test
    void accentAndApostropheVariantsFindTheChildInBothCasesAndSayWhy() {
        SubjectAccessExport export = zoeByName(Redactor.standard());
        assertEquals(Set.of(f.main.id(), f.second.id()), Set.copyOf(export.caseIds()));
        assertEquals(2, export.matches().size());
        for (SubjectMatch m : export.matches()) {
            assertEquals(SubjectMatch.Basis.NAME_AND_DATE_OF_BIRTH, m.basis());
            assertEquals(PartyRole.CHILD_OR_YOUNG_PERSON, m.role());
            assertTrue(m.reasons().contains("same date of birth " + ZOE_BORN), m.reasons().toString());
            assertTrue(m.nameEvidence().isPresent());
        }
        assertEquals(Set.of(f.zoe.id(), f.zoeAgain.id()), export.matches().stream().map(SubjectMatch::partyId)
            .collect(Collectors.toSet()));

        SubjectAccessExport plain = export(store, NORTH, SubjectQuery.byName("ZOE OBRIEN", ZOE_BORN),
            Redactor.standard());
        assertEquals(export.caseIds(), plain.caseIds(), "case and punctuation do not count either");
    }

    @Test
    void casesWhereThePersonIsNotAPartyAndOtherTenantsCasesAreLeftOut() {
        SubjectAccessExport export = zoeByName(Redactor.none());
        String json = export.toJson();
        assertFalse(export.caseIds().contains(f.unrelated.id()));
        assertFalse(export.caseIds().contains(f.sameNameOtherBirthday.id()), "same name, another date of birth");
        assertFalse(export.caseIds().contains(f.otherTenant.id()));
        for (String absent : List.of("Leo Hartmann", "Anna Hartmann", "annual review", "A different child",
                "Held by another service", f.otherTenant.id().toString(), f.unrelated.id().toString())) {
            assertFalse(json.contains(absent), absent);
        }

        SubjectAccessExport south = export(store, SOUTH, SubjectQuery.byName("Zoe O'Brien", ZOE_BORN),
            Redactor.none());
        assertEquals(List.of(f.otherTenant.id()), south.caseIds());
        assertTrue(south.toJson().contains("Held by another service"));
        assertFalse(south.toJson().contains("Kowalczyk"));
    }

    @Test
    void theChildsOwnDataIsThereAndTheStandardRedactorLeavesNoThirdPartyNameOrDateOfBirth() {
        String json = zoeByName(Redactor.standard()).toJson();
        for (String present : List.of("Zoe O'Brien", "Zoë O\u2019Brien", ZOE_BORN.toString(), "Met Zoe with",
                "Zoe wants mediation first", "Hillcrest Primary School", "123456", "zoes-own-words", "WHITE_IRISH",
                "parent (redacted)", "professional (redacted)", "carer (redacted)", "an injury",
                "Northshire Children's Social Care", "REFERRAL_ACKNOWLEDGED", "INFORMAL_RESOLUTION")) {
            assertTrue(json.contains(present), present);
        }
        for (String absent : List.of("Mary", "Kowalczyk", "1985", "Sean", "Priya", "Raman", "Declan", "Fitzgerald",
                "marys-own-words")) {
            assertFalse(json.contains(absent), absent);
        }
    }

    @Test
    void redactorNoneReleasesThirdPartiesAsHeldButNeverTheirEqualityAnswers() {
        String json = zoeByName(Redactor.none()).toJson();
        for (String present : List.of("Mary Kowalczyk", "1985-11-23", "Sean O'Brien", "Priya Raman",
                "Declan Fitzgerald", "Mary's date of birth 23/11/1985")) {
            assertTrue(json.contains(present), present);
        }
        assertFalse(json.contains("marys-own-words"), "a third party's equality answers are not the subject's data");
        Map<String, Object> counts = object(object(JsonTree.parse(json)).get("counts"));
        assertEquals(0L, object(counts.get("freeText")).get("flaggedForReview"));
        assertEquals(0L, object(counts.get("thirdParties")).get("redacted"));
    }

    @Test
    void aParentAskingSeesTheirOwnRecordsAndNotTheChildsNameOrDateOfBirth() {
        SubjectAccessExport export = export(store, NORTH, SubjectQuery.byPartyIds(f.mary.id()),
            Redactor.standard());
        assertEquals(List.of(f.main.id()), export.caseIds());
        assertEquals(SubjectMatch.Basis.PARTY_ID, export.matches().get(0).basis());
        String json = export.toJson();
        for (String present : List.of("Mary Kowalczyk", "1985-11-23", "marys-own-words", "consent-v2",
                "child or young person (redacted)")) {
            assertTrue(json.contains(present), present);
        }
        for (String absent : List.of("Zoe", "Zoë", ZOE_BORN.toString(), "Sean", "Priya", "zoes-own-words",
                "an injury", "WHITE_IRISH")) {
            assertFalse(json.contains(absent), absent);
        }
        Map<String, Object> c = object(array(object(JsonTree.parse(json)).get("cases")).get(0));
        assertEquals(1, array(c.get("consents")).size(), "the consent Mary gave");
        assertEquals(f.mary.id().toString(), object(array(c.get("consents")).get(0)).get("givenBy"));
        assertEquals(0, array(c.get("safeguardingDisclosures")).size(), "the disclosure is about the child");
        Map<String, Object> dob = object(array(object(array(c.get("processes")).get(0)).get("events")).get(0));
        assertEquals("DATE_OF_BIRTH", dob.get("event"));
        assertNull(dob.get("date"));
        assertEquals("child or young person (redacted)", dob.get("redacted"));
    }

    @Test
    void aDroppedThirdPartyIsLeftOutAndReferencesToThemAreWithheld() {
        Redactor dropParents = Redactor.standard().withThirdParties(p -> switch (p.party().role()) {
            case PARENT -> PartyDecision.drop();
            case ORGANISATION -> PartyDecision.include();
            default -> PartyDecision.redact(p.redactedLabel());
        });
        SubjectAccessExport export = export(store, NORTH, SubjectQuery.byPartyIds(f.zoe.id()), dropParents);
        String json = export.toJson();
        Map<String, Object> c = object(array(object(JsonTree.parse(json)).get("cases")).get(0));
        List<Object> parties = array(c.get("thirdParties"));
        assertEquals(2, parties.size(), "the professional and the school");
        assertFalse(json.contains(f.mary.id().toString()));
        assertFalse(json.contains(f.sean.id().toString()));
        assertEquals("withheld", object(array(c.get("consents")).get(0)).get("givenBy"));
        assertTrue(json.contains("third party (withheld)"), "names of dropped parties are masked in notes");
        assertFalse(json.contains("Kowalczyk"));
        Map<String, Object> thirdCounts = object(object(object(JsonTree.parse(json)).get("counts"))
            .get("thirdParties"));
        assertEquals(Map.of("included", 1L, "redacted", 1L, "dropped", 2L), thirdCounts);
    }

    @Test
    void freeTextCanBeRedactedOrDropped() {
        Redactor r = Redactor.none().withFreeText(item -> switch (item.kind()) {
            case NOTE -> TextDecision.drop();
            case DISCLOSURE_REASON, DISCLOSURE_WHY_NOT_TOLD -> TextDecision.redact("withheld: safeguarding");
            default -> TextDecision.includeFlagged();
        });
        SubjectAccessExport export = export(store, NORTH, SubjectQuery.byPartyIds(f.zoe.id()), r);
        Map<String, Object> doc = object(JsonTree.parse(export.toJson()));
        Map<String, Object> c = object(array(doc.get("cases")).get(0));
        assertEquals(List.of(), c.get("notes"));
        Map<String, Object> disclosure = object(array(c.get("safeguardingDisclosures")).get(0));
        assertEquals(Map.of("release", "REDACTED", "text", "withheld: safeguarding", "flaggedForReview", false),
            disclosure.get("reason"));
        Map<String, Object> summary = object(object(array(object(array(c.get("adviceNotes")).get(0))
            .get("options")).get(0)).get("summary"));
        assertEquals(Map.of("release", "INCLUDED", "text", "Zoe and Mary Kowalczyk to meet Priya Raman first",
            "flaggedForReview", true), summary);
        assertEquals(1, export.flaggedForReview());
        assertEquals(Map.of("included", 1L, "redacted", 2L, "dropped", 2L, "flaggedForReview", 1L),
            object(object(doc.get("counts")).get("freeText")));
        assertEquals(0L, object(doc.get("counts")).get("notes"));
    }

    @Test
    void notesKeepTheirCorrectionChainAndTheStandardRedactorFlagsThem() {
        Map<String, Object> c = object(array(object(JsonTree.parse(export(store, NORTH,
            SubjectQuery.byPartyIds(f.zoe.id()), Redactor.standard()).toJson())).get("cases")).get(0));
        List<Object> notes = array(c.get("notes"));
        assertEquals(2, notes.size());
        Map<String, Object> first = object(notes.get(0));
        Map<String, Object> correction = object(notes.get(1));
        assertEquals(first.get("noteId"), correction.get("supersedes"));
        assertEquals(correction.get("noteId"), first.get("supersededBy"));
        assertNull(first.get("supersedes"));
        assertEquals(Map.of("release", "INCLUDED", "text", "Met Zoe with parent (redacted); professional (redacted) "
            + "(SENCO) joined. parent (redacted) date of birth parent (redacted) confirmed for ID.",
            "flaggedForReview", true), first.get("text"));
        assertEquals("Correction: parent (redacted) O'Brien joined too; Zoe wants mediation first.",
            object(correction.get("text")).get("text"), "the surname the subject shares stays");
    }

    @Test
    void theDocumentParsesAndHasTheDocumentedFields() {
        SubjectAccessExport export = zoeByName(Redactor.standard());
        String json = export.toJson();
        Map<String, Object> doc = object(JsonTree.parse(json));
        assertEquals(List.of("schemaVersion", "tenant", "generatedAt", "query", "matchedParties", "counts", "cases"),
            List.copyOf(doc.keySet()));
        assertEquals(SubjectAccessExport.SCHEMA_VERSION, doc.get("schemaVersion"));
        assertEquals("iass-north", doc.get("tenant"));
        assertEquals(EXPORTED_AT.toString(), doc.get("generatedAt"));
        assertEquals(Map.of("partyIds", List.of(), "byName", true, "byDateOfBirth", true), doc.get("query"));
        Map<String, Object> match = object(array(doc.get("matchedParties")).get(0));
        assertEquals(Set.of("caseId", "partyId", "role", "basis", "nameMatch", "reasons"), match.keySet());
        assertEquals(Set.of("score", "rule", "fields"), object(match.get("nameMatch")).keySet());
        Map<String, Object> counts = object(doc.get("counts"));
        assertEquals(List.of("cases", "matchedParties", "contacts", "notes", "adviceNotes", "consents",
            "safeguardingDisclosures", "thirdParties", "freeText"), List.copyOf(counts.keySet()));
        assertEquals(2L, counts.get("cases"));
        assertEquals(2L, counts.get("matchedParties"));
        assertEquals(3L, counts.get("notes"));
        assertEquals(1L, counts.get("consents"));
        assertEquals(1L, counts.get("safeguardingDisclosures"));
        assertEquals(Map.of("included", 1L, "redacted", 4L, "dropped", 0L), counts.get("thirdParties"));

        List<Object> cases = array(doc.get("cases"));
        assertEquals(2, cases.size());
        Map<String, Object> c = object(cases.get(0));
        assertEquals(f.main.id().toString(), c.get("caseId"), "oldest first");
        assertEquals(List.of("caseId", "status", "openedAt", "openedBy", "arrival", "domains", "helpLevel", "adviser",
            "closedOn", "statusHistory", "subject", "thirdParties", "contacts", "notes", "adviceNotes", "consents",
            "safeguardingDisclosures", "equalityMonitoring", "capacity", "keyDates", "processes"),
            List.copyOf(c.keySet()));
        assertEquals(List.of("EDUCATION", "HEALTH"), c.get("domains"));
        Map<String, Object> expectedSubject = new java.util.LinkedHashMap<>();
        expectedSubject.put("partyId", f.zoe.id().toString());
        expectedSubject.put("role", "CHILD_OR_YOUNG_PERSON");
        expectedSubject.put("name", "Zoe O'Brien");
        expectedSubject.put("dateOfBirth", ZOE_BORN.toString());
        expectedSubject.put("organisationKind", null);
        assertEquals(expectedSubject, object(array(c.get("subject")).get(0)));
        Map<String, Object> school = object(array(c.get("thirdParties")).get(3));
        assertEquals("INCLUDED", school.get("release"));
        assertEquals(Map.of("scheme", "URN", "value", "123456"), school.get("identifier"));
        Map<String, Object> priya = object(array(c.get("thirdParties")).get(2));
        assertEquals("REDACTED", priya.get("release"));
        assertEquals("professional (redacted)", priya.get("name"));
        assertEquals("SCHOOL", priya.get("organisationKind"), "a professional's kind of organisation is kept");
        Map<String, Object> contact = object(array(c.get("contacts")).get(0));
        assertEquals("PT45M", contact.get("duration"));
        assertEquals("pl", contact.get("interpreter"));
        Map<String, Object> consent = object(array(c.get("consents")).get(0));
        assertEquals("GIVEN", consent.get("state"));
        assertEquals("Hillcrest Primary School", object(consent.get("recipient")).get("name"));
        Map<String, Object> disclosure = object(array(c.get("safeguardingDisclosures")).get(0));
        assertEquals(Map.of("article6", "UK GDPR Art 6(1)(e)", "article9", "UK GDPR Art 9(2)(g)", "schedule1",
            "DPA 2018 Sch 1 Part 2 para 18"), disclosure.get("lawfulBasis"));
        assertEquals("Telling parent (redacted) O'Brien could put Zoe at risk.",
            object(disclosure.get("whyNotTold")).get("text"));
        Map<String, Object> equality = object(array(c.get("equalityMonitoring")).get(0));
        assertEquals("zoes-own-words", equality.get("genderSelfDescription"));
        assertEquals(1, array(c.get("equalityMonitoring")).size());
        assertNull(c.get("capacity"));
        Map<String, Object> keyDates = object(c.get("keyDates"));
        assertEquals(2, array(keyDates.get("events")).size());
        Map<String, Object> dob = object(array(object(array(c.get("processes")).get(0)).get("events")).get(0));
        assertEquals(Map.of("event", "DATE_OF_BIRTH", "date", ZOE_BORN.toString()), Map.of("event", dob.get("event"),
            "date", dob.get("date")), "the subject's own date of birth");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeJson(out);
        assertEquals(json, out.toString(StandardCharsets.UTF_8), "the stream and the string are the same document");
        assertEquals(json, zoeByName(Redactor.standard()).toJson(), "the document is stable");
    }

    @Test
    void nobodyFoundGivesAnEmptyExport() {
        SubjectAccessExport export = export(store, NORTH, SubjectQuery.byName("Nadia Quigley",
            java.time.LocalDate.of(2010, 1, 1)), Redactor.standard());
        assertEquals(List.of(), export.caseIds());
        Map<String, Object> doc = object(JsonTree.parse(export.toJson()));
        assertEquals(List.of(), doc.get("cases"));
        assertEquals(0L, object(doc.get("counts")).get("cases"));
    }

    @Test
    void aRedactorThatDecidesNothingIsRefusedNamingTheRule() {
        Redactor silent = Redactor.none().withThirdParties(p -> null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> zoeByName(silent));
        assertEquals("redactor.thirdParties", e.field());
        assertFalse(e.getMessage().contains("Kowalczyk"));
        InvalidInputException text = assertThrows(InvalidInputException.class,
            () -> zoeByName(Redactor.none().withFreeText(t -> null)));
        assertEquals("redactor.freeText", text.field());
    }

    @Test
    void toStringsCarryNoPersonalData() {
        SubjectAccessExport export = zoeByName(Redactor.standard());
        String shown = export + " " + export.matches() + " " + export.query();
        for (String name : List.of("Zoe", "Zo\u00eb", "O'Brien", "2012")) {
            assertFalse(shown.contains(name), name);
        }
    }
}
