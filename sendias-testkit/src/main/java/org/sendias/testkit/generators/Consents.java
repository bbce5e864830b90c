package org.sendias.testkit.generators;

import static org.sendias.testkit.generators.Gen.weighted;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendias.CaseId;
import org.sendias.UserId;
import org.sendias.consent.Article6Basis;
import org.sendias.consent.Article9Condition;
import org.sendias.consent.CapacityRecord;
import org.sendias.consent.ConsentMethod;
import org.sendias.consent.ConsentRecord;
import org.sendias.consent.ConsentScope;
import org.sendias.consent.DataCategory;
import org.sendias.consent.GiveConsent;
import org.sendias.consent.Purpose;
import org.sendias.consent.Recipient;
import org.sendias.consent.RecordDisclosure;
import org.sendias.consent.Schedule1Condition;
import org.sendias.consent.SharingRequest;
import org.sendias.party.OrganisationKind;
import org.sendias.party.PartyId;

/**
 * Generators of consent commands and their parts: recipients, scopes, consents given, sharing requests,
 * safeguarding disclosures and capacity records.
 *
 * <p>A consent is only accepted from the person entitled to give it on the day; these generators take the giver and
 * the day as arguments, and {@link Cases} chooses them from the case. Each generated command passes its own
 * constructor's checks and, given an entitled giver, the ledger's.
 */
public final class Consents {

    private Consents() {
    }

    /**
     * Versions of consent wording, 1 to {@value ConsentRecord#MAX_WORDING_VERSION_LENGTH} characters: mostly
     * {@code consent-form-v3} and the like, favouring one character, the maximum length and hostile text.
     *
     * @return the generator
     */
    public static Gen<String> wordingVersions() {
        int max = ConsentRecord.MAX_WORDING_VERSION_LENGTH;
        return Gen.<String>frequency(
            weighted(8, Gen.ints(1, 12).map(n -> "consent-form-v" + n)),
            weighted(2, Gen.elements("2026.1", "online-form/2025-09", "Consent (easy read) v2", "ffurflen-caniatâd-1")),
            weighted(1, Gen.elements("1", "v")),
            weighted(1, Texts.ofLength(max)),
            weighted(1, Texts.hostile(max)));
    }

    /**
     * Recipients of information: an organisation of any kind with a name from {@link Texts#organisationNames()},
     * its identifier about two times in three, and a role within it (SENCO, head teacher, a hostile or
     * maximum-length role) about two times in three.
     *
     * @return the generator
     */
    public static Gen<Recipient> recipients() {
        Gen<Optional<String>> roles = Gen.<String>frequency(
            weighted(6, Gen.elements("SENCO", "Head teacher", "SEN caseworker", "Designated safeguarding lead",
                "Educational psychologist", "Speech and language therapist", "Pennaeth")),
            weighted(1, Texts.ofLength(Recipient.MAX_ROLE_LENGTH)),
            weighted(1, Texts.hostile(Recipient.MAX_ROLE_LENGTH))).optional();
        return Gen.enumValues(OrganisationKind.class).flatMap(kind -> r -> new Recipient(kind,
            Texts.organisationNames().next(r), Parties.identifiers(kind).optional().next(r), roles.next(r)));
    }

    /**
     * Consent scopes: one or more purposes and categories of information, with a recipient exactly when a purpose
     * sends information out of the service. Favours scopes that stay within the service (accepting a referral,
     * equality reporting), a single purpose or category, every purpose and category, and special category data.
     *
     * @return the generator
     */
    public static Gen<ConsentScope> scopes() {
        Gen<Set<Purpose>> purposes = Gen.<Set<Purpose>>frequency(
            weighted(6, Gen.enumSetOf(Purpose.class, 1, 3)),
            weighted(1, Gen.elements(Set.of(Purpose.ACCEPT_REFERRAL), Set.of(Purpose.EQUALITY_REPORTING),
                EnumSet.of(Purpose.ACCEPT_REFERRAL, Purpose.EQUALITY_REPORTING))),
            weighted(1, Gen.constant(EnumSet.allOf(Purpose.class))));
        return r -> scope(purposes.next(r)).next(r);
    }

    /**
     * Scopes that include {@link Purpose#ACCEPT_REFERRAL}, the consent that releases a held third-party referral;
     * about half add other purposes (and so a recipient).
     *
     * @return the generator
     */
    public static Gen<ConsentScope> referralScopes() {
        return r -> {
            EnumSet<Purpose> purposes = EnumSet.of(Purpose.ACCEPT_REFERRAL);
            if (r.nextBoolean()) {
                purposes.addAll(Gen.enumSetOf(Purpose.class, 1, 3).next(r));
            }
            return scope(purposes).next(r);
        };
    }

    private static Gen<ConsentScope> scope(Set<Purpose> purposes) {
        boolean leaves = purposes.stream().anyMatch(p -> !p.staysWithinService());
        Gen<Set<DataCategory>> categories = Gen.<Set<DataCategory>>frequency(
            weighted(6, Gen.enumSetOf(DataCategory.class, 1, 4)),
            weighted(1, Gen.enumValues(DataCategory.class).map(Set::of)),
            weighted(1, Gen.constant(EnumSet.allOf(DataCategory.class))),
            weighted(1, Gen.constant(EnumSet.of(DataCategory.SEN_AND_DISABILITY, DataCategory.HEALTH))));
        return r -> new ConsentScope(purposes, leaves ? Optional.of(recipients().next(r)) : Optional.empty(),
            categories.next(r));
    }

    /**
     * Consents given by {@code givenBy} on {@code givenOn}, with any scope. The expiry, when there is one (about two
     * times in three), is never before {@code givenOn}, and favours {@code givenOn} itself (a consent for one day),
     * a year later and 29 February.
     *
     * @param givenBy the person entitled to consent on {@code givenOn}
     * @param givenOn the day consent is given
     * @return the generator
     */
    public static Gen<GiveConsent> giveConsent(PartyId givenBy, LocalDate givenOn) {
        return giveConsent(givenBy, givenOn, scopes());
    }

    /**
     * @param givenBy the person entitled to consent on {@code givenOn}
     * @param givenOn the day consent is given
     * @param scopes the scopes to draw from, for example {@link #referralScopes()}
     * @return consents as {@link #giveConsent(PartyId, LocalDate)} gives them, with scopes from {@code scopes}
     */
    public static Gen<GiveConsent> giveConsent(PartyId givenBy, LocalDate givenOn, Gen<ConsentScope> scopes) {
        Objects.requireNonNull(givenBy, "givenBy");
        Objects.requireNonNull(givenOn, "givenOn");
        Objects.requireNonNull(scopes, "scopes");
        Gen<Optional<LocalDate>> expiries = Gen.<LocalDate>frequency(
            weighted(6, Dates.between(givenOn, givenOn.plusYears(5))),
            weighted(1, Gen.constant(givenOn)),
            weighted(1, Gen.constant(givenOn.plusYears(1))),
            weighted(1, Gen.constant(Dates.nextLeapDay(givenOn)))).optional();
        return r -> new GiveConsent(givenBy, scopes.next(r), wordingVersions().next(r),
            Gen.enumValues(ConsentMethod.class).next(r), expiries.next(r), Ids.users().next(r));
    }

    /**
     * Questions for {@link org.sendias.consent.ConsentLedger#decide}: may this case's information be used for a
     * purpose at {@code at}? Every purpose, with a recipient exactly when it leaves the service, and one or more
     * categories, favouring special category data.
     *
     * @param caseId the case
     * @param at when
     * @return the generator
     */
    public static Gen<SharingRequest> sharingRequests(CaseId caseId, Instant at) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(at, "at");
        Gen<Set<DataCategory>> categories = Gen.<Set<DataCategory>>frequency(
            weighted(3, Gen.enumSetOf(DataCategory.class, 1, 3)),
            weighted(1, Gen.constant(EnumSet.of(DataCategory.SEN_AND_DISABILITY))));
        return r -> {
            Purpose purpose = Gen.enumValues(Purpose.class).next(r);
            Optional<Recipient> recipient = purpose.staysWithinService() ? Optional.empty()
                : Optional.of(recipients().next(r));
            return new SharingRequest(caseId, recipient, purpose, categories.next(r), at);
        };
    }

    /**
     * Safeguarding disclosures made without consent, about {@code about}, meeting every rule: an Article 9 condition
     * whenever a category is special category data (and sometimes when none is), a Schedule 1 condition that meets
     * it exactly when the condition needs one, an approver other than the requester, and a reason the family was
     * not told exactly when they were not. Reasons come from {@link Texts#text(int)}, so they favour hostile and
     * maximum-length text.
     *
     * @param about the child or young person the information is about
     * @return the generator
     */
    public static Gen<RecordDisclosure> disclosures(PartyId about) {
        Objects.requireNonNull(about, "about");
        int max = RecordDisclosure.MAX_REASON_LENGTH;
        return r -> {
            Set<DataCategory> categories = Gen.enumSetOf(DataCategory.class, 1, 4).next(r);
            boolean special = categories.stream().anyMatch(DataCategory::isSpecialCategory);
            Optional<Article9Condition> article9 = special || Pick.oneIn(r, 4)
                ? Optional.of(Gen.enumValues(Article9Condition.class).next(r)) : Optional.empty();
            Optional<Schedule1Condition> schedule1 = Optional.empty();
            if (article9.isPresent() && article9.get().needsSchedule1Condition()) {
                List<Schedule1Condition> meeting = EnumSet.allOf(Schedule1Condition.class).stream()
                    .filter(c -> c.meets(article9.get())).toList();
                schedule1 = Optional.of(Pick.one(r, meeting));
            }
            UserId requestedBy = Ids.users().next(r);
            UserId approvedBy = Ids.users().next(r);
            while (approvedBy.equals(requestedBy)) {
                approvedBy = Ids.users().next(r);
            }
            boolean familyTold = r.nextBoolean();
            Optional<String> whyNotTold = familyTold ? Optional.empty() : Optional.of(Texts.text(max).next(r));
            return new RecordDisclosure(about, recipients().next(r), categories,
                Gen.enumValues(Article6Basis.class).next(r), article9, schedule1, requestedBy, approvedBy,
                Texts.text(max).next(r), familyTold, whyNotTold);
        };
    }

    /**
     * Records that a young person lacks capacity and who acts for them: assessed up to two years before
     * {@code recordedOn} (favouring that day itself), on any basis, and ended after the assessment about one time in
     * three.
     *
     * @param youngPerson the young person
     * @param actingFor the person who acts for them: someone else
     * @param recordedOn the day the record is made
     * @return the generator
     */
    public static Gen<CapacityRecord> capacityRecords(PartyId youngPerson, PartyId actingFor, LocalDate recordedOn) {
        Objects.requireNonNull(youngPerson, "youngPerson");
        Objects.requireNonNull(actingFor, "actingFor");
        Objects.requireNonNull(recordedOn, "recordedOn");
        Gen<LocalDate> assessed = Gen.<LocalDate>frequency(weighted(3, Dates.between(recordedOn.minusYears(2),
            recordedOn)), weighted(1, Gen.constant(recordedOn)));
        return r -> {
            LocalDate assessedOn = assessed.next(r);
            Optional<LocalDate> endedOn = Pick.oneIn(r, 3)
                ? Optional.of(Dates.between(assessedOn.plusDays(1), assessedOn.plusYears(2)).next(r))
                : Optional.empty();
            return new CapacityRecord(youngPerson, actingFor, Gen.enumValues(CapacityRecord.Basis.class).next(r),
                assessedOn, Ids.users().next(r), endedOn);
        };
    }
}
