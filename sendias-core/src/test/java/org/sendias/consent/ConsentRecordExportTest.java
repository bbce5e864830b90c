package org.sendias.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendias.consent.Fixtures.noon;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The export parses as JSON, has the TS 27560-shaped fields, and names nobody. */
class ConsentRecordExportTest {
    private final Fixtures f = Fixtures.family();

    /** Reads JSON into maps, lists, strings and booleans with the streaming parser (no databind in core). */
    private static Object parse(String json) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            p.nextToken();
            Object value = read(p);
            assertEquals(null, p.nextToken(), "one JSON value only");
            return value;
        }
    }

    private static Object read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> m = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                assertFalse(m.containsKey(name), "duplicate field " + name);
                m.put(name, read(p));
            }
            return m;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> l = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                l.add(read(p));
            }
            return l;
        }
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return p.getBooleanValue();
        }
        return p.getText();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> obj(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> arr(Object o) {
        return (List<Object>) o;
    }

    @Test
    void aWithdrawnConsentExportsItsHeaderProcessingPartiesAndEvents() throws IOException {
        Instant given = noon(LocalDate.of(2026, 3, 2));
        Instant withdrawn = noon(LocalDate.of(2026, 4, 1));
        GiveConsent cmd = new GiveConsent(f.mum.id(), ConsentScope.sharingWith(Fixtures.SCHOOL.withRole("SENCO"),
            Set.of(Purpose.MAKE_REFERRAL), Set.of(DataCategory.EDUCATION, DataCategory.HEALTH)), "consent-form-v3",
            ConsentMethod.WRITTEN, Optional.of(LocalDate.of(2026, 12, 31)), Fixtures.ADVISER);
        LedgerUpdate<ConsentRecord> g = f.empty.give(cmd, f.authority(given), given);
        ConsentRecord r = g.ledger().withdraw(new WithdrawConsent(g.value().id(), f.dad.id(), Fixtures.MANAGER),
            f.authority(withdrawn), withdrawn).value();

        String json = ConsentRecordExport.toJson(r, withdrawn.plusSeconds(1));
        Map<String, Object> root = obj(parse(json));

        assertEquals(ConsentRecordExport.SCHEMA_VERSION, root.get("schemaVersion"));
        assertEquals(r.id().toString(), root.get("recordId"));
        assertEquals(f.child.id().toString(), root.get("piiPrincipalId"));
        assertEquals(f.caseId.toString(), root.get("caseId"));

        Map<String, Object> processing = obj(root.get("processing"));
        assertEquals("consent-form-v3", obj(processing.get("privacyNotice")).get("wordingVersion"));
        assertEquals("GB-ENG", processing.get("jurisdiction"));
        assertEquals("iass-test", obj(arr(processing.get("piiControllers")).get(0)).get("partyId"));
        Map<String, Object> purpose = obj(arr(processing.get("purposes")).get(0));
        assertEquals("MAKE_REFERRAL", purpose.get("purpose"));
        assertEquals(List.of("UK GDPR Art 6(1)(a) consent", "UK GDPR Art 9(2)(a) explicit consent"),
            purpose.get("lawfulBasis"));
        List<Object> pii = arr(processing.get("piiInformation"));
        assertEquals(List.of(Map.of("piiType", "EDUCATION", "specialPiiCategory", false),
            Map.of("piiType", "HEALTH", "specialPiiCategory", true)), pii);
        Map<String, Object> recipient = obj(arr(processing.get("recipientThirdParties")).get(0));
        assertEquals(Map.of("partyType", "SCHOOL", "identifierScheme", "URN", "identifier", "123456", "role", "SENCO"),
            recipient);

        List<Object> parties = arr(root.get("parties"));
        assertEquals(List.of(Map.of("partyId", f.child.id().toString(), "partyRole", "data subject"),
            Map.of("partyId", f.mum.id().toString(), "partyRole", "parent"),
            Map.of("partyId", f.dad.id().toString(), "partyRole", "person who withdrew consent")), parties);

        List<Object> events = arr(root.get("events"));
        assertEquals(2, events.size());
        Map<String, Object> givenEvent = obj(events.get(0));
        assertEquals(given.toString(), givenEvent.get("eventTime"));
        assertEquals("consent given", givenEvent.get("eventState"));
        assertEquals("explicit consent", givenEvent.get("eventType"));
        assertEquals("WRITTEN", givenEvent.get("collectionMethod"));
        assertEquals(f.mum.id().toString(), givenEvent.get("entityId"));
        assertEquals(Map.of("lastValidDay", "2026-12-31", "timeZone", "Europe/London"),
            givenEvent.get("validityDuration"));
        Map<String, Object> withdrawnEvent = obj(events.get(1));
        assertEquals("consent withdrawn", withdrawnEvent.get("eventState"));
        assertEquals(withdrawn.toString(), withdrawnEvent.get("eventTime"));
        assertEquals("manager-2", withdrawnEvent.get("recordedBy"));

        assertEquals("WITHDRAWN", obj(root.get("status")).get("state"));

        for (String name : List.of("Sam", "Alex", "Jo Example", "Hill Primary", "2010-07-15")) {
            assertFalse(json.contains(name), "the export must not contain " + name);
        }
    }

    @Test
    void statusFollowsTheInstantAsked_andWithinServiceConsentHasNoRecipient() throws IOException {
        Instant given = noon(LocalDate.of(2026, 3, 2));
        GiveConsent cmd = new GiveConsent(f.dad.id(), ConsentScope.withinService(Set.of(Purpose.ACCEPT_REFERRAL),
            Set.of(DataCategory.EDUCATION)), "referral-v1", ConsentMethod.VERBAL,
            Optional.of(LocalDate.of(2026, 3, 31)), Fixtures.ADVISER);
        ConsentRecord r = f.empty.give(cmd, f.authority(given), given).value();
        assertEquals("NOT_YET_GIVEN", state(r, given.minusSeconds(1)));
        assertEquals("GIVEN", state(r, given));
        assertEquals("EXPIRED", state(r, noon(LocalDate.of(2026, 4, 1))));
        Map<String, Object> root = obj(parse(ConsentRecordExport.toJson(r, given)));
        assertEquals(List.of(), obj(root.get("processing")).get("recipientThirdParties"));
        Map<String, Object> event = obj(arr(root.get("events")).get(0));
        assertEquals("expressed consent", event.get("eventType"));
        assertNotNull(event.get("validityDuration"));
        assertTrue(ConsentRecordExport.toJson(r, given).startsWith("{\"schemaVersion\""));
    }

    private String state(ConsentRecord r, Instant at) throws IOException {
        return (String) obj(obj(parse(ConsentRecordExport.toJson(r, at))).get("status")).get("state");
    }
}
