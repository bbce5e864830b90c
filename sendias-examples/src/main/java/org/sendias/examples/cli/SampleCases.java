package org.sendias.examples.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
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
import org.sendias.consent.ConsentMethod;
import org.sendias.consent.ConsentScope;
import org.sendias.consent.DataCategory;
import org.sendias.consent.GiveConsent;
import org.sendias.consent.Purpose;
import org.sendias.deadline.EventType;
import org.sendias.equality.AccessibleFormat;
import org.sendias.equality.DisabilityStatus;
import org.sendias.equality.EqualityMonitoring;
import org.sendias.equality.Ethnicity;
import org.sendias.equality.Gender;
import org.sendias.equality.GenderAnswer;
import org.sendias.equality.Language;
import org.sendias.equality.ReportingConsent;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;

/**
 * A made-up service's cases for trying the {@code report} command: a few hundred cases with referrals spread over the
 * year up to a given day, built with the library's own commands from a fixed seed, so the same arguments always give
 * the same figures. Key dates, equality monitoring answers (with and without consent to reporting), outcomes,
 * contacts with interpreters and accessible formats, held third-party referrals and closed cases all occur. The
 * names are invented ("Sample child 12") and no note text is written.
 */
final class SampleCases {
    /** The seed used by the command line. */
    static final long SEED = 20_260_401L;
    /** How many cases the command line's sample has. */
    static final int SIZE = 360;

    private static final UserId STAFF = UserId.of("sample-adviser");
    private static final List<String> LANGUAGES = List.of("pl", "ur", "so", "ar", "bn", "ro", "pa", "tr");
    private static final List<OutcomeKind> OUTCOMES = List.of(OutcomeKind.values());

    private SampleCases() {
    }

    /**
     * @param tenant the service
     * @param lastDay the last day on which anything happens; referrals arrive in the 15 months before it
     * @param seed the seed
     * @param size how many cases
     * @return the cases, each as a change from nothing to its final state
     */
    static List<CaseChange> build(TenantId tenant, LocalDate lastDay, long seed, int size) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate first = lastDay.minusMonths(15);
        long span = ChronoUnit.DAYS.between(first, lastDay);
        List<CaseChange> cases = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            LocalDate received = first.plusDays(random.nextLong(span));
            cases.add(one(random, tenant, i, received, lastDay));
        }
        return cases;
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(11, 0)).atZone(Case.ZONE).toInstant();
    }

    private static CaseChange one(SplittableRandom random, TenantId tenant, int i, LocalDate received,
        LocalDate lastDay) {
        boolean referred = random.nextInt(4) == 0;
        OrganisationKind[] referrers = OrganisationKind.values();
        Arrival arrival = referred ? Arrival.referredBy(referrers[random.nextInt(referrers.length)], received)
            : Arrival.selfReferral(received);
        Set<Domain> domains = EnumSet.of(Domain.EDUCATION);
        if (random.nextInt(5) == 0) {
            domains.add(Domain.HEALTH);
        }
        if (random.nextInt(8) == 0) {
            domains.add(Domain.SOCIAL_CARE);
        }
        if (random.nextInt(10) == 0) {
            domains.remove(Domain.EDUCATION);
            domains.add(Domain.HEALTH);
        }
        LocalDate born = received.minusYears(4 + random.nextInt(11)).minusDays(random.nextInt(365));
        Party child = Party.child("Sample child " + i, born);
        Party parent = Party.person(random.nextInt(10) == 0 && !referred ? PartyRole.CARER : PartyRole.PARENT, "Sample parent " + i);
        HelpLevel level = HelpLevel.values()[random.nextInt(HelpLevel.values().length)];
        CaseChange change = Case.open(new OpenCase(tenant, new CaseId(new UUID(random.nextLong(), random.nextLong())),
            arrival, domains, level, child, List.of(parent), STAFF), at(received));
        if (referred) {
            if (random.nextInt(5) == 0) {
                return change;
            }
            LocalDate consented = before(received.plusDays(1 + random.nextInt(6)), lastDay);
            change = change.then(c -> c.giveConsent(new GiveConsent(c.parties().get(1).id(),
                new ConsentScope(Set.of(Purpose.ACCEPT_REFERRAL), Optional.empty(),
                    Set.of(DataCategory.SEN_AND_DISABILITY)), "sample-form-v1", ConsentMethod.WRITTEN,
                Optional.empty(), STAFF), at(consented)));
            change = change.then(c -> c.releaseReferral(new CaseCommand.ReleaseReferral(STAFF), at(consented)));
        }
        // key dates: most on time, some late, a few never
        int ackDays = pickDays(random, 0, 1, 1, 1, 2, 2, 2, 3, 4, -1);
        if (ackDays >= 0) {
            change = keyDate(change, EventType.REFERRAL_ACKNOWLEDGED, received.plusDays(ackDays), lastDay);
        }
        int firstDays = pickDays(random, 2, 3, 4, 5, 6, 7, 7, 8, 10, 14, 21, -1);
        if (firstDays >= 0) {
            change = keyDate(change, EventType.FIRST_APPOINTMENT_HELD, received.plusDays(firstDays), lastDay);
        }
        for (Party p : List.of(change.after().child(), change.after().parties().get(1))) {
            change = monitoring(random, change, p, received);
        }
        int contacts = 1 + random.nextInt(4);
        for (int n = 0; n < contacts; n++) {
            LocalDate day = received.plusDays(1 + random.nextInt(120));
            if (day.isAfter(lastDay)) {
                continue;
            }
            Optional<Language> interpreter = random.nextInt(12) == 0
                ? Optional.of(Language.of(LANGUAGES.get(random.nextInt(LANGUAGES.size())))) : Optional.empty();
            Set<AccessibleFormat> formats = random.nextInt(15) == 0
                ? Set.of(AccessibleFormat.values()[random.nextInt(AccessibleFormat.values().length)]) : Set.of();
            Contact.Channel channel = Contact.Channel.values()[random.nextInt(Contact.Channel.values().length)];
            change = change.then(c -> c.recordContact(new CaseCommand.RecordContact(channel,
                Duration.ofMinutes(15 + random.nextInt(60)), false, interpreter, formats, STAFF), at(day)));
        }
        if (random.nextInt(4) == 0) {
            OutcomeKind kind = OUTCOMES.get(random.nextInt(OUTCOMES.size()));
            LocalDate day = received.plusDays(30 + random.nextInt(250));
            if (!day.isAfter(lastDay)) {
                change = change.then(c -> c.recordOutcome(new CaseCommand.RecordOutcome(kind, day, STAFF), at(day)));
            }
        }
        if (random.nextInt(2) == 0) {
            LocalDate closed = received.plusDays(130 + random.nextInt(120));
            if (!closed.isAfter(lastDay) && change.after().status() != CaseStatus.CLOSED) {
                change = change.then(c -> c.changeStatus(new CaseCommand.ChangeStatus(CaseStatus.CLOSED, STAFF),
                    at(closed)));
            }
        }
        return change;
    }

    private static CaseChange keyDate(CaseChange change, EventType event, LocalDate day, LocalDate lastDay) {
        if (day.isAfter(lastDay)) {
            return change;
        }
        return change.then(c -> c.recordKeyDate(new CaseCommand.RecordKeyDate(event, day, STAFF), at(day)));
    }

    private static CaseChange monitoring(SplittableRandom random, CaseChange change, Party p, LocalDate received) {
        int answer = random.nextInt(20);
        if (answer == 0) {
            return change;
        }
        Ethnicity[] ethnicities = Ethnicity.values();
        Ethnicity ethnicity = random.nextInt(2) == 0 ? Ethnicity.WHITE_BRITISH
            : ethnicities[random.nextInt(ethnicities.length)];
        Gender gender = pick(random, Gender.FEMALE, Gender.MALE, Gender.FEMALE, Gender.MALE, Gender.IN_ANOTHER_WAY,
            Gender.PREFER_NOT_TO_SAY);
        DisabilityStatus disability = pick(random, DisabilityStatus.DISABLED, DisabilityStatus.DISABLED,
            DisabilityStatus.NOT_DISABLED, DisabilityStatus.PREFER_NOT_TO_SAY);
        Language language = random.nextInt(5) == 0 ? Language.of(LANGUAGES.get(random.nextInt(LANGUAGES.size())))
            : Language.of("en");
        EqualityMonitoring answers = EqualityMonitoring.NONE.withEthnicity(ethnicity)
            .withGender(GenderAnswer.of(gender)).withDisability(disability).withFirstLanguage(language);
        Instant at = at(received);
        var parentId = change.after().parties().get(1).id();
        if (answer < 16) {
            answers = answers.withReportingConsent(ReportingConsent.given(at, parentId, "sample-form-v1"));
        } else if (answer < 18) {
            answers = answers.withReportingConsent(ReportingConsent.refused(at, parentId, "sample-form-v1"));
        }
        EqualityMonitoring recorded = answers;
        return change.then(c -> c.recordEqualityMonitoring(new CaseCommand.RecordEqualityMonitoring(p.id(),
            recorded, STAFF), at));
    }

    private static LocalDate before(LocalDate day, LocalDate lastDay) {
        return day.isAfter(lastDay) ? lastDay : day;
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom random, T... values) {
        return values[random.nextInt(values.length)];
    }

    private static int pickDays(SplittableRandom random, int... values) {
        return values[random.nextInt(values.length)];
    }
}
