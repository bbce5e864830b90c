package org.sendias.examples.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.access.Principal;
import org.sendias.access.Role;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.CaseStatus;
import org.sendias.casework.Domain;
import org.sendias.casework.HelpLevel;
import org.sendias.casework.OpenCase;
import org.sendias.consent.Article6Basis;
import org.sendias.consent.Article9Condition;
import org.sendias.consent.DataCategory;
import org.sendias.consent.Purpose;
import org.sendias.consent.Recipient;
import org.sendias.consent.RecordDisclosure;
import org.sendias.consent.Schedule1Condition;
import org.sendias.consent.SharingRequest;
import org.sendias.dataprotection.DisposalPlan;
import org.sendias.dataprotection.ErasureRequest;
import org.sendias.dataprotection.RetentionSchedule;
import org.sendias.jdbc.JdbcStore;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;
import org.sendias.service.CaseService;
import org.sendias.subjectaccess.Redactor;
import org.sendias.subjectaccess.SubjectQuery;

/**
 * A full scenario on the JDBC store (H2 through HikariCP, Flyway migrating the schema) with every logger captured at
 * every level, SLF4J and java.util.logging alike, and every exception the scenario provokes kept: no party's name,
 * date of birth or note text appears in any log line or in any exception's message, cause or stack trace.
 */
class NoPersonalDataInLogsTest {
    static final TenantId TENANT = TenantId.of("iass-logs");
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Principal MANAGER = Principal.of(TENANT, UserId.of("manager-1"), Role.SERVICE_MANAGER);
    static final Principal ADVISER = Principal.of(TENANT, UserId.of("adviser-7"), Role.ADVISER);
    static final Principal DPO = Principal.of(TENANT, UserId.of("dpo-1"), Role.DATA_PROTECTION_OFFICER);
    static final Principal OFFICER = Principal.of(TENANT, UserId.of("la-officer-3"), Role.COMMISSIONER);

    static final String CHILD = "Oisín Featherstonehaugh-Nakamura";
    static final LocalDate BORN = LocalDate.of(2012, 2, 29);
    static final String PARENT = "Marguerite Featherstonehaugh";
    static final String NOTE = "Mum says the bus escort shouted at Oisín on Tuesday";
    static final String DISCLOSURE_REASON = "Bruising seen by Marguerite's neighbour";

    final List<Throwable> thrown = new ArrayList<>();

    @Test
    void aFullScenarioLogsNoNameDateOfBirthOrNoteText() {
        CapturedLogs.reset();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:no-personal-data;DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(2);
        try (HikariDataSource ds = new HikariDataSource(config)) {
            JdbcStore store = JdbcStore.create(ds);
            CaseService service = CaseService.builder(store).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
            scenario(service);
        }
        List<String> lines = new ArrayList<>(CapturedLogs.lines());
        assertTrue(lines.stream().anyMatch(l -> l.contains("sendias schema")), "the store's own log was captured");
        assertTrue(thrown.size() >= 6, "the scenario provoked its failures: " + thrown.size());
        for (Throwable t : thrown) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            lines.add(trace.toString());
        }
        for (String secret : secrets()) {
            for (String line : lines) {
                assertFalse(line.toLowerCase(Locale.ROOT).contains(secret.toLowerCase(Locale.ROOT)),
                    () -> "personal data in a log line or exception: " + line.lines().findFirst().orElse(""));
            }
        }
    }

    /** Names, their parts, the date of birth in the forms it is usually written, and the free text. */
    static List<String> secrets() {
        List<String> s = new ArrayList<>(List.of(CHILD, PARENT, NOTE, DISCLOSURE_REASON, "Oisín", "Featherstonehaugh",
            "Nakamura", "Marguerite", "bus escort", "Bruising"));
        for (String pattern : List.of("yyyy-MM-dd", "dd/MM/yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyyMMdd")) {
            s.add(BORN.format(DateTimeFormatter.ofPattern(pattern, Locale.UK)));
        }
        return s;
    }

    private void scenario(CaseService service) {
        Party child = Party.child(CHILD, BORN);
        Party parent = Party.person(PartyRole.PARENT, PARENT);
        CaseChange opened = service.open(MANAGER, new OpenCase(TENANT, CaseId.random(),
            Arrival.selfReferral(LocalDate.of(2026, 11, 20)), Set.of(Domain.EDUCATION), HelpLevel.CASEWORK_AND_SUPPORT,
            child, List.of(parent), MANAGER.user()), "casework");
        CaseId id = opened.after().id();
        service.allocate(MANAGER, id, ADVISER.user(), Optional.empty(), "allocation");
        service.change(ADVISER, id, "casework", (c, at) -> c.addNote(new CaseCommand.AddNote(NOTE, Optional.empty(),
            ADVISER.user()), at));
        service.change(ADVISER, id, "safeguarding", (c, at) -> c.recordDisclosure(new RecordDisclosure(child.id(),
            Recipient.of(OrganisationKind.LOCAL_AUTHORITY, "Children's Social Care"), Set.of(DataCategory.HEALTH),
            Article6Basis.PUBLIC_TASK, Optional.of(Article9Condition.SUBSTANTIAL_PUBLIC_INTEREST),
            Optional.of(Schedule1Condition.SAFEGUARDING_CHILDREN_AND_INDIVIDUALS_AT_RISK), ADVISER.user(),
            MANAGER.user(), DISCLOSURE_REASON, true, Optional.empty()), at));
        service.decideSharing(ADVISER, id, SharingRequest.to(id, Recipient.of(OrganisationKind.SCHOOL,
            "Hill Primary School"), Purpose.CONTACT_ABOUT_CASE, Set.of(DataCategory.EDUCATION), NOW), "sharing-request");
        service.exportSubjectAccess(DPO, SubjectQuery.byName(CHILD, BORN), Redactor.standard(),
            "subject-access-request");
        service.change(DPO, id, "rectification", (c, at) -> c.correctParty(new CaseCommand.CorrectParty(parent.id(),
            Optional.of(PARENT + "-Lee"), Optional.empty(), Optional.empty(), Optional.empty(), "spelling",
            DPO.user()), at));
        service.change(MANAGER, id, "legal-claim", (c, at) -> c.placeLegalHold(new CaseCommand.PlaceLegalHold(
            "tribunal-appeal", Optional.of("Appeal by " + PARENT), MANAGER.user()), at));
        service.decideErasure(DPO, ErasureRequest.ofCase(id, LocalDate.of(2026, 11, 23), DPO.user()), Set.of(),
            "erasure-request");
        // a second family's case, closed, then disposed of when its retention has ended
        CaseId closed = service.open(MANAGER, new OpenCase(TENANT, CaseId.random(),
            Arrival.selfReferral(LocalDate.of(2026, 11, 20)), Set.of(Domain.HEALTH), HelpLevel.ADVICE,
            Party.child(CHILD, BORN), List.of(), MANAGER.user()), "casework").after().id();
        service.change(MANAGER, closed, "casework", (c, at) -> c.changeStatus(new CaseCommand.ChangeStatus(
            CaseStatus.CLOSED, MANAGER.user()), at));
        DisposalPlan plan = service.planDisposal(DPO, RetentionSchedule.defaults(), LocalDate.of(2060, 1, 1),
            "retention-review");
        assertEquals(1, service.runDisposal(DPO, plan, "retention-review").results().size());
        assertTrue(service.verifyAuditTrail(MANAGER, "audit-check").intact());

        // the failures a real system meets, each with personal data close at hand
        fails(() -> service.read(OFFICER, id, "monitoring"));
        fails(() -> service.read(MANAGER, id, "asked by " + PARENT));
        fails(() -> service.change(ADVISER, id, "casework", (c, at) -> c.addNote(new CaseCommand.AddNote(
            NOTE + "\u0000", Optional.empty(), ADVISER.user()), at)));
        fails(() -> service.change(ADVISER, id, "casework", (c, at) -> c.addParty(new CaseCommand.AddParty(
            Party.person(PartyRole.PARENT, " "), ADVISER.user()), at)));
        fails(() -> Party.child(CHILD + "\uD800", BORN));
        fails(() -> service.change(ADVISER, id, "casework", (c, at) -> c.addNote(new CaseCommand.AddNote(
            "x".repeat(100_001) + NOTE, Optional.empty(), ADVISER.user()), at)));
        Case stale = opened.after();
        fails(() -> service.change(ADVISER, id, "casework", (c, at) -> stale.addNote(new CaseCommand.AddNote(NOTE,
            Optional.empty(), ADVISER.user()), at)));
        Principal walled = Principal.of(TENANT, UserId.of("adviser-9"), Role.ADVISER);
        service.change(MANAGER, id, "conflict-of-interest", (c, at) -> c.wallOff(new CaseCommand.WallOff(
            walled.user(), MANAGER.user()), at));
        fails(() -> service.read(walled, id, "casework"));
        assertEquals(8, thrown.size());
    }

    private void fails(Supplier<?> call) {
        try {
            call.get();
        } catch (RuntimeException e) {
            thrown.add(e);
            return;
        }
        throw new AssertionError("expected a failure");
    }
}
