package org.sendias.consent;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Objects;

/**
 * Writes a {@link ConsentRecord} as JSON shaped after the consent record information structure of ISO/IEC TS
 * 27560:2023, with field names following the W3C Data Privacy Vocabulary's guide to that specification. The shape
 * is "after" the TS: it borrows its sections and field names so that another system can map it, but it is not a
 * certified or validated 27560 implementation, and it leaves out fields sendias does not hold.
 *
 * <p>Parties appear by id only: the export contains no names of people, no dates of birth and no organisation
 * names (a recipient appears by kind, public identifier and role).
 *
 * <table>
 *   <caption>Fields and the TS 27560 concepts they map to</caption>
 *   <tr><th>field</th><th>TS 27560 concept</th><th>from</th></tr>
 *   <tr><td>{@code schemaVersion}</td><td>schema version (record header)</td>
 *       <td>{@value #SCHEMA_VERSION}</td></tr>
 *   <tr><td>{@code recordId}</td><td>record id (record header)</td><td>{@link ConsentRecord#id()}</td></tr>
 *   <tr><td>{@code piiPrincipalId}</td><td>PII principal id, the data subject (record header)</td>
 *       <td>{@link ConsentRecord#about()}</td></tr>
 *   <tr><td>{@code processing.privacyNotice}</td><td>privacy notice: the notice shown when consent was asked</td>
 *       <td>{@link ConsentRecord#wordingVersion()}</td></tr>
 *   <tr><td>{@code processing.jurisdiction}</td><td>jurisdiction</td><td>always {@code GB-ENG}</td></tr>
 *   <tr><td>{@code processing.piiControllers}</td><td>PII controllers</td>
 *       <td>{@link ConsentRecord#tenant()}, the service</td></tr>
 *   <tr><td>{@code processing.purposes}</td><td>purpose, with its lawful basis</td>
 *       <td>{@link ConsentScope#purposes()}; lawful basis UK GDPR Art 6(1)(a), and Art 9(2)(a) explicit consent
 *       when a category is special category data</td></tr>
 *   <tr><td>{@code processing.piiInformation}</td><td>PII information: PII type and special PII category</td>
 *       <td>{@link ConsentScope#categories()}</td></tr>
 *   <tr><td>{@code processing.recipientThirdParties}</td><td>recipient third parties</td>
 *       <td>{@link ConsentScope#recipient()}, empty when information stays within the service</td></tr>
 *   <tr><td>{@code parties}</td><td>party identification: party id and role</td>
 *       <td>the data subject, the person who gave consent (and in what capacity), the person who withdrew it</td></tr>
 *   <tr><td>{@code events}</td><td>events: event time, entity id, event type, event state, validity duration</td>
 *       <td>consent given ({@link ConsentRecord#givenAt()}, {@link ConsentRecord#method()} as the collection
 *       method, {@link ConsentRecord#expiresOn()} as the validity); consent withdrawn
 *       ({@link ConsentRecord#withdrawal()})</td></tr>
 *   <tr><td>{@code status}</td><td>the current event state, as of the instant given</td>
 *       <td>{@code GIVEN}, {@code WITHDRAWN}, {@code EXPIRED} or {@code NOT_YET_GIVEN}</td></tr>
 * </table>
 *
 * <p>The record's language is not held by sendias (the wording version identifies the text, in whatever language it
 * was shown), so the TS's language field is left out.
 */
public final class ConsentRecordExport {

    /** The version of this export's shape, written as {@code schemaVersion}. */
    public static final String SCHEMA_VERSION = "sendias-consent-record/1 (after ISO/IEC TS 27560:2023)";

    private static final JsonFactory JSON = new JsonFactory();

    private ConsentRecordExport() {
    }

    /**
     * @param record the consent record
     * @param asOf the instant at which {@code status} is worked out
     * @return the record as a JSON object
     */
    public static String toJson(ConsentRecord record, Instant asOf) {
        StringWriter out = new StringWriter();
        writeTo(record, asOf, out);
        return out.toString();
    }

    /**
     * Writes the record as one JSON object. The writer is flushed, not closed.
     *
     * @param record the consent record
     * @param asOf the instant at which {@code status} is worked out
     * @param out where to write
     * @throws UncheckedIOException if the writer fails
     */
    public static void writeTo(ConsentRecord record, Instant asOf, Writer out) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(record, asOf, g);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write consent record " + record.id(), e);
        }
    }

    private static void write(ConsentRecord r, Instant asOf, JsonGenerator g) throws IOException {
        ConsentScope scope = r.scope();
        boolean explicit = scope.includesSpecialCategory();
        g.writeStartObject();
        g.writeStringField("schemaVersion", SCHEMA_VERSION);
        g.writeStringField("recordId", r.id().toString());
        g.writeStringField("piiPrincipalId", r.about().toString());
        g.writeStringField("caseId", r.caseId().toString());

        g.writeObjectFieldStart("processing");
        g.writeObjectFieldStart("privacyNotice");
        g.writeStringField("wordingVersion", r.wordingVersion());
        g.writeEndObject();
        g.writeStringField("jurisdiction", "GB-ENG");
        g.writeArrayFieldStart("piiControllers");
        g.writeStartObject();
        g.writeStringField("partyId", r.tenant().toString());
        g.writeStringField("partyType", "service");
        g.writeEndObject();
        g.writeEndArray();
        g.writeArrayFieldStart("purposes");
        for (Purpose p : scope.purposes()) {
            g.writeStartObject();
            g.writeStringField("purpose", p.name());
            g.writeBooleanField("staysWithinService", p.staysWithinService());
            g.writeArrayFieldStart("lawfulBasis");
            g.writeString("UK GDPR Art 6(1)(a) consent");
            if (explicit) {
                g.writeString("UK GDPR Art 9(2)(a) explicit consent");
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("piiInformation");
        for (DataCategory c : scope.categories()) {
            g.writeStartObject();
            g.writeStringField("piiType", c.name());
            g.writeBooleanField("specialPiiCategory", c.isSpecialCategory());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("recipientThirdParties");
        if (scope.recipient().isPresent()) {
            Recipient rec = scope.recipient().get();
            g.writeStartObject();
            g.writeStringField("partyType", rec.kind().name());
            if (rec.identifier().isPresent()) {
                g.writeStringField("identifierScheme", rec.identifier().get().scheme().name());
                g.writeStringField("identifier", rec.identifier().get().value());
            }
            if (rec.role().isPresent()) {
                g.writeStringField("role", rec.role().get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();

        g.writeArrayFieldStart("parties");
        party(g, r.about().toString(), "data subject");
        if (!r.givenBy().equals(r.about())) {
            party(g, r.givenBy().toString(), r.givenAs() == ConsentGiverRole.PARENT ? "parent" : "representative");
        }
        if (r.withdrawal().isPresent()) {
            String by = r.withdrawal().get().by().toString();
            if (!by.equals(r.givenBy().toString()) && !by.equals(r.about().toString())) {
                party(g, by, "person who withdrew consent");
            }
        }
        g.writeEndArray();

        g.writeArrayFieldStart("events");
        g.writeStartObject();
        g.writeStringField("eventTime", r.givenAt().toString());
        g.writeStringField("entityId", r.givenBy().toString());
        g.writeStringField("entityRole", r.givenAs().name());
        g.writeStringField("eventType", explicit ? "explicit consent" : "expressed consent");
        g.writeStringField("eventState", "consent given");
        g.writeStringField("collectionMethod", r.method().name());
        g.writeObjectFieldStart("validityDuration");
        if (r.expiresOn().isPresent()) {
            g.writeStringField("lastValidDay", r.expiresOn().get().toString());
            g.writeStringField("timeZone", ConsentRecord.ZONE.getId());
        } else {
            g.writeStringField("until", "withdrawn");
        }
        g.writeEndObject();
        g.writeStringField("recordedBy", r.recordedBy().toString());
        g.writeEndObject();
        if (r.withdrawal().isPresent()) {
            Withdrawal w = r.withdrawal().get();
            g.writeStartObject();
            g.writeStringField("eventTime", w.at().toString());
            g.writeStringField("entityId", w.by().toString());
            g.writeStringField("eventState", "consent withdrawn");
            g.writeStringField("recordedBy", w.recordedBy().toString());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeObjectFieldStart("status");
        g.writeStringField("asOf", asOf.toString());
        g.writeStringField("state", state(r, asOf));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void party(JsonGenerator g, String id, String role) throws IOException {
        g.writeStartObject();
        g.writeStringField("partyId", id);
        g.writeStringField("partyRole", role);
        g.writeEndObject();
    }

    /**
     * @param r a consent record
     * @param asOf the moment
     * @return its state at that moment, as exports write it: {@code NOT_YET_GIVEN}, {@code WITHDRAWN}, {@code EXPIRED}
     *     or {@code GIVEN}
     */
    public static String state(ConsentRecord r, Instant asOf) {
        if (r.givenAt().isAfter(asOf)) {
            return "NOT_YET_GIVEN";
        }
        if (r.isWithdrawnAt(asOf)) {
            return "WITHDRAWN";
        }
        if (r.isExpiredAt(asOf, ConsentRecord.ZONE)) {
            return "EXPIRED";
        }
        return "GIVEN";
    }
}
