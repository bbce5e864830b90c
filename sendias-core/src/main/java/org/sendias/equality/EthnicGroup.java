package org.sendias.equality;

/**
 * The five high-level ethnic groups of the ONS 2021 Census classification for England and Wales, plus
 * "prefer not to say" so that every {@link Ethnicity} has a group to be counted under.
 */
public enum EthnicGroup {
    /** Asian, Asian British or Asian Welsh. */
    ASIAN("Asian, Asian British or Asian Welsh"),
    /** Black, Black British, Black Welsh, Caribbean or African. */
    BLACK("Black, Black British, Black Welsh, Caribbean or African"),
    /** Mixed or Multiple ethnic groups. */
    MIXED("Mixed or Multiple ethnic groups"),
    /** White. */
    WHITE("White"),
    /** Other ethnic group. */
    OTHER("Other ethnic group"),
    /** The person preferred not to say. */
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    EthnicGroup(String label) {
        this.label = label;
    }

    /** @return the group's name in the ONS 2021 output classification, or "Prefer not to say" */
    public String label() {
        return label;
    }
}
