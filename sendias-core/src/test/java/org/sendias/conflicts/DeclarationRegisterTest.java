package org.sendias.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.party.OrganisationIdentifier;
import org.sendias.party.OrganisationKind;

/** The register of declared interests and annual declarations. */
class DeclarationRegisterTest {
    private static final TenantId TENANT = TenantId.of("iass-test");
    private static final UserId ANNA = UserId.of("adviser-anna");
    private static final UserId BEN = UserId.of("adviser-ben");
    private static final UserId CARA = UserId.of("adviser-cara");
    private static final UserId MANAGER = UserId.of("manager-1");
    private static final Instant NOON_20_MAY_2025 = Instant.parse("2025-05-20T11:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2025, 5, 20);

    private static final DeclaredPerson SISTER = DeclaredPerson.of("Jane Doe", Relationship.SIBLING);
    private static final DeclaredOrganisation GOVERNOR = DeclaredOrganisation.of("Hill Primary School",
        OrganisationIdentifier.urn("100001"), OrganisationKind.SCHOOL, OrganisationRole.GOVERNOR);

    private static DeclarationRegister empty() {
        return DeclarationRegister.empty(TENANT, RegisterSettings.defaults());
    }

    private static Instant noonOn(LocalDate day) {
        return day.atTime(12, 0).atZone(RegisterChecks.ZONE).toInstant();
    }

    @Test
    void declare_addsTheDeclarationAndLeavesTheOldRegisterUnchanged() {
        DeclarationRegister before = empty();
        RegisterChange<DeclarationRegister, Declaration> change = before.declare(Declare.of(ANNA, DAY, SISTER),
            NOON_20_MAY_2025);
        assertEquals(List.of(), before.all(), "the old register is unchanged");
        assertEquals(List.of(change.value()), change.register().all());
        assertEquals(TENANT, change.value().tenant());
        assertEquals(Optional.of(change.value()), change.register().find(change.value().id()));
        assertEquals(Optional.empty(), before.find(change.value().id()));
        RegisterEvent event = change.events().get(0);
        assertEquals(List.of(new RegisterEvent(TENANT, NOON_20_MAY_2025, ANNA, RegisterEvent.DECLARATION_MADE, ANNA,
            change.value().id().toString())), change.events());
        assertTrue(!event.toString().contains("Jane"), event.toString());
    }

    @Test
    void declare_refusesADeclarationDatedAfterTheDayItIsRecorded() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> empty().declare(Declare.of(ANNA, DAY.plusDays(1), SISTER), NOON_20_MAY_2025));
        assertEquals("declaredOn", e.field());
    }

    @Test
    void declare_readsTheDayInEnglandsTimeZone() {
        // 23:30 UTC on 20 May is 00:30 on 21 May in London (summer time), so a declaration dated 21 May is accepted.
        Instant lateEvening = Instant.parse("2025-05-20T23:30:00Z");
        assertEquals(LocalDate.of(2025, 5, 21), empty().declare(Declare.of(ANNA, DAY.plusDays(1), SISTER),
            lateEvening).value().declaredOn());
    }

    @Test
    void activeFor_returnsOnlyTheAdvisersDeclarationsInEffectThatDay() {
        DeclarationRegister r = empty();
        r = r.declare(Declare.of(ANNA, DAY, SISTER), NOON_20_MAY_2025).register();
        r = r.declare(new Declare(ANNA, DAY, DAY.plusDays(10), Optional.empty(), GOVERNOR, Optional.empty(), ANNA),
            NOON_20_MAY_2025).register();
        r = r.declare(Declare.of(BEN, DAY, GOVERNOR), NOON_20_MAY_2025).register();
        assertEquals(List.of(SISTER), r.activeFor(ANNA, DAY).stream().map(Declaration::subject).toList());
        assertEquals(List.of(SISTER, GOVERNOR),
            r.activeFor(ANNA, DAY.plusDays(10)).stream().map(Declaration::subject).toList());
        assertEquals(1, r.activeFor(BEN, DAY).size());
        assertEquals(List.of(), r.activeFor(CARA, DAY));
        assertEquals(2, r.activeOn(DAY).size());
        assertEquals(3, r.all().size());
        assertEquals(2, r.forAdviser(ANNA).size());
        assertEquals(List.of(ANNA, BEN), r.advisers());
    }

    @Test
    void activeFor_appliesTheRegistersFormerEmploymentPeriod() {
        DeclaredOrganisation former = DeclaredOrganisation.formerEmployer("Ealing Council", null,
            OrganisationKind.LOCAL_AUTHORITY, LocalDate.of(2024, 3, 31));
        RegisterSettings oneYear = RegisterSettings.defaults().withFormerEmploymentPeriod(java.time.Period.ofYears(1));
        DeclarationRegister r = DeclarationRegister.empty(TENANT, oneYear)
            .declare(new Declare(ANNA, DAY, LocalDate.of(2024, 1, 1), Optional.empty(), former, Optional.empty(),
                ANNA), NOON_20_MAY_2025).register();
        assertEquals(1, r.activeFor(ANNA, LocalDate.of(2025, 3, 31)).size());
        assertEquals(0, r.activeFor(ANNA, LocalDate.of(2025, 4, 1)).size());
    }

    @Test
    void end_setsTheLastDayAndKeepsTheDeclaration() {
        RegisterChange<DeclarationRegister, Declaration> made = empty().declare(Declare.of(ANNA, DAY, SISTER),
            NOON_20_MAY_2025);
        Instant later = Instant.parse("2025-07-01T09:00:00Z");
        RegisterChange<DeclarationRegister, Declaration> ended = made.register().end(made.value().id(),
            LocalDate.of(2025, 6, 30), MANAGER, later);
        assertEquals(Optional.of(LocalDate.of(2025, 6, 30)), ended.value().until());
        assertEquals(1, ended.register().all().size());
        assertEquals(1, ended.register().activeFor(ANNA, LocalDate.of(2025, 6, 30)).size());
        assertEquals(0, ended.register().activeFor(ANNA, LocalDate.of(2025, 7, 1)).size());
        assertEquals(Optional.empty(), made.register().all().get(0).until(), "the old register is unchanged");
        assertEquals(List.of(new RegisterEvent(TENANT, later, MANAGER, RegisterEvent.DECLARATION_ENDED, ANNA,
            made.value().id().toString())), ended.events());
        assertNotEquals(made.register(), ended.register());
    }

    @Test
    void end_refusesAnUnknownIdADayBeforeItTookEffectAndPuttingTheEndBack() {
        RegisterChange<DeclarationRegister, Declaration> made = empty().declare(Declare.of(ANNA, DAY, SISTER),
            NOON_20_MAY_2025);
        DeclarationRegister r = made.register();
        DeclarationId id = made.value().id();
        assertEquals("declarationId", assertThrows(InvalidInputException.class,
            () -> r.end(DeclarationId.random(), DAY, MANAGER, NOON_20_MAY_2025)).field());
        assertEquals("until", assertThrows(InvalidInputException.class,
            () -> r.end(id, DAY.minusDays(1), MANAGER, NOON_20_MAY_2025)).field());
        DeclarationRegister ended = r.end(id, DAY.plusDays(5), MANAGER, NOON_20_MAY_2025).register();
        assertEquals("until", assertThrows(InvalidInputException.class,
            () -> ended.end(id, DAY.plusDays(6), MANAGER, NOON_20_MAY_2025)).field());
        assertEquals(Optional.of(DAY), ended.end(id, DAY, MANAGER, NOON_20_MAY_2025).value().until(),
            "an end can be brought forward");
    }

    @Test
    void of_refusesAnotherTenantsDeclarationsRepeatedIdsAndForeignConfirmations() {
        Declaration mine = empty().declare(Declare.of(ANNA, DAY, SISTER), NOON_20_MAY_2025).value();
        Declaration theirs = DeclarationRegister.empty(TenantId.of("other"), RegisterSettings.defaults())
            .declare(Declare.of(ANNA, DAY, SISTER), NOON_20_MAY_2025).value();
        RegisterSettings s = RegisterSettings.defaults();
        assertEquals("declarations[0].tenant", assertThrows(InvalidInputException.class,
            () -> DeclarationRegister.of(TENANT, s, List.of(theirs), List.of())).field());
        assertEquals("declarations[1].declarationId", assertThrows(InvalidInputException.class,
            () -> DeclarationRegister.of(TENANT, s, List.of(mine, mine), List.of())).field());
        AnnualDeclaration bens = AnnualDeclaration.confirming(BEN, 2025, DAY, List.of(mine.id()));
        assertEquals("annualDeclarations[0].confirmed[0]", assertThrows(InvalidInputException.class,
            () -> DeclarationRegister.of(TENANT, s, List.of(mine), List.of(bens))).field());
        AnnualDeclaration annas = AnnualDeclaration.confirming(ANNA, 2025, DAY, List.of(mine.id()));
        assertEquals(List.of(annas), DeclarationRegister.of(TENANT, s, List.of(mine), List.of(annas))
            .annualDeclarations());
    }

    // Annual declarations: the default year starts on 1 April with 30 days' grace, so 2025's is due by 1 May 2025.

    static Stream<Arguments> data_annualStatusWithoutADeclaration() {
        return Stream.of(
            Arguments.of("the year's first day", LocalDate.of(2025, 4, 1), 2025, AnnualDeclarationStatus.DUE),
            Arguments.of("the last day of grace", LocalDate.of(2025, 5, 1), 2025, AnnualDeclarationStatus.DUE),
            Arguments.of("the day after grace", LocalDate.of(2025, 5, 2), 2025, AnnualDeclarationStatus.OVERDUE),
            Arguments.of("the year's last day", LocalDate.of(2026, 3, 31), 2025, AnnualDeclarationStatus.OVERDUE),
            Arguments.of("the next year's first day", LocalDate.of(2026, 4, 1), 2026, AnnualDeclarationStatus.DUE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_annualStatusWithoutADeclaration")
    void annualStatus_isDueUntilTheEndOfGraceThenOverdue(String name, LocalDate asOf, int year,
            AnnualDeclarationStatus status) {
        AnnualDeclarationStanding line = empty().annualStatus(List.of(ANNA), asOf).get(0);
        assertEquals(new AnnualDeclarationStanding(ANNA, year, LocalDate.of(year, 5, 1), status, Optional.empty()),
            line);
    }

    @Test
    void annualStatus_aNilReturnCountsAndOnlyFromTheDayItWasMade() {
        LocalDate madeOn = LocalDate.of(2025, 4, 10);
        DeclarationRegister r = empty().recordAnnual(AnnualDeclaration.nilReturn(ANNA, 2025, madeOn), ANNA,
            noonOn(madeOn)).register();
        assertEquals(new AnnualDeclarationStanding(ANNA, 2025, LocalDate.of(2025, 5, 1),
            AnnualDeclarationStatus.UP_TO_DATE, Optional.of(madeOn)), r.annualStatus(List.of(ANNA), DAY).get(0));
        assertEquals(AnnualDeclarationStatus.DUE, r.annualStatus(List.of(ANNA), madeOn.minusDays(1)).get(0).status());
        assertEquals(AnnualDeclarationStatus.DUE, r.annualStatus(List.of(ANNA), LocalDate.of(2026, 4, 1)).get(0)
            .status(), "last year's declaration does not cover the new year");
    }

    @Test
    void annualStatus_aLateDeclarationMakesAnOverdueAdviserUpToDate() {
        LocalDate late = LocalDate.of(2025, 6, 15);
        DeclarationRegister r = empty().recordAnnual(AnnualDeclaration.nilReturn(ANNA, 2025, late), ANNA,
            noonOn(late)).register();
        assertEquals(AnnualDeclarationStatus.OVERDUE, r.annualStatus(List.of(ANNA), late.minusDays(1)).get(0)
            .status());
        assertEquals(AnnualDeclarationStatus.UP_TO_DATE, r.annualStatus(List.of(ANNA), late).get(0).status());
    }

    @Test
    void annualStatus_aDeclarationMadeInAdvanceCountsForTheNextYear() {
        LocalDate march = LocalDate.of(2026, 3, 20);
        DeclarationRegister r = empty().recordAnnual(AnnualDeclaration.nilReturn(ANNA, 2026, march), ANNA,
            noonOn(march)).register();
        assertEquals(AnnualDeclarationStatus.OVERDUE, r.annualStatus(List.of(ANNA), march).get(0).status(),
            "it does not cover 2025");
        assertEquals(AnnualDeclarationStatus.UP_TO_DATE, r.annualStatus(List.of(ANNA), LocalDate.of(2026, 4, 1))
            .get(0).status());
    }

    @Test
    void dueAndOverdueListTheAdvisersInTheOrderGiven() {
        LocalDate madeOn = LocalDate.of(2025, 4, 2);
        RegisterChange<DeclarationRegister, Declaration> made = empty().declare(
            Declare.of(BEN, madeOn, GOVERNOR), noonOn(madeOn));
        DeclarationRegister r = made.register().recordAnnual(AnnualDeclaration.confirming(BEN, 2025, madeOn,
            List.of(made.value().id())), BEN, noonOn(madeOn)).register();
        List<UserId> staff = List.of(CARA, BEN, ANNA, CARA);
        assertEquals(List.of(CARA, ANNA), r.due(staff, LocalDate.of(2025, 4, 20)).stream()
            .map(AnnualDeclarationStanding::adviser).toList());
        assertEquals(List.of(), r.overdue(staff, LocalDate.of(2025, 4, 20)));
        assertEquals(List.of(CARA, ANNA), r.overdue(staff, LocalDate.of(2025, 5, 2)).stream()
            .map(AnnualDeclarationStanding::adviser).toList());
        assertEquals(3, r.annualStatus(staff, LocalDate.of(2025, 5, 2)).size(), "repeats are reported once");
    }

    @Test
    void annualStatus_followsAConfiguredYearStartAndGrace() {
        DeclarationRegister r = DeclarationRegister.empty(TENANT, RegisterSettings.defaults()
            .withDeclarationYearStart(MonthDay.of(Month.SEPTEMBER, 1)).withGraceDays(0));
        AnnualDeclarationStanding first = r.annualStatus(List.of(ANNA), LocalDate.of(2025, 9, 1)).get(0);
        assertEquals(2025, first.year());
        assertEquals(LocalDate.of(2025, 9, 1), first.dueOn());
        assertEquals(AnnualDeclarationStatus.DUE, first.status());
        assertEquals(AnnualDeclarationStatus.OVERDUE, r.annualStatus(List.of(ANNA), LocalDate.of(2025, 9, 2)).get(0)
            .status());
        assertEquals(2024, r.annualStatus(List.of(ANNA), LocalDate.of(2025, 8, 31)).get(0).year());
    }

    @Test
    void recordAnnual_refusesANilReturnFromAnAdviserWithActiveDeclarations() {
        RegisterChange<DeclarationRegister, Declaration> made = empty().declare(Declare.of(ANNA, DAY, SISTER),
            NOON_20_MAY_2025);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> made.register().recordAnnual(
            AnnualDeclaration.nilReturn(ANNA, 2025, DAY), ANNA, NOON_20_MAY_2025));
        assertEquals("nil", e.field());
        RegisterChange<DeclarationRegister, AnnualDeclaration> confirmed = made.register().recordAnnual(
            AnnualDeclaration.confirming(ANNA, 2025, DAY, List.of(made.value().id())), ANNA, NOON_20_MAY_2025);
        assertEquals(List.of(new RegisterEvent(TENANT, NOON_20_MAY_2025, ANNA, RegisterEvent.ANNUAL_DECLARATION_MADE,
            ANNA, "2025")), confirmed.events());
        assertEquals(List.of(), made.register().annualDeclarations(), "the old register is unchanged");
    }

    @Test
    void recordAnnual_refusesConfirmingAnotherAdvisersOrAnInactiveDeclaration() {
        RegisterChange<DeclarationRegister, Declaration> bens = empty().declare(Declare.of(BEN, DAY, GOVERNOR),
            NOON_20_MAY_2025);
        assertEquals("confirmed[0]", assertThrows(InvalidInputException.class, () -> bens.register().recordAnnual(
            AnnualDeclaration.confirming(ANNA, 2025, DAY, List.of(bens.value().id())), ANNA, NOON_20_MAY_2025))
            .field());
        DeclarationRegister ended = bens.register().end(bens.value().id(), DAY, BEN, NOON_20_MAY_2025).register();
        Instant nextDay = NOON_20_MAY_2025.plusSeconds(86_400);
        assertEquals("confirmed[0]", assertThrows(InvalidInputException.class, () -> ended.recordAnnual(
            AnnualDeclaration.confirming(BEN, 2025, DAY.plusDays(1), List.of(bens.value().id())), BEN, nextDay))
            .field());
        assertEquals(UserId.of("adviser-ben"), ended.recordAnnual(AnnualDeclaration.nilReturn(BEN, 2025,
            DAY.plusDays(1)), BEN, nextDay).value().adviser(), "once ended, a nil return is right");
    }

    static Stream<Arguments> data_annualYearAndDay() {
        return Stream.of(
            Arguments.of("a past year", 2024, DAY, "year"),
            Arguments.of("two years ahead", 2027, DAY, "year"),
            Arguments.of("made after the day it is recorded", 2025, DAY.plusDays(1), "madeOn"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_annualYearAndDay")
    void recordAnnual_refusesTheWrongYearOrAFutureDay(String name, int year, LocalDate madeOn, String field) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> empty().recordAnnual(
            AnnualDeclaration.nilReturn(ANNA, year, madeOn), ANNA, NOON_20_MAY_2025));
        assertEquals(field, e.field());
    }

    @Test
    void annualDeclarationValidatesItsParts() {
        DeclarationId id = DeclarationId.random();
        assertEquals("confirmed", assertThrows(InvalidInputException.class,
            () -> new AnnualDeclaration(ANNA, 2025, DAY, true, List.of(id))).field());
        assertEquals("confirmed", assertThrows(InvalidInputException.class,
            () -> AnnualDeclaration.confirming(ANNA, 2025, DAY, List.of())).field());
        assertEquals("confirmed[1]", assertThrows(InvalidInputException.class,
            () -> AnnualDeclaration.confirming(ANNA, 2025, DAY, List.of(id, id))).field());
        assertEquals("year", assertThrows(InvalidInputException.class,
            () -> AnnualDeclaration.nilReturn(ANNA, 10_000, DAY)).field());
        assertEquals("madeOn", assertThrows(InvalidInputException.class,
            () -> AnnualDeclaration.nilReturn(ANNA, 2025, null)).field());
        assertEquals("madeOn", assertThrows(InvalidInputException.class, () -> new AnnualDeclarationStanding(ANNA,
            2025, DAY, AnnualDeclarationStatus.DUE, Optional.of(DAY))).field());
    }

    @Test
    void toString_showsCountsOnly() {
        DeclarationRegister r = empty().declare(Declare.of(ANNA, DAY, SISTER), NOON_20_MAY_2025).register();
        assertEquals("DeclarationRegister[tenant iass-test, 1 declarations, 0 annual declarations]", r.toString());
    }
}
