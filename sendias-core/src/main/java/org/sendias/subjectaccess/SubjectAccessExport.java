package org.sendias.subjectaccess;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.internal.Validation;

/**
 * What a service holds about one person, made by {@link SubjectAccess#export}, with every third party and free-text
 * item already decided by the {@link Redactor}. Immutable; write it with {@link #toJson()} or
 * {@link #writeJson(OutputStream)}, which give the same document every time.
 *
 * <h2>The JSON document ({@value #SCHEMA_VERSION})</h2>
 * One object. Instants are ISO-8601 in UTC ({@code 2026-03-02T09:00:00Z}), days ISO-8601 ({@code 2014-05-20}),
 * durations ISO-8601 ({@code PT20M}), codes the names of sendias's enums. An absent optional value is written as
 * {@code null}, so every object of a kind has the same fields. Where a record refers to a party, the reference is the
 * party's id, or {@code "withheld"} for a third party the redactor dropped.
 * <table>
 *   <caption>Top level</caption>
 *   <tr><th>field</th><th>content</th></tr>
 *   <tr><td>{@code schemaVersion}</td><td>{@value #SCHEMA_VERSION}</td></tr>
 *   <tr><td>{@code tenant}</td><td>the service's tenant id</td></tr>
 *   <tr><td>{@code generatedAt}</td><td>the instant given to the export; consents' {@code state} is as of it</td></tr>
 *   <tr><td>{@code query}</td><td>the request as ids: {@code partyIds} (as given), {@code byName} and
 *       {@code byDateOfBirth} (whether a name and a date of birth were given; they are not repeated)</td></tr>
 *   <tr><td>{@code matchedParties}</td><td>one object per party taken to be the person: {@code caseId},
 *       {@code partyId}, {@code role}, {@code basis} ({@link SubjectMatch.Basis}), {@code nameMatch}
 *       ({@code score}, {@code rule}, {@code fields} of the name match, or null) and {@code reasons} (sentences
 *       quoting the names compared)</td></tr>
 *   <tr><td>{@code counts}</td><td>{@code cases}, {@code matchedParties}, {@code contacts}, {@code notes} (written),
 *       {@code adviceNotes}, {@code consents}, {@code safeguardingDisclosures}, {@code thirdParties}
 *       ({@code included}, {@code redacted}, {@code dropped}) and {@code freeText} ({@code included},
 *       {@code redacted}, {@code dropped}, {@code flaggedForReview})</td></tr>
 *   <tr><td>{@code cases}</td><td>the cases in which the person is a party, oldest first: see below</td></tr>
 * </table>
 * <table>
 *   <caption>Each case</caption>
 *   <tr><th>field</th><th>content</th></tr>
 *   <tr><td>{@code caseId}, {@code status}, {@code openedAt}, {@code openedBy}, {@code helpLevel},
 *       {@code domains}, {@code adviser}, {@code closedOn}</td><td>the case's facts ({@code adviser} and
 *       {@code closedOn} may be null)</td></tr>
 *   <tr><td>{@code arrival}</td><td>{@code route}, {@code referrerKind}, {@code receivedOn}</td></tr>
 *   <tr><td>{@code statusHistory}</td><td>{@code from}, {@code to}, {@code at}, {@code by}, oldest first</td></tr>
 *   <tr><td>{@code subject}</td><td>the person's own party records in the case: {@code partyId}, {@code role},
 *       {@code name}, {@code dateOfBirth}, {@code organisationKind}</td></tr>
 *   <tr><td>{@code thirdParties}</td><td>the other parties not dropped: {@code partyId}, {@code role},
 *       {@code release} ({@code INCLUDED} or {@code REDACTED}), {@code name} (the name, or the redactor's label
 *       when redacted), {@code dateOfBirth} (null when redacted), {@code organisationKind}, {@code identifier}
 *       ({@code scheme}, {@code value})</td></tr>
 *   <tr><td>{@code contacts}</td><td>{@code contactId}, {@code occurredAt}, {@code by}, {@code channel},
 *       {@code duration}, {@code attempt}, {@code interpreter} (a language code), {@code formats}</td></tr>
 *   <tr><td>{@code notes}</td><td>every note not dropped, corrections included, oldest first: {@code noteId},
 *       {@code writtenAt}, {@code writtenBy}, {@code supersedes} and {@code supersededBy} (note ids or null),
 *       {@code text}</td></tr>
 *   <tr><td>{@code adviceNotes}</td><td>{@code adviceNoteId}, {@code recordedAt}, {@code recordedBy},
 *       {@code options} ({@code route}, {@code legalBasis} citations, {@code summary}), {@code choice}
 *       ({@code chosen}, null for no route for now; {@code chosenBy}; {@code recordedAt}; or null)</td></tr>
 *   <tr><td>{@code consents}</td><td>the consents the person gave or withdrew, or that are about them:
 *       {@code consentId}, {@code about}, {@code givenBy}, {@code givenAs}, {@code purposes}, {@code recipient},
 *       {@code categories}, {@code wordingVersion}, {@code method}, {@code givenAt}, {@code expiresOn},
 *       {@code withdrawal} ({@code at}, {@code by}, {@code recordedBy}, or null), {@code recordedBy} and
 *       {@code state} at {@code generatedAt} ({@code GIVEN}, {@code WITHDRAWN}, {@code EXPIRED} or
 *       {@code NOT_YET_GIVEN}). sendias keeps no record of individual sharing decisions: they are worked out from
 *       these consents when asked</td></tr>
 *   <tr><td>{@code safeguardingDisclosures}</td><td>disclosures without consent about the person:
 *       {@code disclosureId}, {@code about}, {@code recipient}, {@code categories}, {@code lawfulBasis}
 *       ({@code article6}, {@code article9}, {@code schedule1} citations), {@code requestedBy}, {@code approvedBy},
 *       {@code reason}, {@code familyTold}, {@code whyNotTold}, {@code at}</td></tr>
 *   <tr><td>{@code equalityMonitoring}</td><td>the person's own answers: {@code partyId}, {@code ethnicity},
 *       {@code gender}, {@code genderSelfDescription}, {@code disability}, {@code firstLanguage},
 *       {@code reportingConsent} ({@code given}, {@code at}, {@code by}, {@code wordingVersion}, or null)</td></tr>
 *   <tr><td>{@code capacity}</td><td>the capacity record when it is about or names the person: {@code youngPerson},
 *       {@code actingFor}, {@code basis}, {@code assessedOn}, {@code endedOn}, {@code recordedBy}; or null</td></tr>
 *   <tr><td>{@code keyDates}</td><td>the service's own dates: {@code events} ({@code event}, {@code date},
 *       {@code redacted}), {@code acknowledgementWorkingDays}, {@code firstAppointmentWorkingDays}</td></tr>
 *   <tr><td>{@code processes}</td><td>tracked statutory processes: {@code processId}, {@code process},
 *       {@code events} ({@code event}, {@code date}, and {@code redacted}: null, or the label standing in for a
 *       third party's date of birth, whose {@code date} is then null), {@code orderKind}, {@code transferKind},
 *       {@code transferYear}, {@code schoolCalendarSet}, {@code exceptions} ({@code rule}, {@code reason},
 *       {@code from}, {@code to}, {@code recordedBy}, {@code note})</td></tr>
 * </table>
 * A recipient is {@code kind}, {@code name} (an organisation's), {@code identifier} and {@code role}. Every free-text
 * value ({@code text}, {@code summary}, {@code reason}, {@code whyNotTold}, {@code note}) is an object:
 * {@code release} ({@code INCLUDED} or {@code REDACTED}), {@code text} (as held, as the redactor rewrote it, or the
 * redactor's label) and {@code flaggedForReview}; a dropped item is null, or, for a note, left out.
 *
 * <p>Not exported: advisers walled off from a case (staff conflicts of interest, not the person's data), third
 * parties' equality monitoring answers, and consents and disclosures neither about nor given by the person.
 *
 * <p>{@link #toString()} shows the tenant and counts only.
 */
public final class SubjectAccessExport {

    /** The version of the document's shape, written as {@code schemaVersion}. */
    public static final String SCHEMA_VERSION = "sendias-subject-access/1";

    private final TenantId tenant;
    private final Instant generatedAt;
    private final SubjectQuery query;
    private final List<CaseRelease> cases;
    private final List<SubjectMatch> matches;

    SubjectAccessExport(TenantId tenant, Instant generatedAt, SubjectQuery query, List<CaseRelease> cases) {
        this.tenant = tenant;
        this.generatedAt = generatedAt;
        this.query = query;
        this.cases = List.copyOf(cases);
        List<SubjectMatch> all = new ArrayList<>();
        cases.forEach(c -> all.addAll(c.matches));
        this.matches = List.copyOf(all);
    }

    /** @return the tenant the request was made to */
    public TenantId tenant() {
        return tenant;
    }

    /** @return when the export was made */
    public Instant generatedAt() {
        return generatedAt;
    }

    /** @return the query */
    public SubjectQuery query() {
        return query;
    }

    /** @return every party taken to be the person, case by case in the export's order, for confirmation */
    public List<SubjectMatch> matches() {
        return matches;
    }

    /** @return the cases exported, oldest first */
    public List<CaseId> caseIds() {
        return cases.stream().map(c -> c.c.id()).toList();
    }

    /** @return how many free-text items the redactor flagged for a person to review before release */
    public int flaggedForReview() {
        int n = 0;
        for (CaseRelease c : cases) {
            for (CaseRelease.Released r : c.texts.values()) {
                n += r.flagged() ? 1 : 0;
            }
        }
        return n;
    }

    /** @return the document as a string */
    public String toJson() {
        StringWriter out = new StringWriter();
        try {
            ExportJson.write(this, cases, ExportJson.FACTORY.createGenerator(out));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the subject access export for tenant " + tenant, e);
        }
        return out.toString();
    }

    /**
     * Writes the document in UTF-8. The stream is flushed, not closed.
     *
     * @param out where to write
     * @throws UncheckedIOException if the stream fails
     */
    public void writeJson(OutputStream out) {
        Validation.required(out, "out");
        try {
            ExportJson.write(this, cases, ExportJson.FACTORY.createGenerator(out,
                com.fasterxml.jackson.core.JsonEncoding.UTF8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the subject access export for tenant " + tenant, e);
        }
    }

    /** @return the tenant and counts; never names */
    @Override
    public String toString() {
        return "SubjectAccessExport[" + tenant + ", " + cases.size() + " case(s), " + matches.size()
            + " matched parties]";
    }
}
