package org.sendias.subjectaccess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sendias.CaseId;
import org.sendias.InvalidInputException;
import org.sendias.casework.Case;
import org.sendias.conflicts.matching.MatchEvidence;
import org.sendias.conflicts.matching.NameMatcher;
import org.sendias.conflicts.matching.PersonName;
import org.sendias.internal.Validation;
import org.sendias.party.Party;
import org.sendias.party.PartyId;
import org.sendias.spi.UnitOfWork;

/**
 * Who a subject access request is about: party ids, a name and date of birth, or both. A party matches when its id is
 * one of the ids, or when its name matches the name (and, where both are known, its date of birth is the one given).
 *
 * <h2>Names</h2>
 * Names are compared with the project's name matching, {@link NameMatcher#standard()}: case, accents, punctuation,
 * titles and word order do not count ("Zoë O'Brien" finds "Zoe OBrien" and "O'BRIEN Zoe"), and the usual short forms
 * of given names, common transliterations, hyphenated and maiden names and likely typing slips match too, with the
 * reasons said. Only people are compared by name, never organisations. When the query gives a date of birth, a party
 * whose recorded date of birth differs is not matched, however alike the names; a party with no date of birth held
 * (parents and professionals usually have none) is matched on the name alone, as {@link SubjectMatch.Basis#NAME_ONLY}.
 * A name the matcher cannot read as a person's name (no letters) is not matched by name.
 *
 * <p>Fuzzy matching finds people written differently, and so it can also find someone else: every match carries its
 * basis and reasons, for a data protection officer to confirm before anything is released.
 *
 * <p>Immutable. {@link #toString()} shows counts only: the name and date of birth are personal data.
 */
public final class SubjectQuery {

    private final Set<PartyId> partyIds;
    private final Optional<PersonName> name;
    private final Optional<LocalDate> dateOfBirth;

    private SubjectQuery(Set<PartyId> partyIds, Optional<PersonName> name, Optional<LocalDate> dateOfBirth) {
        this.partyIds = Collections.unmodifiableSet(new LinkedHashSet<>(partyIds));
        this.name = name;
        this.dateOfBirth = dateOfBirth;
    }

    /**
     * @param partyIds the person's party ids, one or more (a person has a different party id in each case)
     * @return a query for those parties
     * @throws InvalidInputException if there are none, or one is missing (field {@code partyIds})
     */
    public static SubjectQuery byPartyIds(Collection<PartyId> partyIds) {
        return new SubjectQuery(ids(partyIds), Optional.empty(), Optional.empty());
    }

    /**
     * @param first a party id of the person
     * @param more further party ids of the person
     * @return a query for those parties
     */
    public static SubjectQuery byPartyIds(PartyId first, PartyId... more) {
        List<PartyId> all = new ArrayList<>();
        all.add(first);
        if (more != null) {
            all.addAll(java.util.Arrays.asList(more));
        }
        return byPartyIds(all);
    }

    /**
     * @param name the person's name as they gave it
     * @param dateOfBirth their date of birth
     * @return a query by name and date of birth
     * @throws InvalidInputException if the name cannot be read as a person's name (field {@code name}) or the date
     *     of birth is missing (field {@code dateOfBirth})
     */
    public static SubjectQuery byName(String name, LocalDate dateOfBirth) {
        Validation.required(dateOfBirth, "dateOfBirth");
        return new SubjectQuery(Set.of(), Optional.of(PersonName.parse(name)), Optional.of(dateOfBirth));
    }

    /**
     * A query by name alone: every match it makes is {@link SubjectMatch.Basis#NAME_ONLY}. Prefer
     * {@link #byName(String, LocalDate)} when the date of birth is known.
     *
     * @param name the person's name as they gave it
     * @return a query by name
     * @throws InvalidInputException if the name cannot be read as a person's name (field {@code name})
     */
    public static SubjectQuery byName(String name) {
        return new SubjectQuery(Set.of(), Optional.of(PersonName.parse(name)), Optional.empty());
    }

    /**
     * @param more party ids to match as well
     * @return this query, also matching those parties
     * @throws InvalidInputException if there are none, or one is missing (field {@code partyIds})
     */
    public SubjectQuery withPartyIds(Collection<PartyId> more) {
        Set<PartyId> all = new LinkedHashSet<>(partyIds);
        all.addAll(ids(more));
        return new SubjectQuery(all, name, dateOfBirth);
    }

    private static Set<PartyId> ids(Collection<PartyId> partyIds) {
        Validation.required(partyIds, "partyIds");
        if (partyIds.isEmpty()) {
            throw new InvalidInputException("partyIds", "at least one party id is required");
        }
        Set<PartyId> set = new LinkedHashSet<>();
        for (PartyId id : partyIds) {
            set.add(Validation.required(id, "partyIds"));
        }
        return set;
    }

    /** @return the party ids to match, in the order given; possibly none */
    public Set<PartyId> partyIds() {
        return partyIds;
    }

    /** @return the name to match, if the query has one */
    public Optional<PersonName> name() {
        return name;
    }

    /** @return the date of birth to match with the name, if the query has one */
    public Optional<LocalDate> dateOfBirth() {
        return dateOfBirth;
    }

    /**
     * Finds the person in every case of the unit of work's tenant. This <em>loads every case</em> of the tenant
     * ({@link UnitOfWork#caseIds()}, then {@link UnitOfWork#findCase} for each), since names are not indexed: run it
     * as the rare, deliberate request it is, not on every screen. Other tenants' cases are never seen.
     *
     * @param uow the unit of work
     * @return the matches, by case (the order {@link SubjectAccess} writes cases in) and then in the case's party
     *     order
     */
    public List<SubjectMatch> find(UnitOfWork uow) {
        List<SubjectMatch> all = new ArrayList<>();
        for (Case c : SubjectAccess.load(Validation.required(uow, "uow"))) {
            all.addAll(matchesIn(c));
        }
        return List.copyOf(all);
    }

    /**
     * @param c a case
     * @return the parties of the case that match, in the case's party order; empty when none does
     */
    public List<SubjectMatch> matchesIn(Case c) {
        Validation.required(c, "case");
        List<SubjectMatch> found = new ArrayList<>();
        for (Party p : c.parties()) {
            match(c.id(), p).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    private Optional<SubjectMatch> match(CaseId caseId, Party p) {
        boolean byId = partyIds.contains(p.id());
        Optional<MatchEvidence> evidence = Optional.empty();
        SubjectMatch.Basis basis = null;
        List<String> reasons = new ArrayList<>();
        if (byId) {
            basis = SubjectMatch.Basis.PARTY_ID;
            reasons.add("party id " + p.id() + " was given in the request");
        }
        if (name.isPresent() && p.role().isPerson()) {
            Optional<MatchEvidence> found = nameMatch(p);
            if (found.isPresent()) {
                Optional<LocalDate> held = p.dateOfBirth();
                if (dateOfBirth.isPresent() && held.isPresent() && !held.get().equals(dateOfBirth.get())) {
                    found = Optional.empty();
                } else {
                    evidence = found;
                    reasons.addAll(found.get().reasons());
                    if (dateOfBirth.isEmpty()) {
                        reasons.add("no date of birth was given in the request: matched on the name alone");
                    } else if (held.isEmpty()) {
                        reasons.add("no date of birth is held for this " + Labels.role(p.role())
                            + ": matched on the name alone");
                    } else {
                        reasons.add("same date of birth " + held.get());
                    }
                    if (basis == null) {
                        basis = dateOfBirth.isPresent() && held.isPresent() ? SubjectMatch.Basis.NAME_AND_DATE_OF_BIRTH
                            : SubjectMatch.Basis.NAME_ONLY;
                    }
                }
            }
        }
        if (basis == null) {
            return Optional.empty();
        }
        return Optional.of(new SubjectMatch(caseId, p.id(), p.role(), basis, evidence, reasons));
    }

    private Optional<MatchEvidence> nameMatch(Party p) {
        PersonName held;
        try {
            held = PersonName.parse(p.name());
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
        return NameMatcher.standard().matchPeople(name.get(), held);
    }

    /** @return the number of party ids and whether a name and date of birth are given; never the name */
    @Override
    public String toString() {
        return "SubjectQuery[" + partyIds.size() + " party id(s), name " + (name.isPresent() ? "given" : "not given")
            + ", date of birth " + (dateOfBirth.isPresent() ? "given" : "not given") + "]";
    }
}
