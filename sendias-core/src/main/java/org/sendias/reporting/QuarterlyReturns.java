package org.sendias.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.casework.Case;
import org.sendias.casework.Contact;
import org.sendias.casework.Domain;
import org.sendias.casework.OutcomeKind;
import org.sendias.casework.RecordedOutcome;
import org.sendias.deadline.Deadline;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.deadline.DeadlineStatus;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ProcessHistory;
import org.sendias.deadline.ProcessType;
import org.sendias.deadline.Rule;
import org.sendias.deadline.Timeline;
import org.sendias.equality.AccessibleFormat;
import org.sendias.equality.DisabilityStatus;
import org.sendias.equality.EqualityMonitoring;
import org.sendias.equality.EthnicGroup;
import org.sendias.equality.Gender;
import org.sendias.equality.Language;
import org.sendias.equality.ReportableAnswers;
import org.sendias.internal.Validation;
import org.sendias.party.Party;
import org.sendias.party.PartyId;

/**
 * Computes the commissioner's return (commissioning specification, section 12) from a service's cases.
 *
 * <p>Days are taken in {@link Case#ZONE}. The period's first and last days are both in it. The figures:
 * <ul>
 *   <li><b>A case open in the period</b> is one whose status was OPEN, PAUSED or REOPENED on at least one day of the
 *       period (a case opened or closed on a day counts as open that day). A held referral is not yet using the
 *       service.</li>
 *   <li><b>People using the service</b>: the child or young person and every parent and carer party of each case
 *       open in the period, each party id once. Professionals and organisations are not counted. Their ethnicity
 *       (by ONS group), gender, disability and first language are counted only when
 *       {@link EqualityMonitoring#forReporting()} releases them (the person consented to their use in reports);
 *       otherwise, and for "prefer not to say" or no answer, the person counts as not stated. A person in several
 *       cases open in the period counts under a category when the answers released in those cases agree on it
 *       (cases without an answer are passed over), and as not stated when they disagree: the figure does not
 *       depend on the order of the cases. So each breakdown adds up to the number of people.</li>
 *   <li><b>Cases by domain</b>: the cases open in the period under each of their domains.</li>
 *   <li><b>Referrals</b>: cases whose referral arrived ({@code Arrival.receivedOn}) in the period, held referrals
 *       included, by domain and by source.</li>
 *   <li><b>Service levels</b>: for each case, the deadline engine computes {@link Rule#SERVICE_ACKNOWLEDGEMENT} and
 *       {@link Rule#SERVICE_FIRST_APPOINTMENT} from the case's key dates under the contract's working days, as of
 *       the period's last day. A referral counts when its target date falls in the period: met on time, met late
 *       (by the end of the period), or not met by the end of the period; a target released by an exception is
 *       counted apart. A referral arriving late in one quarter may so count in the next.</li>
 *   <li><b>Appeals lodged</b>: {@link EventType#APPEAL_REGISTERED} events of tracked {@link ProcessType#APPEAL}
 *       processes dated in the period, where the case was open at some time in the
 *       {@link ContractTerms#involvementMonths()} up to and including that day.</li>
 *   <li><b>Tribunal alternatives found</b>: cases with at least one
 *       {@link OutcomeKind#TRIBUNAL_WANTED_ALTERNATIVE_FOUND} outcome dated in the period.</li>
 *   <li><b>Exclusions reported</b>: {@link OutcomeKind#EXCLUSION_REPORTED} outcomes dated in the period where the
 *       case was open at some time in the involvement months up to and including that day.</li>
 *   <li><b>Transitions</b>: {@link OutcomeKind#TRANSITION_REPORTED_SUCCESSFUL} and
 *       {@link OutcomeKind#TRANSITION_REPORTED_UNSUCCESSFUL} outcomes dated in the period and at least
 *       {@link ContractTerms#transitionFollowUpMonths()} after the referral arrived; the successful ones apart.</li>
 *   <li><b>Complaints and commendations</b>: outcomes of those kinds dated in the period, also per hundred people
 *       using the service.</li>
 *   <li><b>Language needs and interpreters</b>: people whose consented first language is not English; contacts
 *       (not attempts) in the period with an interpreter, the cases having any, and the interpreters' languages;
 *       contacts by accessible format.</li>
 * </ul>
 * A case that neither was open in the period, nor had a referral, target date, appeal, outcome or contact dated in
 * it, counts nowhere.
 */
public final class QuarterlyReturns {
    private QuarterlyReturns() {
    }

    /**
     * @param tenant the service
     * @param cases the service's cases (any status, anonymised ones included); a case of another service is refused
     * @param period the period
     * @param terms the contract terms
     * @param engine the deadline engine, with the calendar the contract counts working days in
     * @return the figures
     * @throws InvalidInputException if a case belongs to another service
     */
    public static QuarterlyReturn compute(TenantId tenant, Collection<Case> cases, ReportingPeriod period,
            ContractTerms terms, DeadlineEngine engine) {
        Validation.required(tenant, "tenant");
        Validation.required(cases, "cases");
        Validation.required(period, "period");
        Validation.required(terms, "terms");
        Validation.required(engine, "engine");
        for (Case c : cases) {
            Validation.required(c, "cases");
            if (!c.tenant().equals(tenant)) {
                throw new InvalidInputException("cases", "case " + c.id() + " belongs to another service");
            }
        }

        Map<PartyId, List<Optional<ReportableAnswers>>> people = new HashMap<>();
        long casesOpen = 0;
        Map<Domain, Long> casesByDomain = zeros(Domain.class);
        long referrals = 0;
        Map<Domain, Long> referralsByDomain = zeros(Domain.class);
        Map<ReferralSource, Long> bySource = zeros(ReferralSource.class);
        long[] ack = new long[4];
        long[] first = new long[4];
        long appeals = 0;
        long tribunalAlternatives = 0;
        long exclusions = 0;
        long transitionReports = 0;
        long transitionsSuccessful = 0;
        long complaints = 0;
        long commendations = 0;
        long interpreterContacts = 0;
        long interpreterCases = 0;
        Map<Language, Long> interpreterLanguages = new TreeMap<>(java.util.Comparator.comparing(Language::code));
        Map<AccessibleFormat, Long> formats = zeros(AccessibleFormat.class);

        for (Case c : cases) {
            List<Interval> active = activeIntervals(c);
            if (openDuring(active, period.start(), period.end())) {
                casesOpen++;
                c.domains().forEach(d -> casesByDomain.merge(d, 1L, Long::sum));
                for (Party p : c.parties()) {
                    if (p.role().usesTheService()) {
                        people.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(Optional.ofNullable(
                            c.equalityMonitoring().get(p.id())).flatMap(EqualityMonitoring::forReporting));
                    }
                }
            }
            if (period.contains(c.arrival().receivedOn())) {
                referrals++;
                c.domains().forEach(d -> referralsByDomain.merge(d, 1L, Long::sum));
                bySource.merge(ReferralSource.of(c.arrival()), 1L, Long::sum);
            }
            ProcessHistory serviceLevel = c.serviceLevelHistory().withServiceTargets(terms.acknowledgementWorkingDays(),
                terms.firstAppointmentWorkingDays());
            Timeline timeline = engine.compute(serviceLevel, period.end());
            classify(timeline.deadline(Rule.SERVICE_ACKNOWLEDGEMENT).orElseThrow(), period, ack);
            classify(timeline.deadline(Rule.SERVICE_FIRST_APPOINTMENT).orElseThrow(), period, first);

            for (ProcessHistory h : c.processes().values()) {
                if (h.process() != ProcessType.APPEAL) {
                    continue;
                }
                Optional<LocalDate> lodged = h.event(EventType.APPEAL_REGISTERED);
                if (lodged.isPresent() && period.contains(lodged.get())
                        && involvedBefore(active, lodged.get(), terms.involvementMonths())) {
                    appeals++;
                }
            }
            boolean alternative = false;
            for (RecordedOutcome o : c.outcomes()) {
                if (!period.contains(o.on())) {
                    continue;
                }
                switch (o.kind()) {
                    case TRIBUNAL_WANTED_ALTERNATIVE_FOUND -> alternative = true;
                    case EXCLUSION_REPORTED -> {
                        if (involvedBefore(active, o.on(), terms.involvementMonths())) {
                            exclusions++;
                        }
                    }
                    case TRANSITION_REPORTED_SUCCESSFUL, TRANSITION_REPORTED_UNSUCCESSFUL -> {
                        if (!o.on().isBefore(c.arrival().receivedOn().plusMonths(terms.transitionFollowUpMonths()))) {
                            transitionReports++;
                            if (o.kind() == OutcomeKind.TRANSITION_REPORTED_SUCCESSFUL) {
                                transitionsSuccessful++;
                            }
                        }
                    }
                    case COMPLAINT -> complaints++;
                    case COMMENDATION -> commendations++;
                }
            }
            if (alternative) {
                tribunalAlternatives++;
            }
            boolean interpreterUsed = false;
            for (Contact contact : c.contacts()) {
                if (contact.attempt() || !period.contains(LocalDate.ofInstant(contact.occurredAt(), Case.ZONE))) {
                    continue;
                }
                if (contact.interpreter().isPresent()) {
                    interpreterUsed = true;
                    interpreterContacts++;
                    interpreterLanguages.merge(contact.interpreter().get(), 1L, Long::sum);
                }
                contact.formats().forEach(f -> formats.merge(f, 1L, Long::sum));
            }
            if (interpreterUsed) {
                interpreterCases++;
            }
        }

        Collection<List<Optional<ReportableAnswers>>> answers = people.values();
        return new QuarterlyReturn(tenant, period, terms, people.size(),
            breakdown(answers, EthnicGroup.class, a -> a.ethnicity().map(e -> e.group())
                .filter(g -> g != EthnicGroup.PREFER_NOT_TO_SAY)),
            breakdown(answers, Gender.class, a -> a.gender().filter(g -> g != Gender.PREFER_NOT_TO_SAY)),
            breakdown(answers, DisabilityStatus.class, a -> a.disability()
                .filter(d -> d != DisabilityStatus.PREFER_NOT_TO_SAY)),
            languages(answers), casesOpen, casesByDomain, referrals, referralsByDomain,
            new CategoryCounts<>(bySource, 0),
            figure(Rule.SERVICE_ACKNOWLEDGEMENT, terms.acknowledgementWorkingDays(), ack),
            figure(Rule.SERVICE_FIRST_APPOINTMENT, terms.firstAppointmentWorkingDays(), first),
            appeals, tribunalAlternatives, exclusions, transitionReports, transitionsSuccessful, complaints,
            commendations, interpreterContacts, interpreterCases, new CategoryCounts<>(interpreterLanguages, 0),
            formats);
    }

    // ---- service levels

    private static final int ON_TIME = 0;
    private static final int LATE = 1;
    private static final int NOT_MET = 2;
    private static final int DISAPPLIED = 3;

    private static void classify(Deadline d, ReportingPeriod period, long[] tally) {
        Optional<LocalDate> due = d.wouldHaveBeenDue();
        if (due.isEmpty() || !period.contains(due.get())) {
            return;
        }
        if (d.status() == DeadlineStatus.DISAPPLIED) {
            tally[DISAPPLIED]++;
        } else if (d.status() == DeadlineStatus.MET) {
            tally[d.late() ? LATE : ON_TIME]++;
        } else {
            tally[NOT_MET]++;
        }
    }

    private static ServiceLevelFigure figure(Rule rule, int workingDays, long[] tally) {
        return new ServiceLevelFigure(rule, workingDays, tally[ON_TIME], tally[LATE], tally[NOT_MET],
            tally[DISAPPLIED]);
    }

    // ---- when a case was open

    /** Days from {@code from} to {@code to}, both included; {@code to} null while the status still holds. */
    private record Interval(LocalDate from, LocalDate to) {
    }

    /** The runs of days on which the case was open, paused or reopened, from its status history. */
    private static List<Interval> activeIntervals(Case c) {
        List<Interval> out = new ArrayList<>();
        LocalDate since = LocalDate.ofInstant(c.openedAt(), Case.ZONE);
        boolean active = c.arrival().startsHeld() ? false : true;
        for (Case.StatusChange change : c.statusHistory()) {
            LocalDate on = LocalDate.ofInstant(change.at(), Case.ZONE);
            boolean next = change.to().isActive();
            if (active && !next) {
                out.add(new Interval(since, on));
            } else if (!active && next) {
                since = on;
            }
            active = next;
        }
        if (active) {
            out.add(new Interval(since, null));
        }
        return out;
    }

    private static boolean openDuring(List<Interval> active, LocalDate from, LocalDate to) {
        for (Interval i : active) {
            if (!i.from().isAfter(to) && (i.to() == null || !i.to().isBefore(from))) {
                return true;
            }
        }
        return false;
    }

    private static boolean involvedBefore(List<Interval> active, LocalDate day, int months) {
        return openDuring(active, day.minusMonths(months), day);
    }

    // ---- breakdowns

    private static <K extends Enum<K>> Map<K, Long> zeros(Class<K> type) {
        Map<K, Long> map = new EnumMap<>(type);
        for (K k : type.getEnumConstants()) {
            map.put(k, 0L);
        }
        return map;
    }

    private static <K extends Enum<K>> CategoryCounts<K> breakdown(
            Collection<List<Optional<ReportableAnswers>>> answers, Class<K> type,
            Function<ReportableAnswers, Optional<K>> category) {
        Map<K, Long> counts = new LinkedHashMap<>();
        for (K k : type.getEnumConstants()) {
            if (!k.name().equals("PREFER_NOT_TO_SAY")) {
                counts.put(k, 0L);
            }
        }
        return tally(answers, category, counts);
    }

    private static CategoryCounts<Language> languages(Collection<List<Optional<ReportableAnswers>>> answers) {
        return tally(answers, a -> a.firstLanguage().filter(x -> !x.isPreferNotToSay()),
            new TreeMap<>(java.util.Comparator.comparing(Language::code)));
    }

    /**
     * Counts each person once under the one category their answers in their cases give; a person whose cases give
     * none, or disagree, counts as not stated.
     */
    private static <K> CategoryCounts<K> tally(Collection<List<Optional<ReportableAnswers>>> answers,
            Function<ReportableAnswers, Optional<K>> category, Map<K, Long> counts) {
        long notStated = 0;
        for (List<Optional<ReportableAnswers>> person : answers) {
            Optional<K> k = agreed(person, category);
            if (k.isPresent()) {
                counts.merge(k.get(), 1L, Long::sum);
            } else {
                notStated++;
            }
        }
        return new CategoryCounts<>(counts, notStated);
    }

    /** @return the one category the answers given agree on; empty when none is given or they disagree */
    private static <K> Optional<K> agreed(List<Optional<ReportableAnswers>> person,
            Function<ReportableAnswers, Optional<K>> category) {
        K found = null;
        for (Optional<ReportableAnswers> a : person) {
            Optional<K> k = a.flatMap(category);
            if (k.isEmpty()) {
                continue;
            }
            if (found != null && !found.equals(k.get())) {
                return Optional.empty();
            }
            found = k.get();
        }
        return Optional.ofNullable(found);
    }
}
