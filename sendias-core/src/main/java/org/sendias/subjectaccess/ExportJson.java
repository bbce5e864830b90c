package org.sendias.subjectaccess;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendias.casework.Case;
import org.sendias.casework.Contact;
import org.sendias.casework.Note;
import org.sendias.casework.NoteId;
import org.sendias.casework.ProcessId;
import org.sendias.consent.CapacityRecord;
import org.sendias.consent.ConsentRecord;
import org.sendias.consent.ConsentRecordExport;
import org.sendias.consent.Recipient;
import org.sendias.consent.SafeguardingDisclosure;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ExceptionRecord;
import org.sendias.deadline.ProcessHistory;
import org.sendias.equality.EqualityMonitoring;
import org.sendias.impartiality.AdviceNote;
import org.sendias.impartiality.LegalBasis;
import org.sendias.impartiality.OptionExplained;
import org.sendias.party.OrganisationIdentifier;
import org.sendias.party.Party;
import org.sendias.party.PartyId;

/** Writes a {@link SubjectAccessExport} in the shape its javadoc documents. */
final class ExportJson {
    static final JsonFactory FACTORY = new JsonFactory();

    private ExportJson() {
    }

    static void write(SubjectAccessExport export, List<CaseRelease> cases, JsonGenerator g) throws IOException {
        try (g) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("schemaVersion", SubjectAccessExport.SCHEMA_VERSION);
            g.writeStringField("tenant", export.tenant().value());
            g.writeStringField("generatedAt", export.generatedAt().toString());
            query(export.query(), g);
            g.writeArrayFieldStart("matchedParties");
            for (SubjectMatch m : export.matches()) {
                match(m, g);
            }
            g.writeEndArray();
            counts(cases, export.matches().size(), g);
            g.writeArrayFieldStart("cases");
            for (CaseRelease c : cases) {
                writeCase(c, export, g);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
        }
    }

    private static void query(SubjectQuery q, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("query");
        g.writeArrayFieldStart("partyIds");
        for (PartyId id : q.partyIds()) {
            g.writeString(id.toString());
        }
        g.writeEndArray();
        g.writeBooleanField("byName", q.name().isPresent());
        g.writeBooleanField("byDateOfBirth", q.dateOfBirth().isPresent());
        g.writeEndObject();
    }

    private static void match(SubjectMatch m, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("caseId", m.caseId().toString());
        g.writeStringField("partyId", m.partyId().toString());
        g.writeStringField("role", m.role().name());
        g.writeStringField("basis", m.basis().name());
        if (m.nameEvidence().isPresent()) {
            g.writeObjectFieldStart("nameMatch");
            g.writeNumberField("score", m.nameEvidence().get().score());
            g.writeStringField("rule", m.nameEvidence().get().rule().name());
            strings("fields", m.nameEvidence().get().fields(), g);
            g.writeEndObject();
        } else {
            g.writeNullField("nameMatch");
        }
        strings("reasons", m.reasons(), g);
        g.writeEndObject();
    }

    private static void counts(List<CaseRelease> cases, int matched, JsonGenerator g) throws IOException {
        int contacts = 0;
        int notes = 0;
        int advice = 0;
        int consents = 0;
        int disclosures = 0;
        int[] parties = new int[Redactor.Action.values().length];
        int[] texts = new int[Redactor.Action.values().length];
        int flagged = 0;
        for (CaseRelease c : cases) {
            contacts += c.c.contacts().size();
            advice += c.c.adviceNotes().size();
            consents += c.consents().size();
            disclosures += c.disclosures().size();
            for (Note n : c.c.notes()) {
                notes += c.text(FreeText.Kind.NOTE, n.id().toString()).action() == Redactor.Action.DROP ? 0 : 1;
            }
            for (PartyDecision d : c.decisions.values()) {
                parties[d.action().ordinal()]++;
            }
            for (CaseRelease.Released r : c.texts.values()) {
                texts[r.action().ordinal()]++;
                flagged += r.flagged() ? 1 : 0;
            }
        }
        g.writeObjectFieldStart("counts");
        g.writeNumberField("cases", cases.size());
        g.writeNumberField("matchedParties", matched);
        g.writeNumberField("contacts", contacts);
        g.writeNumberField("notes", notes);
        g.writeNumberField("adviceNotes", advice);
        g.writeNumberField("consents", consents);
        g.writeNumberField("safeguardingDisclosures", disclosures);
        g.writeObjectFieldStart("thirdParties");
        g.writeNumberField("included", parties[Redactor.Action.INCLUDE.ordinal()]);
        g.writeNumberField("redacted", parties[Redactor.Action.REDACT.ordinal()]);
        g.writeNumberField("dropped", parties[Redactor.Action.DROP.ordinal()]);
        g.writeEndObject();
        g.writeObjectFieldStart("freeText");
        g.writeNumberField("included", texts[Redactor.Action.INCLUDE.ordinal()]);
        g.writeNumberField("redacted", texts[Redactor.Action.REDACT.ordinal()]);
        g.writeNumberField("dropped", texts[Redactor.Action.DROP.ordinal()]);
        g.writeNumberField("flaggedForReview", flagged);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeCase(CaseRelease r, SubjectAccessExport export, JsonGenerator g) throws IOException {
        Case c = r.c;
        g.writeStartObject();
        g.writeStringField("caseId", c.id().toString());
        g.writeStringField("status", c.status().name());
        g.writeStringField("openedAt", c.openedAt().toString());
        g.writeStringField("openedBy", c.openedBy().value());
        g.writeObjectFieldStart("arrival");
        g.writeStringField("route", c.arrival().route().name());
        nullable("referrerKind", c.arrival().referrerKind().map(Enum::name), g);
        g.writeStringField("receivedOn", c.arrival().receivedOn().toString());
        g.writeEndObject();
        enums("domains", c.domains(), g);
        g.writeStringField("helpLevel", c.helpLevel().name());
        nullable("adviser", c.adviser().map(u -> u.value()), g);
        nullable("closedOn", c.closedOn().map(LocalDate::toString), g);
        g.writeArrayFieldStart("statusHistory");
        for (Case.StatusChange s : c.statusHistory()) {
            g.writeStartObject();
            g.writeStringField("from", s.from().name());
            g.writeStringField("to", s.to().name());
            g.writeStringField("at", s.at().toString());
            g.writeStringField("by", s.by().value());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("subject");
        for (Party p : r.subjectParties) {
            g.writeStartObject();
            g.writeStringField("partyId", p.id().toString());
            g.writeStringField("role", p.role().name());
            g.writeStringField("name", p.name());
            nullable("dateOfBirth", p.dateOfBirth().map(LocalDate::toString), g);
            nullable("organisationKind", p.organisationKind().map(Enum::name), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        thirdParties(r, g);

        g.writeArrayFieldStart("contacts");
        for (Contact k : c.contacts()) {
            g.writeStartObject();
            g.writeStringField("contactId", k.id().toString());
            g.writeStringField("occurredAt", k.occurredAt().toString());
            g.writeStringField("by", k.by().value());
            g.writeStringField("channel", k.channel().name());
            g.writeStringField("duration", k.duration().toString());
            g.writeBooleanField("attempt", k.attempt());
            nullable("interpreter", k.interpreter().map(l -> l.code()), g);
            enums("formats", k.formats(), g);
            g.writeEndObject();
        }
        g.writeEndArray();

        notes(r, g);
        adviceNotes(r, g);
        consents(r, export, g);
        disclosures(r, g);
        equality(r, g);
        capacity(r, g);

        g.writeObjectFieldStart("keyDates");
        events(r, c.serviceLevelHistory(), g);
        g.writeNumberField("acknowledgementWorkingDays", c.serviceLevelHistory().acknowledgementWorkingDays());
        g.writeNumberField("firstAppointmentWorkingDays", c.serviceLevelHistory().firstAppointmentWorkingDays());
        g.writeEndObject();
        processes(r, g);
        g.writeEndObject();
    }

    private static void thirdParties(CaseRelease r, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("thirdParties");
        for (ThirdParty tp : r.thirdParties) {
            PartyDecision d = r.decisions.get(tp.party().id());
            if (d.action() == Redactor.Action.DROP) {
                continue;
            }
            Party p = tp.party();
            boolean included = d.action() == Redactor.Action.INCLUDE;
            g.writeStartObject();
            g.writeStringField("partyId", p.id().toString());
            g.writeStringField("role", p.role().name());
            g.writeStringField("release", included ? "INCLUDED" : "REDACTED");
            g.writeStringField("name", included ? p.name() : d.label().orElseThrow());
            nullable("dateOfBirth", included ? p.dateOfBirth().map(LocalDate::toString) : Optional.empty(), g);
            nullable("organisationKind", p.organisationKind().map(Enum::name), g);
            identifier(p.identifier(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void notes(CaseRelease r, JsonGenerator g) throws IOException {
        Map<NoteId, NoteId> supersededBy = new java.util.HashMap<>();
        for (Note n : r.c.notes()) {
            n.supersedes().ifPresent(old -> supersededBy.put(old, n.id()));
        }
        g.writeArrayFieldStart("notes");
        for (Note n : r.c.notes()) {
            CaseRelease.Released text = r.text(FreeText.Kind.NOTE, n.id().toString());
            if (text.action() == Redactor.Action.DROP) {
                continue;
            }
            g.writeStartObject();
            g.writeStringField("noteId", n.id().toString());
            g.writeStringField("writtenAt", n.writtenAt().toString());
            g.writeStringField("writtenBy", n.writtenBy().value());
            nullable("supersedes", n.supersedes().map(NoteId::toString), g);
            nullable("supersededBy", Optional.ofNullable(supersededBy.get(n.id())).map(NoteId::toString), g);
            text("text", text, g);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void adviceNotes(CaseRelease r, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("adviceNotes");
        for (AdviceNote a : r.c.adviceNotes()) {
            g.writeStartObject();
            g.writeStringField("adviceNoteId", a.id().toString());
            g.writeStringField("recordedAt", a.recordedAt().toString());
            g.writeStringField("recordedBy", a.recordedBy().value());
            g.writeArrayFieldStart("options");
            for (OptionExplained o : a.options()) {
                g.writeStartObject();
                g.writeStringField("route", o.route().name());
                g.writeArrayFieldStart("legalBasis");
                for (LegalBasis b : o.basis()) {
                    g.writeString(b.citation());
                }
                g.writeEndArray();
                text("summary", o.summary().isPresent()
                    ? r.text(FreeText.Kind.ADVICE_SUMMARY, a.id() + "/" + o.route()) : null, g);
                g.writeEndObject();
            }
            g.writeEndArray();
            if (a.choice().isPresent()) {
                g.writeObjectFieldStart("choice");
                nullable("chosen", a.choice().get().chosen().map(Enum::name), g);
                g.writeStringField("chosenBy", a.choice().get().chosenBy().name());
                g.writeStringField("recordedAt", a.choice().get().recordedAt().toString());
                g.writeEndObject();
            } else {
                g.writeNullField("choice");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void consents(CaseRelease r, SubjectAccessExport export, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("consents");
        for (ConsentRecord k : r.consents()) {
            g.writeStartObject();
            g.writeStringField("consentId", k.id().toString());
            g.writeStringField("about", r.ref(k.about()));
            g.writeStringField("givenBy", r.ref(k.givenBy()));
            g.writeStringField("givenAs", k.givenAs().name());
            enums("purposes", k.scope().purposes(), g);
            recipient(k.scope().recipient(), g);
            enums("categories", k.scope().categories(), g);
            g.writeStringField("wordingVersion", k.wordingVersion());
            g.writeStringField("method", k.method().name());
            g.writeStringField("givenAt", k.givenAt().toString());
            nullable("expiresOn", k.expiresOn().map(LocalDate::toString), g);
            if (k.withdrawal().isPresent()) {
                g.writeObjectFieldStart("withdrawal");
                g.writeStringField("at", k.withdrawal().get().at().toString());
                g.writeStringField("by", r.ref(k.withdrawal().get().by()));
                g.writeStringField("recordedBy", k.withdrawal().get().recordedBy().value());
                g.writeEndObject();
            } else {
                g.writeNullField("withdrawal");
            }
            g.writeStringField("recordedBy", k.recordedBy().value());
            g.writeStringField("state", ConsentRecordExport.state(k, export.generatedAt()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void disclosures(CaseRelease r, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("safeguardingDisclosures");
        for (SafeguardingDisclosure d : r.disclosures()) {
            g.writeStartObject();
            g.writeStringField("disclosureId", d.id().toString());
            g.writeStringField("about", r.ref(d.about()));
            recipient(Optional.of(d.recipient()), g);
            enums("categories", d.categories(), g);
            g.writeObjectFieldStart("lawfulBasis");
            g.writeStringField("article6", d.article6().citation());
            nullable("article9", d.article9().map(a -> a.citation()), g);
            nullable("schedule1", d.schedule1().map(s -> s.citation()), g);
            g.writeEndObject();
            g.writeStringField("requestedBy", d.requestedBy().value());
            g.writeStringField("approvedBy", d.approvedBy().value());
            text("reason", r.text(FreeText.Kind.DISCLOSURE_REASON, d.id().toString()), g);
            g.writeBooleanField("familyTold", d.familyTold());
            text("whyNotTold", d.whyNotTold().isPresent()
                ? r.text(FreeText.Kind.DISCLOSURE_WHY_NOT_TOLD, d.id().toString()) : null, g);
            g.writeStringField("at", d.at().toString());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void equality(CaseRelease r, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("equalityMonitoring");
        for (Party p : r.subjectParties) {
            EqualityMonitoring m = r.c.equalityMonitoring().get(p.id());
            if (m == null) {
                continue;
            }
            g.writeStartObject();
            g.writeStringField("partyId", p.id().toString());
            nullable("ethnicity", m.ethnicity().map(Enum::name), g);
            nullable("gender", m.gender().map(a -> a.gender().name()), g);
            nullable("genderSelfDescription", m.gender().flatMap(a -> a.selfDescription()), g);
            nullable("disability", m.disability().map(Enum::name), g);
            nullable("firstLanguage", m.firstLanguage().map(l -> l.code()), g);
            if (m.reportingConsent().isPresent()) {
                g.writeObjectFieldStart("reportingConsent");
                g.writeBooleanField("given", m.reportingConsent().get().given());
                g.writeStringField("at", m.reportingConsent().get().at().toString());
                g.writeStringField("by", r.ref(m.reportingConsent().get().by()));
                g.writeStringField("wordingVersion", m.reportingConsent().get().wordingVersion());
                g.writeEndObject();
            } else {
                g.writeNullField("reportingConsent");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void capacity(CaseRelease r, JsonGenerator g) throws IOException {
        Optional<CapacityRecord> record = r.capacity();
        if (record.isEmpty()) {
            g.writeNullField("capacity");
            return;
        }
        CapacityRecord k = record.get();
        g.writeObjectFieldStart("capacity");
        g.writeStringField("youngPerson", r.ref(k.youngPerson()));
        g.writeStringField("actingFor", r.ref(k.actingFor()));
        g.writeStringField("basis", k.basis().name());
        g.writeStringField("assessedOn", k.assessedOn().toString());
        nullable("endedOn", k.endedOn().map(LocalDate::toString), g);
        g.writeStringField("recordedBy", k.recordedBy().value());
        g.writeEndObject();
    }

    private static void processes(CaseRelease r, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("processes");
        for (Map.Entry<ProcessId, ProcessHistory> e : r.c.processes().entrySet()) {
            ProcessHistory h = e.getValue();
            g.writeStartObject();
            g.writeStringField("processId", e.getKey().toString());
            g.writeStringField("process", h.process().name());
            events(r, h, g);
            nullable("orderKind", h.orderKind().map(Enum::name), g);
            nullable("transferKind", h.transferKind().map(Enum::name), g);
            if (h.transferYear().isPresent()) {
                g.writeNumberField("transferYear", h.transferYear().getAsInt());
            } else {
                g.writeNullField("transferYear");
            }
            g.writeBooleanField("schoolCalendarSet", h.schoolCalendar().isPresent());
            g.writeArrayFieldStart("exceptions");
            List<ExceptionRecord> exceptions = h.exceptions();
            for (int i = 0; i < exceptions.size(); i++) {
                ExceptionRecord x = exceptions.get(i);
                g.writeStartObject();
                g.writeStringField("rule", x.rule().name());
                g.writeStringField("reason", x.reason().name());
                g.writeStringField("from", x.from().toString());
                nullable("to", x.to().map(LocalDate::toString), g);
                nullable("recordedBy", x.recordedBy(), g);
                text("note", x.note().isPresent()
                    ? r.text(FreeText.Kind.PROCESS_EXCEPTION_NOTE, e.getKey() + "/" + i) : null, g);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Writes a history's events; the child's date of birth is withheld when the child is a third party not included. */
    private static void events(CaseRelease r, ProcessHistory h, JsonGenerator g) throws IOException {
        Optional<String> childWithheld = r.withheldAs(r.c.child().id());
        g.writeArrayFieldStart("events");
        for (Map.Entry<EventType, LocalDate> ev : h.events().entrySet()) {
            boolean withheld = ev.getKey() == EventType.DATE_OF_BIRTH && childWithheld.isPresent();
            g.writeStartObject();
            g.writeStringField("event", ev.getKey().name());
            nullable("date", withheld ? Optional.empty() : Optional.of(ev.getValue().toString()), g);
            nullable("redacted", withheld ? childWithheld : Optional.empty(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void recipient(Optional<Recipient> recipient, JsonGenerator g) throws IOException {
        if (recipient.isEmpty()) {
            g.writeNullField("recipient");
            return;
        }
        Recipient k = recipient.get();
        g.writeObjectFieldStart("recipient");
        g.writeStringField("kind", k.kind().name());
        g.writeStringField("name", k.name());
        identifier(k.identifier(), g);
        nullable("role", k.role(), g);
        g.writeEndObject();
    }

    private static void identifier(Optional<OrganisationIdentifier> id, JsonGenerator g) throws IOException {
        if (id.isEmpty()) {
            g.writeNullField("identifier");
            return;
        }
        g.writeObjectFieldStart("identifier");
        g.writeStringField("scheme", id.get().scheme().name());
        g.writeStringField("value", id.get().value());
        g.writeEndObject();
    }

    private static void text(String field, CaseRelease.Released text, JsonGenerator g) throws IOException {
        if (text == null || text.action() == Redactor.Action.DROP) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("release", text.action() == Redactor.Action.INCLUDE ? "INCLUDED" : "REDACTED");
        g.writeStringField("text", text.text());
        g.writeBooleanField("flaggedForReview", text.flagged());
        g.writeEndObject();
    }

    private static void nullable(String field, Optional<String> value, JsonGenerator g) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        } else {
            g.writeNullField(field);
        }
    }

    private static void strings(String field, Collection<String> values, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** Writes enum values in declaration order, whatever order the set iterates in. */
    private static void enums(String field, Collection<? extends Enum<?>> values, JsonGenerator g) throws IOException {
        List<? extends Enum<?>> sorted = values.stream().sorted(java.util.Comparator.comparingInt(Enum::ordinal))
            .toList();
        g.writeArrayFieldStart(field);
        for (Enum<?> v : sorted) {
            g.writeString(v.name());
        }
        g.writeEndArray();
    }
}
