package org.sendias.testkit.generators;

import static org.sendias.testkit.generators.Gen.weighted;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sendias.party.OrganisationIdentifier;
import org.sendias.party.OrganisationIdentifier.Scheme;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;
import org.sendias.party.PartyId;
import org.sendias.party.PartyRole;

/**
 * Generators of the people and organisations in a case.
 *
 * <p>Ids come from {@link Ids#partyIds()} (reproducible, unlike {@link PartyId#random()}); names from
 * {@link Texts#personNames()} and {@link Texts#organisationNames()}, so they favour accents, apostrophes, hyphens,
 * Mc and Mac, transliterations, right-to-left scripts, emoji, hostile text and names of exactly
 * {@link Party#MAX_NAME_LENGTH} characters.
 */
public final class Parties {

    private Parties() {
    }

    /**
     * Children and young people aged 0 to 25 on a date drawn from {@link Dates#dates()}.
     *
     * @return the generator
     */
    public static Gen<Party> children() {
        return Dates.dates().flatMap(Parties::children);
    }

    /**
     * Children and young people aged 0 to 25 on {@code asOf}, with dates of birth from
     * {@link Dates#childDateOfBirth(LocalDate)}: favouring a birth on {@code asOf}, 29 February, the youngest and
     * oldest of a school year, and the young people for whom the right to consent passes from their parent in
     * {@code asOf}'s year.
     *
     * @param asOf the day their age is taken on
     * @return the generator
     */
    public static Gen<Party> children(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Gen<LocalDate> births = Dates.childDateOfBirth(asOf);
        return r -> new Party(Ids.partyIds().next(r), PartyRole.CHILD_OR_YOUNG_PERSON, Texts.personNames().next(r),
            Optional.of(births.next(r)), Optional.empty(), Optional.empty());
    }

    /** @return parents (people with parental responsibility) */
    public static Gen<Party> parents() {
        return person(PartyRole.PARENT);
    }

    /** @return carers without parental responsibility */
    public static Gen<Party> carers() {
        return person(PartyRole.CARER);
    }

    /**
     * Professionals (a SENCO, a caseworker at the local authority, a health visitor); about half give the kind of
     * organisation they work for.
     *
     * @return the generator
     */
    public static Gen<Party> professionals() {
        Gen<Optional<OrganisationKind>> employer = Gen.enumValues(OrganisationKind.class).optional();
        return r -> new Party(Ids.partyIds().next(r), PartyRole.PROFESSIONAL, Texts.personNames().next(r),
            Optional.empty(), employer.next(r), Optional.empty());
    }

    /**
     * Organisations of every kind, most with the public identifier their kind has (see
     * {@link #identifiers(OrganisationKind)}).
     *
     * @return the generator
     */
    public static Gen<Party> organisations() {
        return Gen.enumValues(OrganisationKind.class).flatMap(Parties::organisations);
    }

    /**
     * @param kind the kind of organisation
     * @return organisations of that kind, with an identifier from {@link #identifiers(OrganisationKind)} about two
     *     times in three
     */
    public static Gen<Party> organisations(OrganisationKind kind) {
        Objects.requireNonNull(kind, "kind");
        Gen<Optional<OrganisationIdentifier>> identifier = identifiers(kind).optional();
        return r -> new Party(Ids.partyIds().next(r), PartyRole.ORGANISATION, Texts.organisationNames().next(r),
            Optional.empty(), Optional.of(kind), identifier.next(r));
    }

    /**
     * Everyone but the child: parents (most often), carers, professionals and organisations.
     *
     * @return the generator
     */
    public static Gen<Party> others() {
        return Gen.<Party>frequency(weighted(4, parents()), weighted(1, carers()), weighted(2, professionals()),
            weighted(2, organisations()));
    }

    /**
     * The identifier an organisation of a kind has: a URN for a school or early-years setting, a UKPRN (or a URN)
     * for a college, a three-digit code for a local authority, an ODS code for a health body, a charity number for a
     * charity, and any scheme for any other organisation.
     *
     * @param kind the kind of organisation
     * @return the generator
     */
    public static Gen<OrganisationIdentifier> identifiers(OrganisationKind kind) {
        Objects.requireNonNull(kind, "kind");
        return switch (kind) {
            case SCHOOL, EARLY_YEARS_SETTING -> identifiers(Scheme.URN);
            case COLLEGE -> Gen.oneOf(identifiers(Scheme.UKPRN), identifiers(Scheme.URN));
            case LOCAL_AUTHORITY -> identifiers(Scheme.LA_CODE);
            case HEALTH_BODY -> identifiers(Scheme.ODS);
            case CHARITY -> identifiers(Scheme.CHARITY_NUMBER);
            case OTHER -> identifiers();
        };
    }

    /** @return identifiers of every scheme */
    public static Gen<OrganisationIdentifier> identifiers() {
        return Gen.enumValues(Scheme.class).flatMap(Parties::identifiers);
    }

    /**
     * Identifiers of one scheme, in its exact form. Favours the smallest and largest values (URN {@code 000000} and
     * {@code 999999}, UKPRN {@code 10000000} and {@code 19999999}), leading zeros, and ODS codes of three and five
     * characters, all letters or all digits.
     *
     * @param scheme the scheme
     * @return the generator
     */
    public static Gen<OrganisationIdentifier> identifiers(Scheme scheme) {
        Objects.requireNonNull(scheme, "scheme");
        Gen<String> values = switch (scheme) {
            case URN -> Gen.<String>frequency(weighted(8, digits(6)), weighted(1, Gen.elements("000000", "999999",
                "100000", "000001")));
            case UKPRN -> Gen.<String>frequency(weighted(8, digits(7).map(d -> "1" + d)),
                weighted(1, Gen.elements("10000000", "19999999")));
            case LA_CODE -> Gen.<String>frequency(weighted(8, digits(3)),
                weighted(1, Gen.elements("000", "202", "999")));
            case ODS -> Gen.<String>frequency(weighted(8, r -> odsCode(r, r.nextInt(3, 6))),
                weighted(1, Gen.elements("RAP", "08H", "000", "ZZZZZ", "RP401", "12345")));
            case CHARITY_NUMBER -> Gen.<String>frequency(weighted(4, digits(6)), weighted(4, digits(7)),
                weighted(1, Gen.elements("000000", "9999999")));
        };
        return values.map(v -> new OrganisationIdentifier(scheme, v));
    }

    private static Gen<Party> person(PartyRole role) {
        return r -> new Party(Ids.partyIds().next(r), role, Texts.personNames().next(r), Optional.empty(),
            Optional.empty(), Optional.empty());
    }

    private static Gen<String> digits(int count) {
        return r -> {
            StringBuilder b = new StringBuilder(count);
            for (int i = 0; i < count; i++) {
                b.append((char) ('0' + r.nextInt(10)));
            }
            return b.toString();
        };
    }

    private static String odsCode(java.util.random.RandomGenerator r, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
