package org.sendias.party;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartyRoleTest {
    @Test
    void theChildOrYoungPersonParentsAndCarersUseTheService_professionalsAndOrganisationsDoNot() {
        Set<PartyRole> users = EnumSet.noneOf(PartyRole.class);
        for (PartyRole role : PartyRole.values()) {
            if (role.usesTheService()) {
                users.add(role);
            }
        }
        assertEquals(EnumSet.of(PartyRole.CHILD_OR_YOUNG_PERSON, PartyRole.PARENT, PartyRole.CARER), users);
    }
}
