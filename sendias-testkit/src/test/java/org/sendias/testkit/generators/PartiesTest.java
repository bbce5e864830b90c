package org.sendias.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendias.party.OrganisationIdentifier;
import org.sendias.party.OrganisationIdentifier.Scheme;
import org.sendias.party.OrganisationKind;
import org.sendias.party.Party;
import org.sendias.party.PartyRole;

class PartiesTest {

    @Test
    void children_areAged0To25OnTheDayGiven() {
        LocalDate asOf = LocalDate.of(2026, 11, 23);
        List<Party> children = Samples.draw(Parties.children(asOf), 300);
        assertTrue(children.stream().allMatch(c -> c.role() == PartyRole.CHILD_OR_YOUNG_PERSON));
        assertTrue(children.stream().map(c -> Period.between(c.dateOfBirth().orElseThrow(), asOf).getYears())
            .allMatch(a -> a >= 0 && a <= 25));
        Samples.draw(Parties.children(), 300);
    }

    @Test
    void eachGenerator_givesItsRole() {
        assertTrue(Samples.draw(Parties.parents(), 300).stream().allMatch(p -> p.role() == PartyRole.PARENT));
        assertTrue(Samples.draw(Parties.carers(), 300).stream().allMatch(p -> p.role() == PartyRole.CARER));
        List<Party> professionals = Samples.draw(Parties.professionals(), 300);
        assertTrue(professionals.stream().allMatch(p -> p.role() == PartyRole.PROFESSIONAL));
        assertTrue(professionals.stream().anyMatch(p -> p.organisationKind().isPresent()));
        assertTrue(professionals.stream().anyMatch(p -> p.organisationKind().isEmpty()));
        assertEquals(EnumSet.of(PartyRole.PARENT, PartyRole.CARER, PartyRole.PROFESSIONAL, PartyRole.ORGANISATION),
            Samples.draw(Parties.others(), 300).stream().map(Party::role).collect(Collectors.toSet()));
        assertTrue(Samples.draw(Parties.parents(), 300).stream()
            .anyMatch(p -> p.name().length() == Party.MAX_NAME_LENGTH));
    }

    @Test
    void organisations_carryTheIdentifierTheirKindHas() {
        List<Party> organisations = Samples.draw(Parties.organisations(), 500);
        assertEquals(EnumSet.allOf(OrganisationKind.class), organisations.stream()
            .map(o -> o.organisationKind().orElseThrow()).collect(Collectors.toSet()));
        for (Party o : organisations) {
            o.identifier().ifPresent(id -> {
                Set<Scheme> expected = switch (o.organisationKind().orElseThrow()) {
                    case SCHOOL, EARLY_YEARS_SETTING -> Set.of(Scheme.URN);
                    case COLLEGE -> Set.of(Scheme.UKPRN, Scheme.URN);
                    case LOCAL_AUTHORITY -> Set.of(Scheme.LA_CODE);
                    case HEALTH_BODY -> Set.of(Scheme.ODS);
                    case CHARITY -> Set.of(Scheme.CHARITY_NUMBER);
                    case OTHER -> EnumSet.allOf(Scheme.class);
                };
                assertTrue(expected.contains(id.scheme()), o.organisationKind() + " with " + id);
            });
        }
        assertTrue(organisations.stream().anyMatch(o -> o.identifier().isEmpty()));
    }

    @Test
    void identifiers_favourTheSmallestLargestAndShortest() {
        List<String> values = Samples.draw(Parties.identifiers(), 500).stream().map(OrganisationIdentifier::value)
            .toList();
        assertTrue(values.contains("000000") && values.contains("19999999"));
        List<String> ods = Samples.draw(Parties.identifiers(Scheme.ODS), 200).stream()
            .map(OrganisationIdentifier::value).toList();
        assertEquals(Set.of(3, 4, 5), ods.stream().map(String::length).collect(Collectors.toSet()));
    }

    @Test
    void sameSeed_givesTheSameParties() {
        assertTrue(Samples.reproducible(Parties.others(), p -> p + p.name() + p.organisationKind() + p.identifier()));
        assertTrue(Samples.reproducible(Parties.children(), p -> p + p.name() + p.dateOfBirth()));
    }
}
