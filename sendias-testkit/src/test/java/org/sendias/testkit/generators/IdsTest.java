package org.sendias.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sendias.TenantId;
import org.sendias.UserId;

class IdsTest {

    @Test
    void uuids_areDistinct_andCoverBothSignsOfEachHalf() {
        List<UUID> uuids = Samples.draw(Ids.uuids(), 2500);
        assertEquals(uuids.size(), new HashSet<>(uuids).size());
        assertTrue(uuids.stream().anyMatch(u -> u.getMostSignificantBits() < 0));
        assertTrue(uuids.stream().anyMatch(u -> u.getLeastSignificantBits() > 0));
        assertTrue(uuids.stream().map(UUID::version).distinct().count() > 4, "every version");
        assertTrue(Samples.draw(Ids.edgeCaseUuids(), 1, 100).contains(new UUID(0, 0)));
    }

    @Test
    void typedIds_wrapDistinctUuids() {
        assertEquals(1000, new HashSet<>(Samples.draw(Ids.caseIds(), 250)).size());
        assertEquals(1000, new HashSet<>(Samples.draw(Ids.partyIds(), 250)).size());
        Samples.draw(Ids.noteIds(), 10);
        Samples.draw(Ids.contactIds(), 10);
        Samples.draw(Ids.processIds(), 10);
        Samples.draw(Ids.consentIds(), 10);
        Samples.draw(Ids.disclosureIds(), 10);
        Samples.draw(Ids.adviceNoteIds(), 10);
        Samples.draw(Ids.declarationIds(), 10);
        Samples.draw(Ids.giftIds(), 10);
    }

    @Test
    void tenants_favourTheShortestLongestAndCaseVariants() {
        List<TenantId> tenants = Samples.draw(Ids.tenants(), 300);
        assertTrue(tenants.stream().anyMatch(t -> t.value().length() == 1));
        assertTrue(tenants.stream().anyMatch(t -> t.value().length() == 64));
        assertTrue(tenants.contains(TenantId.of("iass-camden")) && tenants.contains(TenantId.of("IASS-Camden")));
    }

    @Test
    void users_favourTheShortestLongestAndAwkwardCharacters() {
        List<UserId> users = Samples.draw(Ids.users(), 300);
        assertTrue(users.stream().anyMatch(u -> u.value().length() == 1));
        assertTrue(users.stream().anyMatch(u -> u.value().length() == 128));
        assertTrue(users.stream().anyMatch(u -> u.value().contains("'")));
        assertTrue(users.stream().anyMatch(u -> u.value().contains(";")));
        assertTrue(Samples.count(Samples.draw(Ids.staff(), 1, 500), u -> u.value().startsWith("adviser-")) > 350);
    }

    @Test
    void sameSeed_givesTheSameIds() {
        assertTrue(Samples.reproducible(Ids.caseIds(), Object::toString));
        assertTrue(Samples.reproducible(Ids.tenants(), Object::toString));
        assertTrue(Samples.reproducible(Ids.users(), Object::toString));
    }
}
