package org.sendias.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.sendias.CaseId;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.casework.Arrival;
import org.sendias.casework.Case;
import org.sendias.casework.CaseChange;
import org.sendias.casework.CaseCommand;
import org.sendias.casework.CaseStatus;
import org.sendias.casework.Contact;
import org.sendias.casework.Domain;
import org.sendias.casework.HelpLevel;
import org.sendias.casework.OpenCase;
import org.sendias.casework.OutcomeKind;
import org.sendias.casework.ProcessId;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ProcessType;
import org.sendias.equality.AccessibleFormat;
import org.sendias.equality.EqualityMonitoring;
import org.sendias.equality.Language;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;
import org.sendias.testkit.generators.Equality;

/**
 * Case histories packed into two years (2025 and 2026), so that every figure of the return has something to count:
 * service key dates on, before and after their targets, consented and unconsented equality answers, appeals,
 * outcomes of every kind, contacts with interpreters and accessible formats, closings and reopenings.
 */
final class DenseCases {
    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final UserId STAFF = UserId.of("adviser-1");

    private DenseCases() {
    }

    static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(Case.ZONE).toInstant();
    }

    /** @return the changes of one case, the opening first */
    static List<CaseChange> history(TenantId tenant, SplittableRandom random) {
        List<CaseChange> out = new ArrayList<>();
        LocalDate received = FROM.plusDays(random.nextInt(600));
        boolean third = random.nextInt(4) == 0;
        Arrival arrival = third ? Arrival.referredBy(OrganisationKind.values()[random.nextInt(
            OrganisationKind.values().length)], received) : Arrival.selfReferral(received);
        Set<Domain> domains = random.nextBoolean() ? Set.of(Domain.EDUCATION)
            : Set.of(Domain.values()[random.nextInt(2)], Domain.SOCIAL_CARE);
        List<Party> others = random.nextBoolean() ? List.of(Party.person(PartyRole.PARENT, "Parent Name"))
            : List.of(Party.person(PartyRole.PARENT, "Parent Name"), Party.person(PartyRole.CARER, "Carer Name"));
        out.add(Case.open(new OpenCase(tenant, CaseId.random(), arrival, domains, HelpLevel.ADVICE,
            Party.child("Child Name", LocalDate.of(2015, 5, 1)), others, STAFF), at(received)));
        LocalDate day = received;
        if (random.nextInt(3) > 0) {
            LocalDate on = received.plusDays(random.nextInt(6));
            add(out, c -> c.recordKeyDate(new CaseCommand.RecordKeyDate(EventType.REFERRAL_ACKNOWLEDGED, on, STAFF),
                at(on)));
        }
        if (third) {
            if (random.nextInt(3) == 0) {
                return out;
            }
            Case c = last(out);
            add(out, k -> k.giveConsent(new org.sendias.consent.GiveConsent(c.parties().get(1).id(),
                org.sendias.consent.ConsentScope.withinService(Set.of(org.sendias.consent.Purpose.ACCEPT_REFERRAL),
                Set.of(org.sendias.consent.DataCategory.CONTACT_DETAILS)), "form-v1",
                org.sendias.consent.ConsentMethod.WRITTEN, Optional.empty(), STAFF), at(received)));
            add(out, k -> k.releaseReferral(new CaseCommand.ReleaseReferral(STAFF), at(received)));
        }
        if (random.nextBoolean()) {
            LocalDate on = received.plusDays(random.nextInt(12));
            add(out, c -> c.recordKeyDate(new CaseCommand.RecordKeyDate(EventType.FIRST_APPOINTMENT_HELD, on,
                STAFF), at(on)));
        }
        for (Party p : last(out).parties()) {
            if (random.nextInt(4) > 0) {
                EqualityMonitoring m = Equality.monitoring(p.id(), at(received)).next(random);
                add(out, c -> c.recordEqualityMonitoring(new CaseCommand.RecordEqualityMonitoring(p.id(), m, STAFF),
                    at(received)));
            }
        }
        if (random.nextInt(3) == 0) {
            ProcessId pid = ProcessId.random();
            LocalDate on = between(random, received, TO);
            add(out, c -> c.trackProcess(new CaseCommand.TrackProcess(ProcessType.APPEAL, pid, STAFF), at(received)));
            add(out, c -> c.recordProcessEvent(new CaseCommand.RecordProcessEvent(pid, EventType.APPEAL_REGISTERED,
                on, STAFF), at(received)));
        }
        int steps = random.nextInt(8);
        for (int i = 0; i < steps; i++) {
            LocalDate on = between(random, day, day.plusDays(120).isAfter(TO) ? TO : day.plusDays(120));
            day = on;
            Case c = last(out);
            switch (random.nextInt(3)) {
                case 0 -> {
                    if (c.status() != CaseStatus.CLOSED) {
                        Set<AccessibleFormat> formats = random.nextInt(3) == 0
                            ? Set.of(AccessibleFormat.values()[random.nextInt(AccessibleFormat.values().length)])
                            : Set.of();
                        Optional<Language> interpreter = random.nextBoolean()
                            ? Optional.of(Language.of(random.nextBoolean() ? "ar" : "pl")) : Optional.empty();
                        boolean attempt = random.nextInt(5) == 0;
                        add(out, k -> k.recordContact(new CaseCommand.RecordContact(Contact.Channel.PHONE,
                            Duration.ofMinutes(20), attempt, interpreter, formats, STAFF), at(on)));
                    }
                }
                case 1 -> add(out, k -> k.recordOutcome(new CaseCommand.RecordOutcome(OutcomeKind.values()[
                    random.nextInt(OutcomeKind.values().length)], on, STAFF), at(on)));
                default -> {
                    CaseStatus next = c.status() == CaseStatus.CLOSED ? CaseStatus.REOPENED : CaseStatus.CLOSED;
                    if (c.status() != CaseStatus.HELD) {
                        add(out, k -> k.changeStatus(new CaseCommand.ChangeStatus(next, STAFF), at(on)));
                    }
                }
            }
        }
        return out;
    }

    private static Case last(List<CaseChange> changes) {
        return changes.get(changes.size() - 1).after();
    }

    private static void add(List<CaseChange> changes, java.util.function.Function<Case, CaseChange> command) {
        changes.add(command.apply(last(changes)));
    }

    private static LocalDate between(SplittableRandom random, LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
    }
}
