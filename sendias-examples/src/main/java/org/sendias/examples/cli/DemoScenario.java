package org.sendias.examples.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.access.AccessDeniedException;
import org.sendias.access.Operation;
import org.sendias.access.Principal;
import org.sendias.access.Role;
import org.sendias.audit.AuditEvent;
import org.sendias.audit.AuditVerification;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.Contact;
import org.sendias.casework.Domain;
import org.sendias.casework.HelpLevel;
import org.sendias.casework.OpenCase;
import org.sendias.casework.ProcessId;
import org.sendias.conflicts.AllocationDecision;
import org.sendias.conflicts.ConflictMatch;
import org.sendias.conflicts.Declaration;
import org.sendias.conflicts.Declare;
import org.sendias.conflicts.DeclaredPerson;
import org.sendias.conflicts.Relationship;
import org.sendias.consent.Article6Basis;
import org.sendias.consent.Article9Condition;
import org.sendias.consent.ConsentMethod;
import org.sendias.consent.ConsentScope;
import org.sendias.consent.DataCategory;
import org.sendias.consent.GiveConsent;
import org.sendias.consent.Purpose;
import org.sendias.consent.Recipient;
import org.sendias.consent.RecordDisclosure;
import org.sendias.consent.Schedule1Condition;
import org.sendias.consent.SharingDecision;
import org.sendias.consent.SharingRequest;
import org.sendias.deadline.Deadline;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ProcessType;
import org.sendias.deadline.Rule;
import org.sendias.deadline.Timeline;
import org.sendias.jdbc.JdbcStore;
import org.sendias.party.OrganisationIdentifier;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;
import org.sendias.reporting.ContractTerms;
import org.sendias.reporting.Percentage;
import org.sendias.reporting.PublishedReturn;
import org.sendias.reporting.PublishedTable;
import org.sendias.reporting.ReportingPeriod;
import org.sendias.reporting.SuppressionRule;
import org.sendias.service.CaseService;

/**
 * The story the {@code demo} command tells: one family's case, from a school's referral to an appeal, run through
 * {@link CaseService} (every step guarded by the access policy and audited) on a {@link JdbcStore}, followed by the
 * service's quarterly return and a check of the audit trail. Each step is printed as a short numbered narrative.
 *
 * <p>Time is fixed: each action happens at a stated time of a stated day between {@value #FIRST_DAY} and
 * {@value #AS_OF_DAY}, and every deadline is assessed as of {@link #AS_OF}, so every run prints the same dates and
 * statuses (only the tenant and the random ids differ). The 360 sample cases of step 7 are imported straight into the
 * store, as a data migration would, and are not part of the audit trail. The names are invented. The output shows
 * them, since it is the user's own terminal; nothing personal goes to a log or into an exception's message.
 */
final class DemoScenario {
    /** The first day of the story: the school's referral. */
    static final String FIRST_DAY = "2024-09-16";
    /** The day everything is assessed on, as text. */
    static final String AS_OF_DAY = "2026-04-01";
    /** The day everything is assessed on: statuses, the quarterly return's quarter (the one before it). */
    static final LocalDate AS_OF = LocalDate.parse(AS_OF_DAY);

    /** The child's invented name. */
    static final String CHILD = "Maya Okafor";
    /** The parent's invented name. */
    static final String PARENT = "Katherine Okafor";
    /** The referring school's invented name. */
    static final String SCHOOL = "Brookfield Primary School";
    /** The referring school's invented URN. */
    static final String SCHOOL_URN = "100123";
    /** The person the first adviser declared: her sister, known by a short form of the parent's name. */
    static final String DECLARED_SISTER = "Kate Okafor";
    /** The service manager. */
    static final UserId MANAGER_ID = UserId.of("manager-1");
    /** The adviser the conflict check blocks. */
    static final UserId BLOCKED_ADVISER = UserId.of("adviser-ruth");
    /** The adviser allocated. */
    static final UserId ALLOCATED_ADVISER = UserId.of("adviser-tom");
    /** The reason code of every read and change made in the casework. */
    static final String CASEWORK = "casework";

    private static final int SAMPLE_BATCH = 60;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private final JdbcStore store;
    private final TenantId tenant;
    private final DeadlineEngine engine;
    private final PrintStream out;
    private final Principal manager;
    private final Principal ruth;
    private final Principal tom;
    private final Principal officer;

    /**
     * What the story leaves behind, for the files the command writes.
     *
     * @param caseId the demo case
     * @param rows the case's deadlines as of {@link #AS_OF}: the service's targets, then each tracked process's
     * @param published the quarterly return, small numbers suppressed
     */
    record Result(CaseId caseId, List<TimelinePicture.Row> rows, PublishedReturn published) {
    }

    /**
     * @param store where the records go; the schema is already migrated
     * @param tenant the service the story is told in: a fresh one, so a real database can be reused
     * @param engine the deadline engine
     * @param out where the narrative goes
     */
    DemoScenario(JdbcStore store, TenantId tenant, DeadlineEngine engine, PrintStream out) {
        this.store = store;
        this.tenant = tenant;
        this.engine = engine;
        this.out = out;
        this.manager = Principal.of(tenant, MANAGER_ID, Role.SERVICE_MANAGER);
        this.ruth = Principal.of(tenant, BLOCKED_ADVISER, Role.ADVISER);
        this.tom = Principal.of(tenant, ALLOCATED_ADVISER, Role.ADVISER);
        this.officer = Principal.of(tenant, UserId.of("la-officer-3"), Role.COMMISSIONER);
    }

    /**
     * Tells the whole story.
     *
     * @return what it leaves behind
     */
    Result run() {
        CaseId id = referral();
        allocation(id);
        assessment(id);
        review(id);
        appeal(id);
        disclosure(id);
        PublishedReturn published = quarterlyReturn(id);
        audit();
        Case last = service(AS_OF, 17, 0).read(manager, id, CASEWORK).orElseThrow();
        List<TimelinePicture.Row> rows = new ArrayList<>();
        for (Deadline d : last.serviceLevel(engine, AS_OF).started()) {
            rows.add(TimelinePicture.Row.of(ProcessType.SERVICE_LEVEL.name(), d));
        }
        for (Timeline t : last.processTimelines(engine, AS_OF).values()) {
            for (Deadline d : t.started()) {
                rows.add(TimelinePicture.Row.of(t.process().name(), d));
            }
        }
        return new Result(id, rows, published);
    }

    // ---- step 1

    private CaseId referral() {
        LocalDate received = LocalDate.parse(FIRST_DAY);
        step(1, "A school refers a family; the case is held until the parent consents");
        Party child = Party.child(CHILD, LocalDate.of(2016, 5, 12));
        Party parent = Party.person(PartyRole.PARENT, PARENT);
        Party school = Party.organisation(OrganisationKind.SCHOOL, SCHOOL, OrganisationIdentifier.urn(SCHOOL_URN));
        CaseChange opened = service(received, 9, 30).open(manager, new OpenCase(tenant, CaseId.random(),
            Arrival.referredBy(OrganisationKind.SCHOOL, received), Set.of(Domain.EDUCATION),
            HelpLevel.CASEWORK_AND_SUPPORT, child, List.of(parent, school), MANAGER_ID), CASEWORK);
        CaseId id = opened.after().id();
        say(received, SCHOOL + " (URN " + SCHOOL_URN + ") refers " + CHILD + ", aged 8, and her mother " + PARENT
            + ".");
        line("The case opens " + opened.after().status() + ": a referral by someone else waits for the family's "
            + "own consent, and no action is taken meanwhile (commissioning specification 5.2).");
        try {
            service(received, 9, 45).change(manager, id, CASEWORK, (c, at) -> c.recordContact(
                new CaseCommand.RecordContact(Contact.Channel.PHONE, Duration.ofMinutes(20), false, Optional.empty(),
                    Set.of(), MANAGER_ID), at));
            throw new IllegalStateException("a held referral accepted a contact");
        } catch (InvalidInputException refused) {
            line("While held, recording a full contact is refused: " + refused.getMessage());
        }
        SharingDecision held = service(received, 9, 50).decideSharing(manager, id, SharingRequest.to(id,
            Recipient.of(OrganisationKind.SCHOOL, SCHOOL, OrganisationIdentifier.urn(SCHOOL_URN)),
            Purpose.CONTACT_ABOUT_CASE, Set.of(DataCategory.EDUCATION), at(received, 9, 50)), CASEWORK);
        line("May the service discuss the child with the school? " + sharing(held));
        LocalDate called = received.plusDays(1);
        service(called, 11, 0).change(manager, id, CASEWORK, (c, at) -> c.recordContact(new CaseCommand.RecordContact(
            Contact.Channel.PHONE, Duration.ofMinutes(5), true, Optional.empty(), Set.of(), MANAGER_ID), at));
        say(called, "The service phones the parent and leaves a message: a contact attempt, which is allowed.");
        LocalDate consented = received.plusDays(2);
        service(consented, 10, 0).change(manager, id, CASEWORK, (c, at) -> c.giveConsent(new GiveConsent(parent.id(),
            ConsentScope.withinService(Set.of(Purpose.ACCEPT_REFERRAL), Set.of(DataCategory.CONTACT_DETAILS,
                DataCategory.EDUCATION, DataCategory.SEN_AND_DISABILITY)), "consent-form-v3", ConsentMethod.VERBAL,
            Optional.empty(), MANAGER_ID), at));
        CaseChange released = service(consented, 10, 5).change(manager, id, CASEWORK,
            (c, at) -> c.releaseReferral(new CaseCommand.ReleaseReferral(MANAGER_ID), at));
        service(consented, 10, 10).change(manager, id, CASEWORK, (c, at) -> c.recordKeyDate(
            new CaseCommand.RecordKeyDate(EventType.REFERRAL_ACKNOWLEDGED, consented, MANAGER_ID), at));
        say(consented, PARENT + " calls back and consents, on the phone, to the referral (wording "
            + "consent-form-v3); the referral is released and the case is " + released.after().status() + ".");
        LocalDate appointment = received.plusDays(4);
        service(appointment, 14, 0).change(manager, id, CASEWORK, (c, at) -> c.recordKeyDate(
            new CaseCommand.RecordKeyDate(EventType.FIRST_APPOINTMENT_HELD, appointment, MANAGER_ID), at));
        say(appointment, "First appointment with the parent.");
        line("The service's own targets (contract terms, counted in working days):");
        Case now = service(appointment, 14, 5).read(manager, id, CASEWORK).orElseThrow();
        deadlines(now.serviceLevel(engine, AS_OF));
        return id;
    }

    // ---- step 2

    private void allocation(CaseId id) {
        LocalDate day = LocalDate.parse(FIRST_DAY).plusDays(4);
        step(2, "An adviser is allocated after the conflict-of-interest check");
        LocalDate declaredOn = LocalDate.of(2024, 4, 2);
        CaseService service = service(day, 14, 30);
        Declaration declared = service.changeDeclarations(manager, "declaration", (register, at) -> register.declare(
            new Declare(BLOCKED_ADVISER, declaredOn, declaredOn, Optional.empty(),
                DeclaredPerson.of(DECLARED_SISTER, Relationship.SIBLING), Optional.empty(), MANAGER_ID), at)).value();
        line("The register of interests: on " + declaredOn.format(DAY) + " " + BLOCKED_ADVISER.value()
            + " declared a sister, \"" + DECLARED_SISTER + "\" (declaration " + declared.id().value() + ").");
        AllocationDecision first = service(day, 14, 35).allocate(manager, id, BLOCKED_ADVISER, Optional.empty(),
            "allocation");
        say(day, "The manager puts " + BLOCKED_ADVISER.value() + " forward: " + outcome(first) + ".");
        for (ConflictMatch m : first.report().matches()) {
            line("  " + m.party().name() + " (" + m.party().role() + ") matched " + m.source() + " \""
                + m.declaration().map(d -> d.subject().name()).orElse("?") + "\": rule " + m.evidence().rule()
                + ", score " + String.format(Locale.ROOT, "%.2f", m.evidence().score()) + ", fields "
                + String.join(", ", m.evidence().fields()));
            line("  why " + m.severity() + ": " + m.why());
            for (String reason : m.evidence().reasons()) {
                line("    - " + reason);
            }
        }
        if (first instanceof AllocationDecision.Refused) {
            line("  " + BLOCKED_ADVISER.value() + " is walled off from the case; the refusal is audited as "
                + CaseService.ALLOCATION_REFUSED + ".");
        }
        AllocationDecision second = service(day, 14, 40).allocate(manager, id, ALLOCATED_ADVISER, Optional.empty(),
            "allocation");
        say(day, "The manager puts " + ALLOCATED_ADVISER.value() + " forward: " + outcome(second) + ".");
    }

    // ---- step 3

    private void assessment(CaseId id) {
        step(3, "The parent asks the local authority for an EHC needs assessment");
        ProcessId pid = track(id, ProcessType.EHC_NEEDS_ASSESSMENT, LocalDate.of(2024, 9, 30));
        event(id, pid, EventType.REQUEST_RECEIVED, LocalDate.of(2024, 9, 30),
            "The local authority receives the request (drafted with the adviser): the statutory clock starts.");
        event(id, pid, EventType.ASSESSMENT_DECISION_NOTIFIED, LocalDate.of(2024, 11, 8),
            "The local authority agrees to assess.");
        event(id, pid, EventType.ADVICE_REQUESTED, LocalDate.of(2024, 11, 11),
            "It asks the school, an educational psychologist and health for advice.");
        event(id, pid, EventType.ADVICE_RECEIVED, LocalDate.of(2025, 1, 6),
            "The last advice (health's) arrives, late.");
        event(id, pid, EventType.DRAFT_PLAN_SERVED, LocalDate.of(2025, 1, 17), "The draft plan is served.");
        event(id, pid, EventType.REPRESENTATIONS_MADE, LocalDate.of(2025, 1, 29),
            "With the adviser's help, the parent makes representations on the draft.");
        event(id, pid, EventType.FINAL_PLAN_ISSUED, LocalDate.of(2025, 2, 14), "The final EHC plan is issued.");
        Timeline t = timeline(id, pid);
        deadlines(t);
        explain(t, Rule.EHC_FINAL_PLAN);
    }

    // ---- step 4

    private void review(CaseId id) {
        step(4, "The plan's annual review");
        ProcessId pid = track(id, ProcessType.ANNUAL_REVIEW, LocalDate.of(2025, 2, 14));
        event(id, pid, EventType.PLAN_ISSUED, LocalDate.of(2025, 2, 14),
            "The plan's issue starts the review clock: it must be reviewed within 12 months.");
        event(id, pid, EventType.MEETING_INVITATIONS_SENT, LocalDate.of(2026, 1, 5),
            "The school invites everyone to the review meeting.");
        event(id, pid, EventType.ADVICE_CIRCULATED, LocalDate.of(2026, 1, 7),
            "The advice and information for the meeting is circulated.");
        event(id, pid, EventType.REVIEW_MEETING, LocalDate.of(2026, 1, 21),
            "The review meeting: the parent, with the adviser, asks for more speech and language therapy.");
        event(id, pid, EventType.REVIEW_REPORT_SENT, LocalDate.of(2026, 2, 2), "The school sends the report.");
        event(id, pid, EventType.REVIEW_DECISION_NOTIFIED, LocalDate.of(2026, 2, 16),
            "The local authority decides to keep the plan as it is, without the amendment asked for.");
        Timeline t = timeline(id, pid);
        deadlines(t);
    }

    // ---- step 5

    private void appeal(CaseId id) {
        step(5, "A refusal, mediation and the appeal deadline");
        line("The decision not to amend the plan after the review carries a right of appeal to the First-tier "
            + "Tribunal (SEND) (Children and Families Act 2014 s.51); before appealing, the parent must consider "
            + "mediation (s.55).");
        ProcessId pid = track(id, ProcessType.APPEAL, LocalDate.of(2026, 2, 16));
        event(id, pid, EventType.DECISION_NOTICE_SENT, LocalDate.of(2026, 2, 16),
            "The decision notice, with the right of appeal, is sent.");
        event(id, pid, EventType.MEDIATION_ADVISER_CONTACTED, LocalDate.of(2026, 2, 23),
            "The parent contacts the mediation adviser.");
        event(id, pid, EventType.LA_TOLD_MEDIATION_WANTED, LocalDate.of(2026, 2, 25),
            "The local authority is told the parent wants mediation.");
        event(id, pid, EventType.MEDIATION_HELD, LocalDate.of(2026, 3, 23), "The mediation takes place...");
        event(id, pid, EventType.MEDIATION_CONCLUDED, LocalDate.of(2026, 3, 23), "...and ends without agreement.");
        event(id, pid, EventType.CERTIFICATE_ISSUED, LocalDate.of(2026, 3, 25),
            "The mediation certificate is issued: the parent may now appeal.");
        Timeline t = timeline(id, pid);
        deadlines(t);
        explain(t, Rule.APPEAL_REGISTRATION);
    }

    // ---- step 6

    private void disclosure(CaseId id) {
        step(6, "A safeguarding disclosure");
        LocalDate day = LocalDate.of(2026, 3, 30);
        Party child = service(day, 15, 0).read(tom, id, CASEWORK).orElseThrow().child();
        Recipient recipient = Recipient.of(OrganisationKind.LOCAL_AUTHORITY, "Children's Social Care");
        CaseChange recorded = service(day, 16, 0).change(tom, id, "safeguarding", (c, at) -> c.recordDisclosure(
            new RecordDisclosure(child.id(), recipient, Set.of(DataCategory.HEALTH, DataCategory.SOCIAL_CARE),
                Article6Basis.PUBLIC_TASK, Optional.of(Article9Condition.SUBSTANTIAL_PUBLIC_INTEREST),
                Optional.of(Schedule1Condition.SAFEGUARDING_CHILDREN_AND_INDIVIDUALS_AT_RISK), ALLOCATED_ADVISER,
                MANAGER_ID, "At a home visit the child described an injury; the adviser saw bruising.", false,
                Optional.of("Telling the family first could put the child at risk.")), at));
        say(day, "At a home visit " + ALLOCATED_ADVISER.value() + " sees signs that " + CHILD + " may be at risk, "
            + "and, with " + MANAGER_ID.value() + "'s approval, tells " + recipient.name() + " without consent.");
        line("Recorded as " + recorded.events().get(0).type() + ", with its lawful basis:");
        line("  " + Article6Basis.PUBLIC_TASK.citation() + " (public task)");
        line("  " + Article9Condition.SUBSTANTIAL_PUBLIC_INTEREST.citation() + " (substantial public "
            + "interest)");
        line("  " + Schedule1Condition.SAFEGUARDING_CHILDREN_AND_INDIVIDUALS_AT_RISK.citation()
            + " (safeguarding of children and individuals at risk)");
        line("Information disclosed: health, social care. Requested by " + ALLOCATED_ADVISER.value()
            + ", approved by " + MANAGER_ID.value() + "; the family was not told, and why is recorded.");
        line("The reason and why the family was not told stay in the case record: the audit trail and any log "
            + "hold ids and codes only.");
    }

    // ---- step 7

    private PublishedReturn quarterlyReturn(CaseId id) {
        step(7, "The quarterly return to the commissioner");
        ReportingPeriod quarter = ReportCommand.lastCompleteQuarter(AS_OF);
        List<CaseChange> sample = SampleCases.build(tenant, quarter.end(), SampleCases.SEED, SampleCases.SIZE);
        line("One case makes a poor return, so " + sample.size() + " made-up cases of the same service are "
            + "imported (built from a fixed seed, as the report command's sample is):");
        for (int from = 0; from < sample.size(); from += SAMPLE_BATCH) {
            List<CaseChange> batch = sample.subList(from, Math.min(sample.size(), from + SAMPLE_BATCH));
            store.inTransaction(tenant, uow -> {
                batch.forEach(uow::save);
                return null;
            });
            line("  saving sample cases: " + (from + batch.size()) + "/" + sample.size());
        }
        CaseService service = service(AS_OF, 9, 0);
        try {
            service.read(officer, id, "monitoring");
            throw new IllegalStateException("the commissioner read a case");
        } catch (AccessDeniedException refused) {
            line("The local authority's officer (role COMMISSIONER) asks to read the demo case: refused ("
                + refused.decision().reasons().get(0) + "); the refusal is audited as " + CaseService.ACCESS_DENIED
                + ".");
        }
        service.policy().require(officer, Operation.READ_AGGREGATE_REPORT, Optional.empty());
        PublishedReturn published = ReportCommand.publish(quarter, SuppressionRule.standard(),
            p -> store.quarterlyReturn(tenant, p, ContractTerms.DEFAULT));
        line("The officer may see the aggregated return only: " + quarter + " (" + quarter.start().format(DAY)
            + " to " + quarter.end().format(DAY) + "), computed in SQL, counts from 1 to "
            + (published.k() - 1) + " suppressed:");
        for (String code : List.of("people-using-service", "referrals", "cases-open", "appeals-lodged",
                "contacts-with-interpreter")) {
            published.figure(code).ifPresent(f -> line("  " + f.title() + ": " + f.value()));
        }
        for (String code : List.of("acknowledgement-on-time", "first-appointment-on-time")) {
            published.rate(code).ifPresent(r -> line("  " + r.title() + ": " + percent(r.percentage())));
        }
        int cells = 0;
        int hidden = 0;
        String example = null;
        for (PublishedReturn.Table t : published.tables()) {
            PublishedTable table = t.table();
            for (int r = 0; r < table.rowLabels().size(); r++) {
                for (int c = 0; c < table.columnLabels().size(); c++) {
                    cells++;
                    if (table.cell(table.rowLabels().get(r), table.columnLabels().get(c)).isSuppressed()) {
                        hidden++;
                        if (example == null) {
                            example = t.title() + ", " + t.columnTitles().get(c);
                        }
                    }
                }
            }
        }
        line("  " + hidden + " of " + cells + " table cells are shown as " + PublishedTable.MARKER
            + (example == null ? "" : ", for example " + example + ": " + PublishedTable.MARKER) + ".");
        return published;
    }

    // ---- step 8

    private void audit() {
        step(8, "The audit trail is verified");
        CaseService service = service(AS_OF, 17, 0);
        List<AuditEvent> events = service.auditTrail(manager, Instant.EPOCH, at(AS_OF.plusDays(1), 0, 0),
            "audit-check");
        Map<String, Integer> byAction = new LinkedHashMap<>();
        for (AuditEvent e : events) {
            byAction.merge(e.record().action(), 1, Integer::sum);
        }
        line(events.size() + " audit events for the service, each chained to the one before by a hash (ids and "
            + "codes only):");
        List<String> shown = new ArrayList<>();
        byAction.forEach((action, n) -> shown.add(action + " x" + n));
        for (int i = 0; i < shown.size(); i += 4) {
            line("  " + String.join(", ", shown.subList(i, Math.min(i + 4, shown.size()))));
        }
        AuditVerification v = service.verifyAuditTrail(manager, "audit-check");
        line("Verification: " + v.checked() + " events checked against the stored head: " + (v.intact()
            ? "the chain is intact (verified)." : "PROBLEMS FOUND: " + v.problemCount()));
    }

    // ---- helpers

    private ProcessId track(CaseId id, ProcessType process, LocalDate day) {
        ProcessId pid = ProcessId.random();
        service(day, 8, 0).change(tom, id, CASEWORK, (c, at) -> c.trackProcess(new CaseCommand.TrackProcess(process,
            pid, ALLOCATED_ADVISER), at));
        return pid;
    }

    private void event(CaseId id, ProcessId pid, EventType event, LocalDate day, String narrative) {
        service(day, 12, 0).change(tom, id, CASEWORK, (c, at) -> c.recordProcessEvent(
            new CaseCommand.RecordProcessEvent(pid, event, day, ALLOCATED_ADVISER), at));
        say(day, narrative + " [" + event + "]");
    }

    private Timeline timeline(CaseId id, ProcessId pid) {
        Case c = service(AS_OF, 8, 0).read(tom, id, CASEWORK).orElseThrow();
        return c.processTimelines(engine, AS_OF).get(pid);
    }

    private void deadlines(Timeline t) {
        line("Deadlines (" + t.process() + ", as of " + AS_OF.format(DAY) + "):");
        for (Deadline d : t.started()) {
            String status = d.status().name() + (d.late() ? " (late)" : "")
                + d.completedOn().map(on -> " on " + on.format(DAY)).orElse("");
            line(String.format(Locale.ROOT, "  %-27s due %-17s %s", d.rule().name(),
                d.due().map(x -> x.format(DAY)).orElse("none"), status));
            line("  " + " ".repeat(27) + " " + d.citation());
        }
    }

    private void explain(Timeline t, Rule rule) {
        t.deadline(rule).ifPresent(d -> {
            line("How " + rule + " is counted:");
            for (String s : d.explanation()) {
                line("  " + s);
            }
        });
    }

    private static String outcome(AllocationDecision d) {
        if (d instanceof AllocationDecision.Refused) {
            return "BLOCKED (" + d.report().outcome() + ")";
        }
        if (d instanceof AllocationDecision.WaiverNeeded) {
            return "a manager's decision is needed (" + d.report().outcome() + ")";
        }
        return d.report().outcome() + ", allocated";
    }

    private static String sharing(SharingDecision d) {
        if (d instanceof SharingDecision.Refused refused) {
            return "No: " + String.join("; ", refused.reasons()) + ".";
        }
        return "Yes.";
    }

    private static String percent(Percentage p) {
        return p.isSuppressed() ? PublishedTable.MARKER
            : p.rounded(1).map(v -> v.toPlainString() + "% (" + p.numerator() + " of " + p.base() + ")").orElse("n/a");
    }

    private void step(int n, String title) {
        out.println();
        out.println("Step " + n + ". " + title);
    }

    private void say(LocalDate day, String text) {
        out.println("  " + day.format(DAY) + "  " + text);
    }

    private void line(String text) {
        out.println("  " + text);
    }

    private CaseService service(LocalDate day, int hour, int minute) {
        return CaseService.builder(store).clock(Clock.fixed(at(day, hour, minute), ZoneOffset.UTC)).build();
    }

    /** @return the instant of a time of day in London */
    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(Case.ZONE).toInstant();
    }
}
