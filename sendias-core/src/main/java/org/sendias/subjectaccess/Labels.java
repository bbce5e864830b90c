package org.sendias.subjectaccess;

import org.sendias.party.PartyRole;

/** Words for roles, used in labels that stand in for redacted names. */
final class Labels {
    private Labels() {
    }

    /**
     * @param role a role
     * @return the role in words, for example {@code parent}
     */
    static String role(PartyRole role) {
        return switch (role) {
            case CHILD_OR_YOUNG_PERSON -> "child or young person";
            case PARENT -> "parent";
            case CARER -> "carer";
            case PROFESSIONAL -> "professional";
            case ORGANISATION -> "organisation";
        };
    }
}
