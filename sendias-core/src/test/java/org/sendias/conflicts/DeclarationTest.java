package org.sendias.conflicts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
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

/** Declared interests: effective dates, the former employment period, validation and what toString shows. */
class DeclarationTest {
    private static final TenantId TENANT = TenantId.of("iass-test");
    private static final UserId ADVISER = UserId.of("adviser-1");
    private static final RegisterSettings DEFAULTS = RegisterSettings.defaults();
    private static final LocalDate FROM = LocalDate.of(2025, 4, 1);
    private static final LocalDate UNTIL = LocalDate.of(2025, 12, 31);

    private static Declaration declaration(Optional<LocalDate> until, Declaration.Subject subject) {
        return new Declaration(DeclarationId.random(), TENANT, ADVISER, FROM, FROM, until, subject, Optional.empty(),
            ADVISER);
    }

    private static final DeclaredPerson SISTER = DeclaredPerson.of("Jane Doe", Relationship.SIBLING);

    static Stream<Arguments> data_effectiveDates() {
        return Stream.of(
            Arguments.of("the day before from", LocalDate.of(2025, 3, 31), false),
            Arguments.of("from itself", FROM, true),
            Arguments.of("between", LocalDate.of(2025, 8, 1), true),
            Arguments.of("until itself", UNTIL, true),
            Arguments.of("the day after until", LocalDate.of(2026, 1, 1), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_effectiveDates")
    void isActiveOn_includesBothEffectiveDates(String name, LocalDate on, boolean active) {
        assertEquals(active, declaration(Optional.of(UNTIL), SISTER).isActiveOn(on, DEFAULTS));
    }

    @Test
    void isActiveOn_withoutAnEndAppliesIndefinitely() {
        Declaration open = declaration(Optional.empty(), SISTER);
        assertTrue(open.isActiveOn(LocalDate.of(2099, 1, 1), DEFAULTS));
        assertFalse(open.isActiveOn(FROM.minusDays(1), DEFAULTS));
    }

    static Stream<Arguments> data_formerEmploymentPeriod() {
        LocalDate ended = LocalDate.of(2025, 6, 30);
        return Stream.of(
            Arguments.of("still employed, before endedOn", Period.ofYears(2), ended, LocalDate.of(2025, 5, 1), true),
            Arguments.of("the day employment ended", Period.ofYears(2), ended, ended, true),
            Arguments.of("the last day of 2 years", Period.ofYears(2), ended, LocalDate.of(2027, 6, 30), true),
            Arguments.of("the day after 2 years", Period.ofYears(2), ended, LocalDate.of(2027, 7, 1), false),
            Arguments.of("the last day of 6 months", Period.ofMonths(6), ended, LocalDate.of(2025, 12, 30), true),
            Arguments.of("the day after 6 months", Period.ofMonths(6), ended, LocalDate.of(2025, 12, 31), false),
            Arguments.of("no period: endedOn counts", Period.ZERO, ended, ended, true),
            Arguments.of("no period: the day after", Period.ZERO, ended, ended.plusDays(1), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_formerEmploymentPeriod")
    void isActiveOn_countsAFormerEmployerForTheConfiguredPeriodAfterEmploymentEnded(String name, Period period,
            LocalDate ended, LocalDate on, boolean active) {
        Declaration former = declaration(Optional.empty(), DeclaredOrganisation.formerEmployer("Hill Primary School",
            OrganisationIdentifier.urn("100001"), OrganisationKind.SCHOOL, ended));
        assertEquals(active, former.isActiveOn(on, DEFAULTS.withFormerEmploymentPeriod(period)));
    }

    @Test
    void isActiveOn_aFormerEmployerStillNeedsTheDeclarationToBeInEffect() {
        Declaration former = declaration(Optional.of(LocalDate.of(2025, 9, 30)),
            DeclaredOrganisation.formerEmployer("Hill Primary School", null, null, LocalDate.of(2025, 6, 30)));
        assertTrue(former.isActiveOn(LocalDate.of(2025, 9, 30), DEFAULTS));
        assertFalse(former.isActiveOn(LocalDate.of(2025, 10, 1), DEFAULTS), "ended before the 2 years ran out");
    }

    @Test
    void aFormerEmployeeNeedsAnEndDateAndNoOtherRoleHasOne() {
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> new DeclaredOrganisation(
            "Hill Primary School", Optional.empty(), Optional.empty(), OrganisationRole.FORMER_EMPLOYEE,
            Optional.empty()));
        assertEquals("organisation.endedOn", missing.field());
        InvalidInputException extra = assertThrows(InvalidInputException.class, () -> new DeclaredOrganisation(
            "Hill Primary School", Optional.empty(), Optional.empty(), OrganisationRole.GOVERNOR,
            Optional.of(FROM)));
        assertEquals("organisation.endedOn", extra.field());
    }

    @Test
    void untilBeforeFromIsRefusedAndTheSameDayIsAccepted() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
            () -> declaration(Optional.of(FROM.minusDays(1)), SISTER));
        assertEquals("until", e.field());
        assertTrue(declaration(Optional.of(FROM), SISTER).isActiveOn(FROM, DEFAULTS));
    }

    static Stream<Arguments> data_invalidParts() {
        return Stream.of(
            Arguments.of("blank person name", (Runnable) () -> DeclaredPerson.of(" ", Relationship.FRIEND),
                "person.name"),
            Arguments.of("person name over 200", (Runnable) () -> DeclaredPerson.of("x".repeat(201),
                Relationship.FRIEND), "person.name"),
            Arguments.of("no relationship", (Runnable) () -> DeclaredPerson.of("Jane Doe", null),
                "person.relationship"),
            Arguments.of("blank description", (Runnable) () -> new DeclaredPerson("Jane Doe", Relationship.OTHER,
                Optional.of("\t")), "person.description"),
            Arguments.of("no organisation name", (Runnable) () -> DeclaredOrganisation.of(null, null, null,
                OrganisationRole.TRUSTEE), "organisation.name"),
            Arguments.of("no role", (Runnable) () -> DeclaredOrganisation.of("Hill Trust", null, null, null),
                "organisation.role"),
            Arguments.of("note over 2000", (Runnable) () -> new Declaration(DeclarationId.random(), TENANT, ADVISER,
                FROM, FROM, Optional.empty(), SISTER, Optional.of("n".repeat(2001)), ADVISER), "note"),
            Arguments.of("blank note", (Runnable) () -> new Declaration(DeclarationId.random(), TENANT, ADVISER,
                FROM, FROM, Optional.empty(), SISTER, Optional.of("  "), ADVISER), "note"),
            Arguments.of("no subject", (Runnable) () -> new Declaration(DeclarationId.random(), TENANT, ADVISER,
                FROM, FROM, Optional.empty(), null, Optional.empty(), ADVISER), "subject"),
            Arguments.of("no adviser", (Runnable) () -> new Declaration(DeclarationId.random(), TENANT, null,
                FROM, FROM, Optional.empty(), SISTER, Optional.empty(), ADVISER), "adviser"),
            Arguments.of("no declaredOn", (Runnable) () -> new Declaration(DeclarationId.random(), TENANT, ADVISER,
                null, FROM, Optional.empty(), SISTER, Optional.empty(), ADVISER), "declaredOn"),
            Arguments.of("not a UUID", (Runnable) () -> DeclarationId.parse("abc"), "declarationId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_invalidParts")
    void invalidInputNamesTheField(String name, Runnable construction, String field) {
        InvalidInputException e = assertThrows(InvalidInputException.class, construction::run);
        assertEquals(field, e.field());
        assertTrue(e.getMessage().startsWith(field + ": "), e.getMessage());
    }

    @Test
    void namesAreStrippedAndTheLongestAccepted() {
        assertEquals("Jane Doe", DeclaredPerson.of("  Jane Doe ", Relationship.FRIEND).name());
        assertEquals(200, DeclaredPerson.of("x".repeat(200), Relationship.FRIEND).name().length());
        assertEquals(2000, new Declaration(DeclarationId.random(), TENANT, ADVISER, FROM, FROM, Optional.empty(),
            SISTER, Optional.of("n".repeat(2000)), ADVISER).note().orElseThrow().length());
    }

    @Test
    void toString_neverShowsNamesDescriptionsOrNotes() {
        Declaration person = new Declaration(DeclarationId.random(), TENANT, ADVISER, FROM, FROM, Optional.empty(),
            new DeclaredPerson("Jane Doe", Relationship.SIBLING, Optional.of("older sister Janey")),
            Optional.of("lives with Mrs Smith"), ADVISER);
        Declaration organisation = declaration(Optional.of(UNTIL), DeclaredOrganisation.of("Hill Primary School",
            OrganisationIdentifier.urn("100001"), OrganisationKind.SCHOOL, OrganisationRole.GOVERNOR));
        for (String text : new String[] {person.toString(), person.subject().toString(), organisation.toString()}) {
            for (String secret : new String[] {"Jane", "Doe", "Janey", "Smith", "Hill"}) {
                assertFalse(text.contains(secret), text);
            }
        }
        assertTrue(person.toString().contains("SIBLING"), person.toString());
        assertTrue(organisation.toString().contains("URN:100001"), organisation.toString());
        assertTrue(organisation.toString().contains("GOVERNOR"), organisation.toString());
    }

    @Test
    void declarationIdReadsBackItsText() {
        DeclarationId id = DeclarationId.random();
        assertEquals(id, DeclarationId.parse(id.toString()));
    }
}
