package org.sendias.conflicts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendias.InvalidInputException;
import org.sendias.UserId;
import org.sendias.casework.Case;
import org.sendias.casework.CaseStatus;
import org.sendias.conflicts.ConflictMatch.Source;
import org.sendias.conflicts.matching.MatchEvidence;
import org.sendias.conflicts.matching.MatchRule;
import org.sendias.conflicts.matching.NameMatcher;
import org.sendias.conflicts.matching.OrganisationName;
import org.sendias.conflicts.matching.PersonName;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;

/**
 * Checks an adviser against a case's parties: the adviser's declared people and organisations, the givers of
 * accepted gifts at or above the register's threshold, the other side of a family dispute the service already
 * supports, and the host organisation's other services.
 *
 * <p>How serious a match is:
 * <ul>
 *   <li>{@link ConflictOutcome#CONFLICT}: a declared spouse or partner, former partner, parent, child or sibling matched
 *       with a score of at least {@value #CONFLICT_SCORE}; an organisation where the adviser is an employee, governor
 *       or trustee, or where a relative works, matched by identifier or with a score of at least
 *       {@value #CONFLICT_SCORE}; the other side of a family dispute when the same adviser supports that side;</li>
 *   <li>{@link ConflictOutcome#POTENTIAL}: every other match (weaker matches of the above, other relationships and
 *       roles, former employers within the register's period, gift givers, a family dispute, the host's services).</li>
 * </ul>
 * A potential conflict needs a manager's recorded decision before allocation ({@link Allocator}); a conflict refuses
 * it. Matching is by {@link NameMatcher}: every match carries its fields, score and rule.
 */
public final class ConflictCheck {
    /** The score at or above which a close relationship or a strong organisational role is a conflict. */
    public static final double CONFLICT_SCORE = 0.9;

    private static final Set<Relationship> CLOSE = EnumSet.of(Relationship.SPOUSE_OR_PARTNER,
        Relationship.FORMER_PARTNER, Relationship.PARENT, Relationship.CHILD, Relationship.SIBLING);
    private static final Set<OrganisationRole> STRONG = EnumSet.of(OrganisationRole.EMPLOYEE,
        OrganisationRole.GOVERNOR, OrganisationRole.TRUSTEE, OrganisationRole.RELATIVE_WORKS_THERE);

    private final NameMatcher matcher;

    private ConflictCheck(NameMatcher matcher) {
        this.matcher = matcher;
    }

    /** @return a check with the standard name matcher */
    public static ConflictCheck standard() {
        return new ConflictCheck(NameMatcher.standard());
    }

    /**
     * @param matcher the name matcher to use
     * @return a check using it
     */
    public static ConflictCheck with(NameMatcher matcher) {
        return new ConflictCheck(Objects.requireNonNull(matcher, "matcher"));
    }

    /** @return the name matcher */
    public NameMatcher matcher() {
        return matcher;
    }

    /**
     * Checks an adviser against parties, given the adviser's declarations and gifts directly.
     *
     * @param adviser the adviser
     * @param parties the parties to check
     * @param declarations the adviser's declarations in force on {@code on}
     * @param gifts the adviser's accepted gifts at or above the threshold, within the register's period
     * @param host the host organisation, if the service has one with other services
     * @param on the day the check applies to
     * @return the report
     */
    public ConflictReport check(UserId adviser, List<CheckedParty> parties, List<Declaration> declarations,
            List<Gift> gifts, Optional<HostOrganisation> host, LocalDate on) {
        if (adviser == null) {
            throw new InvalidInputException("adviser", "is required");
        }
        if (parties == null) {
            throw new InvalidInputException("parties", "is required");
        }
        if (on == null) {
            throw new InvalidInputException("on", "is required");
        }
        Interests interests = Interests.of(declarations, gifts);
        List<ConflictMatch> found = new ArrayList<>();
        for (CheckedParty party : parties) {
            if (party.isOrganisation()) {
                OrganisationName org = OrganisationName.parse(party.name(), party.identifier());
                organisationMatches(party, org, interests, host, found);
            } else {
                personMatches(party, PersonName.parse(party.name()), interests, found);
            }
        }
        return report(adviser, on, found);
    }

    /**
     * Checks an adviser against a case, reading the adviser's declarations and gifts from the registers and the
     * service's other cases for family disputes.
     *
     * @param aCase the case
     * @param adviser the adviser
     * @param context the registers, the service's cases and the host
     * @param on the day the check applies to
     * @return the report
     */
    public ConflictReport check(Case aCase, UserId adviser, ConflictContext context, LocalDate on) {
        Objects.requireNonNull(aCase, "case");
        Objects.requireNonNull(context, "context");
        List<CheckedParty> parties = aCase.parties().stream().map(CheckedParty::of).toList();
        ConflictReport direct = check(adviser, parties, context.declarations().activeFor(adviser, on),
            context.gifts().interestsFor(adviser, on), context.host(), on);
        List<ConflictMatch> all = new ArrayList<>(direct.matches());
        familyDisputes(aCase, adviser, context.cases(), all);
        return report(adviser, on, all);
    }

    /** The adviser's declarations and gift givers, each name parsed once per check. */
    private record Interests(List<Map.Entry<Declaration, PersonName>> people,
            List<Map.Entry<Declaration, OrganisationName>> organisations,
            List<Map.Entry<Gift, PersonName>> personGivers, List<Map.Entry<Gift, OrganisationName>> givers) {

        static Interests of(List<Declaration> declarations, List<Gift> gifts) {
            List<Map.Entry<Declaration, PersonName>> people = new ArrayList<>();
            List<Map.Entry<Declaration, OrganisationName>> organisations = new ArrayList<>();
            for (Declaration d : declarations == null ? List.<Declaration>of() : declarations) {
                if (d.subject() instanceof DeclaredPerson p) {
                    people.add(Map.entry(d, PersonName.parse(p.name())));
                } else if (d.subject() instanceof DeclaredOrganisation o) {
                    organisations.add(Map.entry(d, OrganisationName.parse(o.name(), o.identifier())));
                }
            }
            List<Map.Entry<Gift, PersonName>> personGivers = new ArrayList<>();
            List<Map.Entry<Gift, OrganisationName>> givers = new ArrayList<>();
            for (Gift g : gifts == null ? List.<Gift>of() : gifts) {
                if (g.fromIdentifier().isEmpty()) {
                    personGivers.add(Map.entry(g, PersonName.parse(g.from())));
                }
                givers.add(Map.entry(g, OrganisationName.parse(g.from(), g.fromIdentifier())));
            }
            return new Interests(people, organisations, personGivers, givers);
        }
    }

    private void personMatches(CheckedParty party, PersonName person, Interests interests, List<ConflictMatch> found) {
        for (Map.Entry<Declaration, PersonName> entry : interests.people()) {
            Declaration d = entry.getKey();
            if (d.subject() instanceof DeclaredPerson declared) {
                matcher.matchPeople(entry.getValue(), person).ifPresent(e -> {
                    boolean conflict = CLOSE.contains(declared.relationship()) && e.score() >= CONFLICT_SCORE;
                    found.add(new ConflictMatch(party, Source.DECLARED_PERSON, Optional.of(d), Optional.empty(),
                        Optional.empty(), conflict ? ConflictOutcome.CONFLICT : ConflictOutcome.POTENTIAL, e,
                        conflict ? "a declared " + words(declared.relationship()) + " matched closely"
                            : "a declared " + words(declared.relationship()) + " may be this party"));
                });
            }
        }
        for (Map.Entry<Gift, PersonName> giver : interests.personGivers()) {
            matcher.matchPeople(giver.getValue(), person).ifPresent(e -> found.add(giftMatch(party, giver.getKey(),
                e)));
        }
    }

    private void organisationMatches(CheckedParty party, OrganisationName org, Interests interests,
            Optional<HostOrganisation> host, List<ConflictMatch> found) {
        for (Map.Entry<Declaration, OrganisationName> entry : interests.organisations()) {
            Declaration d = entry.getKey();
            if (d.subject() instanceof DeclaredOrganisation declared) {
                matcher.matchOrganisations(entry.getValue(), org).ifPresent(e -> {
                    boolean conflict = STRONG.contains(declared.role())
                        && (e.rule() == MatchRule.IDENTIFIER || e.score() >= CONFLICT_SCORE);
                    found.add(new ConflictMatch(party, Source.DECLARED_ORGANISATION, Optional.of(d),
                        Optional.empty(), Optional.empty(),
                        conflict ? ConflictOutcome.CONFLICT : ConflictOutcome.POTENTIAL, e,
                        (conflict ? "the adviser is " : "the adviser declared a role as ")
                            + words(declared.role()) + " at this organisation"));
                });
            }
        }
        for (Map.Entry<Gift, OrganisationName> giver : interests.givers()) {
            matcher.matchOrganisations(giver.getValue(), org).ifPresent(e -> found.add(giftMatch(party,
                giver.getKey(), e)));
        }
        host.ifPresent(h -> {
            for (OrganisationName service : h.services()) {
                matcher.matchOrganisations(service, org).ifPresent(e -> found.add(new ConflictMatch(party,
                    Source.HOST_SERVICE, Optional.empty(), Optional.empty(), Optional.empty(),
                    ConflictOutcome.POTENTIAL, e, "this organisation is one of the host organisation's other services: "
                        + "the advice must stay at arm's length from the host")));
            }
        });
    }

    private static ConflictMatch giftMatch(CheckedParty party, Gift g, MatchEvidence e) {
        return new ConflictMatch(party, Source.GIFT, Optional.empty(), Optional.of(g), Optional.empty(),
            ConflictOutcome.POTENTIAL, e, "the adviser accepted a gift or hospitality at or above the register's "
                + "threshold from this giver");
    }

    /**
     * The other side of a family dispute: another active case of the service about a child with the same date of
     * birth and a matching name, where the parents supported are not this case's parents.
     */
    private void familyDisputes(Case aCase, UserId adviser, Collection<Case> cases, List<ConflictMatch> found) {
        Party child = aCase.child();
        PersonName childName = PersonName.parse(child.name());
        List<Party> ourParents = parents(aCase);
        for (Case other : cases) {
            if (other.id().equals(aCase.id()) || !other.tenant().equals(aCase.tenant())
                    || !other.status().isActive() && other.status() != CaseStatus.HELD) {
                continue;
            }
            Party otherChild = other.child();
            if (!otherChild.dateOfBirth().equals(child.dateOfBirth())) {
                continue;
            }
            Optional<MatchEvidence> sameChild = matcher.matchPeople(childName, PersonName.parse(otherChild.name()));
            if (sameChild.isEmpty()) {
                continue;
            }
            List<Party> theirParents = parents(other);
            boolean otherSide = !theirParents.isEmpty() && !ourParents.isEmpty() && theirParents.stream()
                .noneMatch(t -> ourParents.stream().anyMatch(o -> matcher.matchPeople(o.name(), t.name())
                    .isPresent()));
            if (!otherSide) {
                continue;
            }
            boolean sameAdviser = other.adviser().map(adviser::equals).orElse(false);
            for (Party parent : ourParents) {
                found.add(new ConflictMatch(CheckedParty.of(parent), Source.FAMILY_DISPUTE, Optional.empty(),
                    Optional.empty(), Optional.of(other.id()),
                    sameAdviser ? ConflictOutcome.CONFLICT : ConflictOutcome.POTENTIAL, sameChild.get(),
                    sameAdviser ? "the adviser already supports another parent of this child: the service must not "
                        + "take sides in a family dispute"
                        : "the service already supports another parent of this child: check for a family dispute"));
            }
        }
    }

    private static List<Party> parents(Case c) {
        return c.parties().stream().filter(p -> p.role() == PartyRole.PARENT || p.role() == PartyRole.CARER)
            .toList();
    }

    private static ConflictReport report(UserId adviser, LocalDate on, List<ConflictMatch> found) {
        List<ConflictMatch> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(ConflictMatch::severity).reversed()
            .thenComparing(m -> -m.evidence().score()));
        ConflictOutcome outcome = ConflictOutcome.CLEAR;
        for (ConflictMatch m : sorted) {
            outcome = outcome.worst(m.severity());
        }
        return new ConflictReport(adviser, on, outcome, sorted);
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
