package org.sendias.subjectaccess;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sendias.TenantId;
import org.sendias.casework.Case;
import org.sendias.internal.Validation;
import org.sendias.spi.UnitOfWork;

/**
 * Subject access requests (UK GDPR Article 15): everything a service holds about one person, as one JSON document.
 *
 * <p>{@link #export} finds the person in the unit of work's tenant with a {@link SubjectQuery} and, for every case in
 * which they are a party, gathers what the case holds about them, passing every piece of every other person through
 * a {@link Redactor}. The result is a {@link SubjectAccessExport}, for a data protection officer to check (the
 * matches and their reasons, the items flagged for review) before it is released.
 *
 * <p>Searching <em>loads every case of the tenant</em> through the unit of work ({@link UnitOfWork#cases()}): names
 * are not indexed, and a request is rare. Run it in a read-only unit of
 * work. The export reads cases only through their public accessors, so fields added to cases later do not break it
 * (they are not exported until this package learns of them).
 *
 * <p>Every read of case content should be audited; this class does not write to the audit trail, so the caller
 * records the export (for example an {@link org.sendias.spi.AuditRecord} with action {@code subject-access.exported}
 * for each of {@link SubjectAccessExport#caseIds()}) in the same unit of work.
 */
public final class SubjectAccess {

    private SubjectAccess() {
    }

    /**
     * Builds the export. The redactor is asked about every third party and every free-text item here, not when the
     * export is written.
     *
     * @param uow the unit of work, for the tenant the request was made to
     * @param query who the request is about
     * @param redactor what to release about other people, and what to do with free text
     * @param at when the export is made: written as {@code generatedAt}, and the instant each consent's state is
     *     worked out at
     * @return the export; with no cases when the person was not found
     * @throws org.sendias.InvalidInputException if an argument is missing, or a redactor rule returns null (field
     *     {@code redactor.thirdParties} or {@code redactor.freeText})
     */
    public static SubjectAccessExport export(UnitOfWork uow, SubjectQuery query, Redactor redactor, Instant at) {
        Validation.required(uow, "uow");
        Validation.required(query, "query");
        Validation.required(redactor, "redactor");
        Validation.required(at, "at");
        List<CaseRelease> releases = new ArrayList<>();
        for (Case c : load(uow)) {
            List<SubjectMatch> matches = query.matchesIn(c);
            if (!matches.isEmpty()) {
                releases.add(CaseRelease.decide(c, matches, redactor));
            }
        }
        return new SubjectAccessExport(uow.tenant(), at, query, releases);
    }

    /**
     * @param uow a unit of work
     * @return every case of its tenant, oldest first (then by id), whatever order the store lists them in
     * @throws IllegalStateException if the store returns a case of another tenant
     */
    static List<Case> load(UnitOfWork uow) {
        TenantId tenant = uow.tenant();
        List<Case> cases = new ArrayList<>(uow.cases());
        for (Case c : cases) {
            if (!c.tenant().equals(tenant)) {
                throw new IllegalStateException("the unit of work for tenant " + tenant + " returned case " + c.id()
                    + " of another tenant");
            }
        }
        cases.sort(Comparator.comparing(Case::openedAt).thenComparing(c -> c.id().toString()));
        return cases;
    }
}
