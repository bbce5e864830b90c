package org.sendias.testkit.generators;

import static org.sendias.testkit.generators.Gen.weighted;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.casework.CaseCommand.AddNote;
import org.sendias.casework.CaseCommand.AddParty;
import org.sendias.casework.CaseCommand.AllocateAdviser;
import org.sendias.casework.CaseCommand.ChangeScope;
import org.sendias.casework.CaseCommand.ChangeStatus;
import org.sendias.casework.CaseCommand.CorrectParty;
import org.sendias.casework.CaseCommand.PlaceLegalHold;
import org.sendias.casework.CaseCommand.RecordCapacity;
import org.sendias.casework.CaseCommand.RecordContact;
import org.sendias.casework.CaseCommand.RecordEqualityMonitoring;
import org.sendias.casework.CaseCommand.RecordKeyDate;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.OutcomeKind;
import org.sendias.casework.CaseCommand.RecordProcessEvent;
import org.sendias.casework.CaseCommand.ReleaseLegalHold;
import org.sendias.casework.CaseCommand.ReleaseReferral;
import org.sendias.casework.CaseCommand.TrackProcess;
import org.sendias.casework.CaseCommand.WallOff;
import org.sendias.casework.CaseStatus;
import org.sendias.casework.Clearance;
import org.sendias.casework.Contact;
import org.sendias.casework.Domain;
import org.sendias.casework.HelpLevel;
import org.sendias.casework.LegalHold;
import org.sendias.casework.Note;
import org.sendias.casework.OpenCase;
import org.sendias.casework.ProcessId;
import org.sendias.consent.ConsentAuthority;
import org.sendias.consent.ConsentRecord;
import org.sendias.consent.SharingDecision;
import org.sendias.consent.WithdrawConsent;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ProcessHistory;
import org.sendias.deadline.ProcessType;
import org.sendias.equality.Language;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;

/**
 * Generators of cases: the commands that open them, the commands that change them, and whole cases built by applying
 * a random sequence of valid commands.
 *
 * <p>Every command generated for a case is one the case accepts in its state at that moment: the generators look at
 * the case (its status, parties, notes, consents, tracked processes, who may consent that day) and choose only among
 * the commands allowed, so a case never refuses one and nothing is caught. A held referral gets only contact
 * attempts, consent, key dates and safeguarding records until the person entitled consents to the referral, and is
 * then released; a closed case gets only reopening, consent withdrawals, safeguarding records and walls.
 *
 * <p>Cases arrive between {@link #EARLIEST_ARRIVAL} and {@link #LATEST_ARRIVAL}, and their process events lie within
 * a year of the arrival, so that the deadline engine can compute every timeline of every case generated. Because a
 * case records no tribunal order kind and no school calendar, the cases generated record neither a tribunal order
 * nor an event that starts a school-day rule (an exclusion notice, a governors' decision, a request for an
 * educational record); {@link Processes} generates those histories directly.
 *
 * <p>A case assigns some ids itself with {@link java.util.UUID#randomUUID()} (notes, contacts, consents, advice notes,
 * disclosures), so those differ between runs with the same seed. Everything the generators choose (the case's id,
 * the parties and their ids, texts, dates, times, the sequence of commands) is reproducible.
 */
public final class Cases {

    /** The earliest day a generated case arrives. */
    public static final LocalDate EARLIEST_ARRIVAL = Processes.EARLIEST_START;
    /** The latest day a generated case arrives. */
    public static final LocalDate LATEST_ARRIVAL = Processes.LATEST_START;
    /** The most commands applied after opening a case in {@link #histories(TenantId)}. */
    public static final int MAX_COMMANDS = 40;

    /** Events a case may not record through {@link RecordProcessEvent}: see the class comment. */
    private static final Set<EventType> NOT_RECORDED = EnumSet.of(EventType.DATE_OF_BIRTH, EventType.TRIBUNAL_ORDER,
        EventType.EXCLUSION_NOTICE_RECEIVED, EventType.GOVERNORS_DECISION_NOTIFIED, EventType.RECORD_REQUEST_RECEIVED);
    private static final Instant LAST_INSTANT = Dates.LAST.plusDays(1).atStartOfDay(Dates.ZONE).toInstant()
        .minus(1, ChronoUnit.MICROS);

    private Cases() {
    }

    // ------------------------------------------------------------------ opening

    /** @return commands to open a case, for a tenant from {@link Ids#tenants()}; see {@link #openCases(TenantId)} */
    public static Gen<OpenCase> openCases() {
        return Ids.tenants().flatMap(Cases::openCases);
    }

    /**
     * Commands to open a case in a tenant: self-referrals and third-party referrals in equal measure.
     *
     * @param tenant the service
     * @return the generator
     */
    public static Gen<OpenCase> openCases(TenantId tenant) {
        return Gen.oneOf(selfReferrals(tenant), thirdPartyReferrals(tenant));
    }

    /**
     * Self-referrals: received on a day from {@link Dates#between} {@link #EARLIEST_ARRIVAL} and
     * {@link #LATEST_ARRIVAL}; a child or young person aged 0 to 25 that day (see {@link Parties#children(LocalDate)});
     * up to four other parties, usually including a parent; one to three domains and any level of help.
     *
     * @param tenant the service
     * @return the generator
     */
    public static Gen<OpenCase> selfReferrals(TenantId tenant) {
        return opening(tenant, false);
    }

    /**
     * Third-party referrals, from any kind of organisation, otherwise as {@link #selfReferrals(TenantId)}. Nine in
     * ten name a parent, so that a child of compulsory school age has someone who can consent to the referral.
     *
     * @param tenant the service
     * @return the generator
     */
    public static Gen<OpenCase> thirdPartyReferrals(TenantId tenant) {
        return opening(tenant, true);
    }

    private static Gen<OpenCase> opening(TenantId tenant, boolean referred) {
        Objects.requireNonNull(tenant, "tenant");
        Gen<LocalDate> arrivals = Dates.between(EARLIEST_ARRIVAL, LATEST_ARRIVAL);
        return r -> {
            LocalDate receivedOn = arrivals.next(r);
            Arrival arrival = referred
                ? Arrival.referredBy(Gen.enumValues(OrganisationKind.class).next(r), receivedOn)
                : Arrival.selfReferral(receivedOn);
            Party child = Parties.children(receivedOn).next(r);
            List<Party> others = new ArrayList<>(Gen.listOf(Parties.others(), 0, 4).next(r));
            boolean hasParent = others.stream().anyMatch(p -> p.role() == PartyRole.PARENT);
            if (!hasParent && (referred ? !Pick.oneIn(r, 10) : r.nextBoolean())) {
                others.add(r.nextInt(others.size() + 1), Parties.parents().next(r));
            }
            return new OpenCase(tenant, Ids.caseIds().next(r), arrival, Gen.enumSetOf(Domain.class, 1, 3).next(r),
                Gen.enumValues(HelpLevel.class).next(r), child, others, Ids.staff().next(r));
        };
    }

    // ------------------------------------------------------------------ whole cases

    /** @return cases in a tenant from {@link Ids#tenants()}; see {@link #cases(TenantId)} */
    public static Gen<Case> cases() {
        return Ids.tenants().flatMap(Cases::cases);
    }

    /**
     * Cases in a tenant: the last case of a history from {@link #histories(TenantId)}. Their parties, contacts,
     * notes (and corrections), consents (given and withdrawn), disclosures, advice notes, equality monitoring,
     * tracked processes, legal holds (active and released), corrections of parties' details and status vary from
     * case to case.
     *
     * @param tenant the service
     * @return the generator
     */
    public static Gen<Case> cases(TenantId tenant) {
        return histories(tenant).map(changes -> changes.get(changes.size() - 1).after());
    }

    /**
     * The life of a case, as the changes a store would save one after another: the opening (from
     * {@link #openCases(TenantId)}), then up to {@value #MAX_COMMANDS} changes from {@link #nextChange(Case, Instant)}.
     * The number of changes favours none, a few and the maximum. Each change's {@code before} is the previous
     * change's {@code after}, and the case's version goes up by one with each. Commands are issued at increasing
     * instants, microseconds to a year apart, so a young person may pass compulsory school age, or a consent expire,
     * during a case.
     *
     * @param tenant the service
     * @return the generator of unmodifiable lists, the opening first
     */
    public static Gen<List<CaseChange>> histories(TenantId tenant) {
        Gen<OpenCase> openings = openCases(tenant);
        Gen<Integer> lengths = Gen.<Integer>frequency(weighted(1, Gen.constant(0)), weighted(6, Gen.ints(1, 12)),
            weighted(3, Gen.ints(13, MAX_COMMANDS - 1)), weighted(1, Gen.constant(MAX_COMMANDS)));
        Gen<Duration> gaps = Gen.<Duration>frequency(
            weighted(3, Gen.longs(1, 3_600_000_000L).map(micros -> Duration.of(micros, ChronoUnit.MICROS))),
            weighted(4, Gen.longs(3_600, 3 * 86_400).map(Duration::ofSeconds)),
            weighted(2, Gen.longs(3, 60).map(Duration::ofDays)),
            weighted(1, Gen.longs(60, 400).map(Duration::ofDays)));
        return r -> {
            OpenCase command = openings.next(r);
            LocalDate openedOn = command.arrival().receivedOn().plusDays(Pick.oneIn(r, 2) ? 0 : r.nextInt(1, 4));
            Instant at = Dates.instantsOn(openedOn).next(r);
            List<CaseChange> changes = new ArrayList<>();
            changes.add(Case.open(command, at));
            int length = lengths.next(r);
            for (int i = 0; i < length; i++) {
                Instant next = at.plus(gaps.next(r)).truncatedTo(ChronoUnit.MICROS);
                at = next.isAfter(at) && !next.isAfter(LAST_INSTANT) ? next : at.plus(1, ChronoUnit.MICROS);
                Case current = changes.get(changes.size() - 1).after();
                changes.add(nextChange(current, at).next(r));
            }
            return Collections.unmodifiableList(changes);
        };
    }

    // ------------------------------------------------------------------ one change

    /**
     * One change to a case at {@code at}: a command chosen among those the case allows in its present state, on the
     * day of {@code at}, then applied. Choices are weighted towards the everyday (notes, contacts, consent) while
     * every allowed command keeps a chance: adding a party, changing the scope, allocating an adviser with a
     * clearance for the case's present version, walling one off (favouring the allocated adviser), corrections to
     * current notes, status changes along the allowed transitions, releasing a held referral once its consent stands,
     * equality monitoring of a person in the case, a capacity record naming a person in the case, tracking a process
     * and recording its events, the service's key dates, consent from a person entitled that day, withdrawing a
     * consent already given, safeguarding disclosures and advice notes; and, in every status, placing a legal hold
     * ({@link #legalHolds()}), releasing an active one, and correcting a party's details ({@link #corrections(Case)}).
     *
     * <p>{@code at} should not be before the case's latest activity: the case does not check the order of most
     * commands, but a history in which time runs backwards is not one a service could have.
     *
     * @param current the case
     * @param at when the command is issued
     * @return the generator
     */
    public static Gen<CaseChange> nextChange(Case current, Instant at) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(at, "at");
        return r -> Gen.<CaseChange>frequency(options(current, at)).next(r);
    }

    private static List<Gen.Weighted<CaseChange>> options(Case c, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, Case.ZONE);
        CaseStatus status = c.status();
        ConsentAuthority authority = c.consentAuthority(day);
        List<Party> entitled = c.parties().stream().filter(p -> authority.mayConsent(p.id())).toList();
        List<ConsentRecord> withdrawable = c.consents().records().stream()
            .filter(rec -> !rec.isWithdrawn() && !rec.givenAt().isAfter(at)).toList();
        List<Gen.Weighted<CaseChange>> o = new ArrayList<>();

        if (status == CaseStatus.HELD) {
            o.add(weighted(3, r -> c.recordContact(contactAttempts().next(r), at)));
            if (!entitled.isEmpty()) {
                o.add(weighted(4, r -> c.giveConsent(Consents.giveConsent(Pick.one(r, entitled).id(), day,
                    Pick.oneIn(r, 4) ? Consents.scopes() : Consents.referralScopes()).next(r), at)));
            }
            if (c.consents().referralConsent(authority, at) instanceof SharingDecision.Permitted) {
                o.add(weighted(6, r -> c.releaseReferral(new ReleaseReferral(Ids.staff().next(r)), at)));
            }
            o.add(weighted(1, r -> c.changeStatus(new ChangeStatus(CaseStatus.CLOSED, Ids.staff().next(r)), at)));
            o.add(weighted(1, r -> c.recordKeyDate(keyDate(c).next(r), at)));
        }
        if (status.isActive()) {
            activeOptions(c, at, day, entitled, o);
        }
        if (status == CaseStatus.CLOSED) {
            o.add(weighted(4, r -> c.changeStatus(new ChangeStatus(CaseStatus.REOPENED, Ids.staff().next(r)), at)));
            o.add(weighted(1, r -> c.recordOutcome(outcome(c).next(r), at)));
        }
        if (!withdrawable.isEmpty()) {
            o.add(weighted(2, r -> {
                ConsentRecord rec = Pick.one(r, withdrawable);
                Party by = entitled.isEmpty() || Pick.oneIn(r, 2) ? c.party(rec.givenBy()).orElseThrow()
                    : Pick.one(r, entitled);
                return c.withdrawConsent(new WithdrawConsent(rec.id(), by.id(), Ids.staff().next(r)), at);
            }));
        }
        o.add(weighted(1, r -> c.recordDisclosure(Consents.disclosures(c.child().id()).next(r), at)));
        o.add(weighted(1, r -> c.wallOff(new WallOff(adviserToWallOff(c).next(r), Ids.staff().next(r)), at)));
        o.add(weighted(1, r -> c.placeLegalHold(legalHolds().next(r), at)));
        List<LegalHold> active = c.activeLegalHolds();
        if (!active.isEmpty()) {
            o.add(weighted(2, r -> c.releaseLegalHold(new ReleaseLegalHold(Pick.one(r, active).id(),
                Ids.staff().next(r)), at)));
        }
        o.add(weighted(1, r -> c.correctParty(corrections(c).next(r), at)));
        return o;
    }

    private static void activeOptions(Case c, Instant at, LocalDate day, List<Party> entitled,
            List<Gen.Weighted<CaseChange>> o) {
        o.add(weighted(2, r -> {
            Party party = Parties.others().next(r);
            while (c.party(party.id()).isPresent()) {
                party = Parties.others().next(r);
            }
            return c.addParty(new AddParty(party, Ids.staff().next(r)), at);
        }));
        o.add(weighted(1, r -> c.changeScope(new ChangeScope(Gen.enumSetOf(Domain.class, 1, 3).next(r),
            Gen.enumValues(HelpLevel.class).next(r), Ids.staff().next(r)), at)));
        o.add(weighted(1, r -> {
            UserId adviser = adviserToAllocate(c).next(r);
            return c.allocate(new AllocateAdviser(adviser, clearances(adviser, c.version(), at).next(r),
                Ids.staff().next(r)), at);
        }));
        o.add(weighted(4, r -> c.recordContact(contacts().next(r), at)));
        o.add(weighted(5, r -> c.addNote(new AddNote(Texts.notes().next(r), Optional.empty(),
            Ids.staff().next(r)), at)));
        List<Note> current = c.currentNotes();
        if (!current.isEmpty()) {
            o.add(weighted(2, r -> c.addNote(new AddNote(Texts.notes().next(r),
                Optional.of(Pick.one(r, current).id()), Ids.staff().next(r)), at)));
        }
        List<CaseStatus> next = List.copyOf(c.status().allowedNext());
        o.add(weighted(1, r -> c.changeStatus(new ChangeStatus(Pick.one(r, next), Ids.staff().next(r)), at)));
        List<Party> people = c.parties().stream().filter(p -> p.role().isPerson()).toList();
        o.add(weighted(2, r -> {
            Party person = Pick.one(r, people);
            return c.recordEqualityMonitoring(new RecordEqualityMonitoring(person.id(),
                Equality.monitoring(person.id(), at).next(r), Ids.staff().next(r)), at);
        }));
        List<Party> representatives = people.stream().filter(p -> p.role() != PartyRole.CHILD_OR_YOUNG_PERSON)
            .toList();
        if (!representatives.isEmpty()) {
            o.add(weighted(1, r -> c.recordCapacity(new RecordCapacity(Consents.capacityRecords(c.child().id(),
                Pick.one(r, representatives).id(), day).next(r), Ids.staff().next(r)), at)));
        }
        o.add(weighted(2, r -> {
            ProcessId id = Ids.processIds().next(r);
            while (c.processes().containsKey(id)) {
                id = Ids.processIds().next(r);
            }
            List<ProcessType> tracked = EnumSet.complementOf(EnumSet.of(ProcessType.SERVICE_LEVEL)).stream().toList();
            return c.trackProcess(new TrackProcess(Pick.one(r, tracked), id, Ids.staff().next(r)), at);
        }));
        List<Map.Entry<ProcessId, ProcessHistory>> recordable = c.processes().entrySet().stream()
            .filter(e -> !recordableEvents(e.getValue().process()).isEmpty()).toList();
        if (!recordable.isEmpty()) {
            LocalDate received = c.arrival().receivedOn();
            Gen<LocalDate> dates = Dates.between(received.minusDays(180), received.plusDays(365));
            o.add(weighted(3, r -> {
                Map.Entry<ProcessId, ProcessHistory> process = Pick.one(r, recordable);
                EventType event = Pick.one(r, recordableEvents(process.getValue().process()));
                return c.recordProcessEvent(new RecordProcessEvent(process.getKey(), event, dates.next(r),
                    Ids.staff().next(r)), at);
            }));
        }
        o.add(weighted(1, r -> c.recordKeyDate(keyDate(c).next(r), at)));
        o.add(weighted(1, r -> c.recordOutcome(outcome(c).next(r), at)));
        if (!entitled.isEmpty()) {
            o.add(weighted(3, r -> c.giveConsent(Consents.giveConsent(Pick.one(r, entitled).id(), day).next(r), at)));
        }
        o.add(weighted(2, r -> c.recordAdviceNote(Advice.adviceNotes(c.id(), at).next(r), at)));
    }

    private static List<EventType> recordableEvents(ProcessType process) {
        return process.events().stream().filter(e -> !NOT_RECORDED.contains(e)).toList();
    }

    private static Gen<RecordKeyDate> keyDate(Case c) {
        LocalDate received = c.arrival().receivedOn();
        return r -> new RecordKeyDate(r.nextBoolean() ? EventType.REFERRAL_ACKNOWLEDGED
            : EventType.FIRST_APPOINTMENT_HELD, Pick.oneIn(r, 4) ? received : received.plusDays(r.nextInt(1, 21)),
            Ids.staff().next(r));
    }

    private static Gen<CaseCommand.RecordOutcome> outcome(Case c) {
        LocalDate received = c.arrival().receivedOn();
        return r -> new CaseCommand.RecordOutcome(Pick.one(r, List.of(OutcomeKind.values())),
            received.plusDays(r.nextInt(0, 400)), Ids.staff().next(r));
    }

    private static Gen<UserId> adviserToAllocate(Case c) {
        return r -> {
            UserId adviser = Ids.staff().next(r);
            while (c.walledOff().contains(adviser)) {
                adviser = Ids.users().next(r);
            }
            return adviser;
        };
    }

    private static Gen<UserId> adviserToWallOff(Case c) {
        return r -> {
            if (c.adviser().isPresent() && r.nextBoolean()) {
                return c.adviser().get();
            }
            return adviserToAllocate(c).next(r);
        };
    }

    // ------------------------------------------------------------------ commands

    /** Reason codes of legal holds, as a service might use them. */
    private static final List<String> HOLD_REASONS = List.of("tribunal-appeal", "complaint", "ico-investigation",
        "litigation", "ombudsman", "safeguarding-review", "x");
    /** Reason codes of corrections. */
    private static final List<String> CORRECTION_REASONS = List.of("typing-error", "subject-request",
        "verified-document", "name-changed", "a.b-2");

    /**
     * Legal holds to place: a reason code (from a short list, including a one-letter code) and, two times in three,
     * a description from {@link Texts#text(int)} of at most {@link LegalHold#MAX_DESCRIPTION_LENGTH} characters.
     *
     * @return the generator
     */
    public static Gen<PlaceLegalHold> legalHolds() {
        Gen<String> descriptions = Texts.text(LegalHold.MAX_DESCRIPTION_LENGTH);
        return r -> {
            Optional<String> description = Optional.empty();
            if (!Pick.oneIn(r, 3)) {
                String text = descriptions.next(r);
                description = Optional.of(text.isBlank() ? "x" : text);
            }
            return new PlaceLegalHold(Pick.one(r, HOLD_REASONS), description, Ids.staff().next(r));
        };
    }

    /**
     * Corrections a case accepts: of a party's name (a new name from {@link Texts#personNames()} or
     * {@link Texts#organisationNames()}), of a person's date of birth (the child's stays within 0 to 25 years of the
     * case's arrival, another person's 16 to 80), or, for an organisation, of its identifier; each different from the value held.
     *
     * @param c the case
     * @return the generator
     */
    public static Gen<CorrectParty> corrections(Case c) {
        Objects.requireNonNull(c, "c");
        return r -> {
            Party p = Pick.one(r, c.parties());
            String reason = Pick.one(r, CORRECTION_REASONS);
            UserId by = Ids.staff().next(r);
            int kind = r.nextInt(3);
            if (kind == 1 && p.role() != PartyRole.ORGANISATION) {
                LocalDate born = p.role() == PartyRole.CHILD_OR_YOUNG_PERSON
                    ? Dates.childDateOfBirth(c.arrival().receivedOn()).next(r)
                    : Dates.dateOfBirth(c.arrival().receivedOn(), 16, 80).next(r);
                if (!p.dateOfBirth().equals(Optional.of(born))) {
                    return CorrectParty.dateOfBirth(p.id(), born, reason, by);
                }
            }
            if (kind == 2 && p.role() == PartyRole.ORGANISATION && p.organisationKind().isPresent()) {
                var identifier = Parties.identifiers(p.organisationKind().get()).next(r);
                if (!p.identifier().equals(Optional.of(identifier))) {
                    return new CorrectParty(p.id(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(identifier), reason, by);
                }
            }
            Gen<String> names = p.role() == PartyRole.ORGANISATION ? Texts.organisationNames() : Texts.personNames();
            String name = Pick.fit(names.next(r), Party.MAX_NAME_LENGTH);
            while (name.strip().equals(p.name()) || name.isBlank()) {
                name = Pick.fit(names.next(r) + " " + Texts.personNames().next(r), Party.MAX_NAME_LENGTH);
            }
            return CorrectParty.name(p.id(), name, reason, by);
        };
    }

    /**
     * Contacts: every channel; two in three reach the family, the rest are attempts; durations favour zero, one
     * minute and {@link Contact#MAX_DURATION} (for attempts, zero); an interpreter about one time in four (any
     * language from {@link Equality#languages()}); accessible formats from {@link Equality#formats()}.
     *
     * @return the generator
     */
    public static Gen<RecordContact> contacts() {
        Gen<Duration> durations = Gen.<Duration>frequency(
            weighted(6, Gen.longs(1, 180).map(Duration::ofMinutes)),
            weighted(1, Gen.constant(Duration.ZERO)),
            weighted(1, Gen.constant(Duration.ofMinutes(1))),
            weighted(1, Gen.constant(Contact.MAX_DURATION)),
            weighted(1, Gen.longs(0, Contact.MAX_DURATION.toSeconds()).map(Duration::ofSeconds)));
        return r -> {
            boolean attempt = Pick.oneIn(r, 3);
            Optional<Language> interpreter = Pick.oneIn(r, 4) ? Optional.of(Equality.languages().next(r))
                : Optional.empty();
            return new RecordContact(Gen.enumValues(Contact.Channel.class).next(r),
                attempt ? Duration.ZERO : durations.next(r), attempt, interpreter, Equality.formats().next(r),
                Ids.staff().next(r));
        };
    }

    /**
     * Attempts at contact that reached nobody: every channel, zero duration. The one thing a held referral records.
     *
     * @return the generator
     */
    public static Gen<RecordContact> contactAttempts() {
        return r -> RecordContact.attempt(Gen.enumValues(Contact.Channel.class).next(r), Ids.staff().next(r));
    }

    /**
     * Conflict-of-interest clearances for allocating {@code adviser} to version {@code caseVersion} of a case: clear
     * (most often), or a potential conflict waived at {@code at} by a manager other than the adviser, with a reason
     * from {@link Texts#text(int)}.
     *
     * @param adviser the adviser checked
     * @param caseVersion the case version the check ran against
     * @param at when a waiver was decided
     * @return the generator
     */
    public static Gen<Clearance> clearances(UserId adviser, long caseVersion, Instant at) {
        Objects.requireNonNull(adviser, "adviser");
        Objects.requireNonNull(at, "at");
        return r -> {
            if (!Pick.oneIn(r, 4)) {
                return new Clearance(adviser, caseVersion, Clearance.Basis.CLEAR, Optional.empty());
            }
            UserId manager = Ids.staff().next(r);
            while (manager.equals(adviser)) {
                manager = Ids.users().next(r);
            }
            return new Clearance(adviser, caseVersion, Clearance.Basis.WAIVED,
                Optional.of(new Clearance.Waiver(manager, Texts.text(2000).next(r), at)));
        };
    }
}
