package org.sendias.testkit.generators;

import static org.sendias.testkit.generators.Gen.weighted;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.conflicts.AnnualDeclaration;
import org.sendias.conflicts.Declaration;
import org.sendias.conflicts.DeclarationId;
import org.sendias.conflicts.DeclarationRegister;
import org.sendias.conflicts.Declare;
import org.sendias.conflicts.DeclaredOrganisation;
import org.sendias.conflicts.DeclaredPerson;
import org.sendias.conflicts.Gift;
import org.sendias.conflicts.GiftDecision;
import org.sendias.conflicts.GiftsRegister;
import org.sendias.conflicts.OrganisationRole;
import org.sendias.conflicts.RecordGift;
import org.sendias.conflicts.RegisterSettings;
import org.sendias.conflicts.Relationship;
import org.sendias.party.OrganisationKind;

/**
 * Generators of the conflicts-of-interest registers: declared interests, gifts and hospitality, and whole registers
 * built from them.
 *
 * <p>Names come from {@link Texts#personNames()} and {@link Texts#organisationNames()} and notes from
 * {@link Texts#text(int)}, so they favour accents, apostrophes, right-to-left text, hostile text and maximum lengths.
 * Advisers come from {@link Ids#staff()}, mostly a small pool, so that one adviser often has several entries.
 */
public final class Registers {

    /** The most characters in a declared person's or organisation's name, or a giver's name. */
    public static final int MAX_NAME_LENGTH = Gift.MAX_FROM_LENGTH;
    /** The most characters in a declared relationship's description, or in what a gift was. */
    public static final int MAX_DESCRIPTION_LENGTH = Gift.MAX_WHAT_LENGTH;

    private Registers() {
    }

    /**
     * People an adviser declares an interest in, with every relationship, and a description about half the time.
     *
     * @return the generator
     */
    public static Gen<DeclaredPerson> people() {
        Gen<Optional<String>> descriptions = r -> r.nextBoolean()
            ? Optional.of(Texts.text(MAX_DESCRIPTION_LENGTH).next(r)) : Optional.empty();
        return r -> new DeclaredPerson(Pick.fit(Texts.personNames().next(r), MAX_NAME_LENGTH),
            Gen.enumValues(Relationship.class).next(r), descriptions.next(r));
    }

    /**
     * Organisations an adviser declares an interest in, with every role; an identifier and a kind each about two
     * times in three; a former employee's end of employment up to three years before {@code from}, favouring that
     * day itself.
     *
     * @param from the first day the declaration applies
     * @return the generator
     */
    public static Gen<DeclaredOrganisation> organisations(LocalDate from) {
        Objects.requireNonNull(from, "from");
        Gen<LocalDate> ended = Gen.<LocalDate>frequency(weighted(3, Dates.between(from.minusYears(3), from)),
            weighted(1, Gen.constant(from)));
        return r -> {
            Optional<OrganisationKind> kind = Gen.enumValues(OrganisationKind.class).optional().next(r);
            OrganisationRole role = Gen.enumValues(OrganisationRole.class).next(r);
            return new DeclaredOrganisation(Texts.organisationNames().next(r),
                kind.isPresent() ? Parties.identifiers(kind.get()).optional().next(r) : Optional.empty(), kind,
                role, role == OrganisationRole.FORMER_EMPLOYEE ? Optional.of(ended.next(r)) : Optional.empty());
        };
    }

    /**
     * Declarations recorded on {@code recordedOn}: declared on that day or up to a year before (never after it, which
     * the register refuses); effective from up to a year either side of the declaration; an end date about one time
     * in three, favouring the first day itself; a person or an organisation; a note about one time in three.
     *
     * @param recordedOn the day the declaration is entered in the register
     * @return the generator
     */
    public static Gen<Declare> declarations(LocalDate recordedOn) {
        Objects.requireNonNull(recordedOn, "recordedOn");
        Gen<LocalDate> declared = Gen.<LocalDate>frequency(weighted(3, Dates.between(recordedOn.minusYears(1),
            recordedOn)), weighted(1, Gen.constant(recordedOn)));
        return r -> {
            LocalDate declaredOn = declared.next(r);
            LocalDate from = Gen.<LocalDate>frequency(weighted(2, Gen.constant(declaredOn)),
                weighted(3, Dates.between(declaredOn.minusYears(1), declaredOn.plusYears(1)))).next(r);
            Optional<LocalDate> until = Pick.oneIn(r, 3) ? Optional.of(Gen.<LocalDate>frequency(
                weighted(1, Gen.constant(from)), weighted(3, Dates.between(from, from.plusYears(3)))).next(r))
                : Optional.empty();
            Declaration.Subject subject = r.nextBoolean() ? people().next(r) : organisations(from).next(r);
            UserId adviser = Ids.staff().next(r);
            Optional<String> note = Pick.oneIn(r, 3) ? Optional.of(Texts.text(Declaration.MAX_NOTE_LENGTH).next(r))
                : Optional.empty();
            UserId recordedBy = r.nextBoolean() ? adviser : Ids.users().next(r);
            return new Declare(adviser, declaredOn, from, until, subject, note, recordedBy);
        };
    }

    /**
     * @return declarations as {@link #declarations(LocalDate)} gives them, recorded on a day from
     *     {@link Dates#dates()}
     */
    public static Gen<Declare> declarations() {
        return Dates.dates().flatMap(Registers::declarations);
    }

    /**
     * Values of gifts in pounds: not negative, whole pence, under a billion. Favours nothing (0.00), a penny, a
     * penny either side of the default threshold (24.99, 25.01) and the threshold itself, the largest value
     * (999999999.99), and values written with no or one decimal place ({@code 25}, {@code 7.5}), which core stores
     * with two.
     *
     * @return the generator
     */
    public static Gen<BigDecimal> giftValues() {
        BigDecimal threshold = RegisterSettings.defaults().giftThreshold();
        return Gen.<BigDecimal>frequency(
            weighted(6, r -> BigDecimal.valueOf(r.nextLong(0, 20_000), 2)),
            weighted(2, r -> BigDecimal.valueOf(r.nextLong(0, 100_000_000_000L), 2)),
            weighted(1, Gen.elements(new BigDecimal("0.00"), new BigDecimal("0.01"),
                threshold.subtract(new BigDecimal("0.01")), threshold, threshold.add(new BigDecimal("0.01")),
                new BigDecimal("999999999.99"))),
            weighted(1, Gen.elements(new BigDecimal("25"), new BigDecimal("7.5"), new BigDecimal("0"),
                new BigDecimal("100.0"))));
    }

    /**
     * Offers of gifts and hospitality recorded on {@code recordedOn}: offered on that day or up to a year before;
     * from a person or an organisation (with an identifier about one time in three); a value from
     * {@link #giftValues()}; accepted or declined; a note about one time in three.
     *
     * @param recordedOn the day the offer is entered in the register
     * @return the generator
     */
    public static Gen<RecordGift> gifts(LocalDate recordedOn) {
        Objects.requireNonNull(recordedOn, "recordedOn");
        Gen<LocalDate> offered = Gen.<LocalDate>frequency(weighted(3, Dates.between(recordedOn.minusYears(1),
            recordedOn)), weighted(1, Gen.constant(recordedOn)));
        return r -> {
            UserId adviser = Ids.staff().next(r);
            String from = r.nextBoolean() ? Texts.personNames().next(r) : Texts.organisationNames().next(r);
            Optional<String> note = Pick.oneIn(r, 3) ? Optional.of(Texts.text(Gift.MAX_NOTE_LENGTH).next(r))
                : Optional.empty();
            return new RecordGift(adviser, Pick.fit(from, Gift.MAX_FROM_LENGTH),
                Pick.oneIn(r, 3) ? Optional.of(Parties.identifiers().next(r)) : Optional.empty(),
                Texts.text(Gift.MAX_WHAT_LENGTH).next(r), giftValues().next(r), offered.next(r),
                Gen.enumValues(GiftDecision.class).next(r), r.nextBoolean() ? adviser : Ids.users().next(r), note);
        };
    }

    /** @return offers as {@link #gifts(LocalDate)} gives them, recorded on a day from {@link Dates#dates()} */
    public static Gen<RecordGift> gifts() {
        return Dates.dates().flatMap(Registers::gifts);
    }

    /**
     * Register settings: the defaults about half the time; otherwise a declaration year starting on any day but
     * 29 February (favouring 1 January and 1 April), 0 to {@value RegisterSettings#MAX_GRACE_DAYS} days' grace, a
     * gift threshold from {@link #giftValues()}, and periods for former employment and gifts from none to five years.
     *
     * @return the generator
     */
    public static Gen<RegisterSettings> settings() {
        Gen<MonthDay> starts = Gen.<MonthDay>frequency(
            weighted(2, Gen.elements(MonthDay.of(1, 1), MonthDay.of(4, 1), MonthDay.of(9, 1), MonthDay.of(12, 31),
                MonthDay.of(2, 28), MonthDay.of(3, 1))),
            weighted(1, Dates.between(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).map(MonthDay::from)));
        Gen<Integer> grace = Gen.<Integer>frequency(weighted(3, Gen.ints(0, 60)),
            weighted(1, Gen.elements(0, RegisterSettings.MAX_GRACE_DAYS)));
        Gen<Period> periods = Gen.<Period>frequency(weighted(3, Gen.ints(0, 60).map(Period::ofMonths)),
            weighted(1, Gen.elements(Period.ZERO, Period.ofDays(1), Period.ofYears(5))));
        return Gen.<RegisterSettings>frequency(
            weighted(1, Gen.constant(RegisterSettings.defaults())),
            weighted(1, r -> new RegisterSettings(starts.next(r), grace.next(r), giftValues().next(r),
                periods.next(r), periods.next(r))));
    }

    /**
     * Declarations registers of a tenant with settings from {@link #settings()}, built through
     * {@link DeclarationRegister#declare}, {@link DeclarationRegister#end} and
     * {@link DeclarationRegister#recordAnnual}: empty about one time in eight, otherwise up to twelve declarations
     * recorded on days moving forward from a start between 1996 and 2096; about one in four of them later ended (on
     * a day not before it took effect and not after an end it already has); and about one step in four an annual
     * declaration for this declaration year or the next, a nil return when the adviser has no active declaration
     * and otherwise confirming some of them. The registers assign the declarations' ids themselves, with
     * {@link java.util.UUID#randomUUID()}, so ids differ between runs with the same seed; everything else is
     * reproducible.
     *
     * @param tenant the service
     * @return the generator
     */
    public static Gen<DeclarationRegister> declarationRegisters(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return r -> {
            DeclarationRegister register = DeclarationRegister.empty(tenant, settings().next(r));
            if (Pick.oneIn(r, 8)) {
                return register;
            }
            LocalDate day = Dates.between(LocalDate.of(1996, 1, 1), LocalDate.of(2096, 12, 31)).next(r);
            int count = r.nextInt(1, 13);
            for (int i = 0; i < count; i++) {
                day = day.plusDays(r.nextInt(0, 60));
                Instant at = Dates.instantsOn(day).next(r);
                register = register.declare(declarations(day).next(r), at).register();
                if (Pick.oneIn(r, 4)) {
                    List<Declaration> all = register.all();
                    Declaration d = Pick.one(r, all);
                    LocalDate latest = d.until().orElse(d.from().plusYears(2));
                    LocalDate until = Dates.between(d.from(), latest).next(r);
                    register = register.end(d.id(), until, Ids.staff().next(r), at).register();
                }
                if (Pick.oneIn(r, 4)) {
                    register = register.recordAnnual(annual(register, day).next(r), Ids.staff().next(r), at)
                        .register();
                }
            }
            return register;
        };
    }

    /** An annual declaration made on {@code day} that the register accepts. */
    private static Gen<AnnualDeclaration> annual(DeclarationRegister register, LocalDate day) {
        return r -> {
            UserId adviser = Ids.staff().next(r);
            int year = register.settings().declarationYearOf(day) + (Pick.oneIn(r, 4) ? 1 : 0);
            List<DeclarationId> active = register.activeFor(adviser, day).stream().map(Declaration::id).toList();
            if (active.isEmpty()) {
                return AnnualDeclaration.nilReturn(adviser, year, day);
            }
            List<DeclarationId> confirmed = new ArrayList<>();
            for (DeclarationId id : active) {
                if (r.nextBoolean()) {
                    confirmed.add(id);
                }
            }
            return AnnualDeclaration.confirming(adviser, year, day, confirmed.isEmpty() ? List.of(active.get(0))
                : confirmed);
        };
    }

    /**
     * Gifts registers of a tenant with settings from {@link #settings()}, built through
     * {@link GiftsRegister#record}: empty about one time in eight, otherwise up to twelve offers recorded on days
     * moving forward from a start between 1996 and 2096. As with {@link #declarationRegisters(TenantId)}, the
     * entries' ids are assigned by the register and are not reproducible.
     *
     * @param tenant the service
     * @return the generator
     */
    public static Gen<GiftsRegister> giftsRegisters(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return r -> {
            GiftsRegister register = GiftsRegister.empty(tenant, settings().next(r));
            if (Pick.oneIn(r, 8)) {
                return register;
            }
            LocalDate day = Dates.between(LocalDate.of(1996, 1, 1), LocalDate.of(2096, 12, 31)).next(r);
            int count = r.nextInt(1, 13);
            for (int i = 0; i < count; i++) {
                day = day.plusDays(r.nextInt(0, 60));
                register = register.record(gifts(day).next(r), Dates.instantsOn(day).next(r)).register();
            }
            return register;
        };
    }
}
