package org.sendias.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendias.consent.Fixtures.ADVISER;
import static org.sendias.consent.Fixtures.LAST_SCHOOL_AGE_DAY;
import static org.sendias.consent.Fixtures.invalid;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendias.deadline.CompulsorySchoolAge;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;

@Tag("COMPULSORY_SCHOOL_AGE_ENDS")
@DisplayName("Who may consent: Education Act 1996 s.8(3); CFA 2014 s.83(2); Mental Capacity Act 2005")
class ConsentAuthorityTest {
    private final Fixtures f = Fixtures.family();

    private ConsentAuthority on(LocalDate day) {
        return ConsentAuthority.at(f.child, f.others(), Optional.empty(), day);
    }

    @Test
    void julyBornChild_parentsDecideUpToTheLeavingDate_youngPersonFromTheNextDay() {
        assertEquals(LAST_SCHOOL_AGE_DAY, CompulsorySchoolAge.endsOn(Fixtures.JULY_BIRTH));
        ConsentAuthority lastDay = on(LAST_SCHOOL_AGE_DAY);
        ConsentAuthority nextDay = on(LAST_SCHOOL_AGE_DAY.plusDays(1));

        ConsentAuthority.Parents parents = assertInstanceOf(ConsentAuthority.Parents.class, lastDay);
        assertEquals(java.util.Set.of(f.mum.id(), f.dad.id()), parents.parents());
        assertTrue(lastDay.mayConsent(f.mum.id()));
        assertTrue(lastDay.mayConsent(f.dad.id()));
        assertFalse(lastDay.mayConsent(f.child.id()));

        assertInstanceOf(ConsentAuthority.YoungPerson.class, nextDay);
        assertTrue(nextDay.mayConsent(f.child.id()));
        assertFalse(nextDay.mayConsent(f.mum.id()));
        assertEquals(ConsentGiverRole.YOUNG_PERSON, nextDay.giverRole());
        assertTrue(nextDay.asOf().isBefore(Fixtures.JULY_BIRTH.plusYears(16)), "decides while still 15");
    }

    @Test
    void aCarerWithoutParentalResponsibilityCannotConsent() {
        ConsentAuthority a = on(LocalDate.of(2020, 1, 1));
        assertFalse(a.mayConsent(f.carer.id()));
        assertTrue(a.describe().contains("a carer without parental responsibility may not"));
    }

    @Test
    void withNoParentRecorded_nobodyCanConsent() {
        ConsentAuthority a = ConsentAuthority.at(f.child, List.of(f.carer), Optional.empty(), LocalDate.of(2020, 1, 1));
        assertEquals(java.util.Set.of(), ((ConsentAuthority.Parents) a).parents());
        assertFalse(a.mayConsent(f.carer.id()));
        assertTrue(a.describe().contains("nobody can consent"));
    }

    @ParameterizedTest(name = "{0}: capacity from {1} ended {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        2026-06-26 | 2026-01-01 | -          | Parents
        2026-06-27 | 2026-01-01 | -          | Representative
        2026-06-27 | 2026-06-28 | -          | YoungPerson
        2026-06-28 | 2026-06-28 | -          | Representative
        2027-03-01 | 2026-01-01 | 2027-03-01 | YoungPerson
        2027-02-28 | 2026-01-01 | 2027-03-01 | Representative
        """)
    void capacity_representativeDecidesWhileTheRecordApplies(LocalDate day, LocalDate from, LocalDate ended,
            String expected) {
        CapacityRecord cap = new CapacityRecord(f.child.id(), f.mum.id(),
            CapacityRecord.Basis.PARENT_AS_REPRESENTATIVE, from, ADVISER, Optional.ofNullable(ended));
        ConsentAuthority a = ConsentAuthority.at(f.child, f.others(), Optional.of(cap), day);
        assertEquals(expected, a.getClass().getSimpleName());
        if (a instanceof ConsentAuthority.Representative r) {
            assertTrue(a.mayConsent(f.mum.id()));
            assertFalse(a.mayConsent(f.child.id()));
            assertFalse(a.mayConsent(f.dad.id()));
            assertEquals(f.child.id(), r.child());
            assertTrue(a.describe().contains("SEND Regulations 2014 regulation 64"));
        }
    }

    @Test
    void aDeputyNeedNotBeAPartyToTheCase() {
        Party deputy = Party.person(PartyRole.PROFESSIONAL, "Court Deputy");
        CapacityRecord cap = CapacityRecord.of(f.child.id(), deputy.id(), CapacityRecord.Basis.COURT_APPOINTED_DEPUTY,
            LocalDate.of(2026, 9, 1), ADVISER);
        ConsentAuthority a = ConsentAuthority.at(f.child, f.others(), Optional.of(cap), LocalDate.of(2026, 9, 1));
        assertTrue(a.mayConsent(deputy.id()));
        assertTrue(a.describe().contains("Court of Protection"));
    }

    @Test
    void refusesMisuse() {
        invalid("child", () -> ConsentAuthority.at(f.mum, f.others(), Optional.empty(), LocalDate.of(2020, 1, 1)));
        CapacityRecord other = CapacityRecord.of(f.dad.id(), f.mum.id(), CapacityRecord.Basis.COURT_APPOINTED_DEPUTY,
            LocalDate.of(2020, 1, 1), ADVISER);
        invalid("capacity.youngPerson",
            () -> ConsentAuthority.at(f.child, f.others(), Optional.of(other), LocalDate.of(2027, 1, 1)));
        invalid("capacity.actingFor", () -> CapacityRecord.of(f.child.id(), f.child.id(),
            CapacityRecord.Basis.COURT_APPOINTED_DEPUTY, LocalDate.of(2020, 1, 1), ADVISER));
        invalid("capacity.endedOn", () -> CapacityRecord.of(f.child.id(), f.mum.id(),
            CapacityRecord.Basis.COURT_APPOINTED_DEPUTY, LocalDate.of(2020, 1, 1), ADVISER)
            .endedOn(LocalDate.of(2020, 1, 1)));
        invalid("asOf", () -> ConsentAuthority.at(f.child, f.others(), Optional.empty(), null));
        invalid("capacity", () -> new ConsentAuthority.Representative(f.mum.id(), CapacityRecord.of(f.child.id(),
            f.mum.id(), CapacityRecord.Basis.COURT_APPOINTED_DEPUTY, LocalDate.of(2027, 1, 1), ADVISER),
            LocalDate.of(2026, 12, 31)));
    }

    @Test
    void descriptionsHoldNoPersonalData() {
        for (LocalDate day : List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2027, 1, 1))) {
            String text = on(day).describe();
            assertFalse(text.contains("Example"), text);
            assertFalse(text.contains("2010"), text);
        }
    }
}
