package org.sendias.party;

/** How a party stands in a case. */
public enum PartyRole {
    /** The child or young person the case is about; their date of birth decides who gives consent. */
    CHILD_OR_YOUNG_PERSON,
    /** A parent, or anyone with parental responsibility. */
    PARENT,
    /** A carer without parental responsibility (for example a foster carer or kinship carer). */
    CARER,
    /** A professional (a SENCO, a caseworker at the local authority, a health visitor, a social worker). */
    PROFESSIONAL,
    /** An organisation (a school, a college, the local authority's SEN team, a health body, a charity). */
    ORGANISATION;

    /** @return whether a party in this role is a person with a name, rather than an organisation */
    public boolean isPerson() {
        return this != ORGANISATION;
    }

    /**
     * @return whether a party in this role uses the service (the child or young person, a parent or a carer), as the
     *     commissioner's return counts people; professionals and organisations do not
     */
    public boolean usesTheService() {
        return this == CHILD_OR_YOUNG_PERSON || this == PARENT || this == CARER;
    }
}
