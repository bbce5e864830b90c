package org.sendias.equality;

import static org.sendias.equality.EthnicGroup.ASIAN;
import static org.sendias.equality.EthnicGroup.BLACK;
import static org.sendias.equality.EthnicGroup.MIXED;
import static org.sendias.equality.EthnicGroup.OTHER;
import static org.sendias.equality.EthnicGroup.WHITE;

/**
 * Ethnic group as the person describes it: the 19 categories of the ONS 2021 Census for England and Wales, in their
 * five groups, plus {@link #PREFER_NOT_TO_SAY}.
 *
 * <p>Labels follow the ONS 2021 output classification (for example "Asian, Asian British or Asian Welsh:
 * Bangladeshi"), so counts line up with census figures for the local area. The census's write-in descriptions for
 * the "other" categories are not kept: they are free text that could identify someone in a small service.
 */
public enum Ethnicity {
    /** Asian, Asian British or Asian Welsh: Bangladeshi. */
    BANGLADESHI(ASIAN, "Bangladeshi"),
    /** Asian, Asian British or Asian Welsh: Chinese. */
    CHINESE(ASIAN, "Chinese"),
    /** Asian, Asian British or Asian Welsh: Indian. */
    INDIAN(ASIAN, "Indian"),
    /** Asian, Asian British or Asian Welsh: Pakistani. */
    PAKISTANI(ASIAN, "Pakistani"),
    /** Asian, Asian British or Asian Welsh: Other Asian. */
    OTHER_ASIAN(ASIAN, "Other Asian"),
    /** Black, Black British, Black Welsh, Caribbean or African: African. */
    AFRICAN(BLACK, "African"),
    /** Black, Black British, Black Welsh, Caribbean or African: Caribbean. */
    CARIBBEAN(BLACK, "Caribbean"),
    /** Black, Black British, Black Welsh, Caribbean or African: Other Black. */
    OTHER_BLACK(BLACK, "Other Black"),
    /** Mixed or Multiple ethnic groups: White and Asian. */
    WHITE_AND_ASIAN(MIXED, "White and Asian"),
    /** Mixed or Multiple ethnic groups: White and Black African. */
    WHITE_AND_BLACK_AFRICAN(MIXED, "White and Black African"),
    /** Mixed or Multiple ethnic groups: White and Black Caribbean. */
    WHITE_AND_BLACK_CARIBBEAN(MIXED, "White and Black Caribbean"),
    /** Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups. */
    OTHER_MIXED(MIXED, "Other Mixed or Multiple ethnic groups"),
    /** White: English, Welsh, Scottish, Northern Irish or British. */
    WHITE_BRITISH(WHITE, "English, Welsh, Scottish, Northern Irish or British"),
    /** White: Irish. */
    WHITE_IRISH(WHITE, "Irish"),
    /** White: Gypsy or Irish Traveller. */
    GYPSY_OR_IRISH_TRAVELLER(WHITE, "Gypsy or Irish Traveller"),
    /** White: Roma (new in 2021). */
    ROMA(WHITE, "Roma"),
    /** White: Other White. */
    OTHER_WHITE(WHITE, "Other White"),
    /** Other ethnic group: Arab. */
    ARAB(OTHER, "Arab"),
    /** Other ethnic group: Any other ethnic group. */
    ANY_OTHER(OTHER, "Any other ethnic group"),
    /** The person preferred not to say. */
    PREFER_NOT_TO_SAY(EthnicGroup.PREFER_NOT_TO_SAY, "Prefer not to say");

    private final EthnicGroup group;
    private final String label;

    Ethnicity(EthnicGroup group, String label) {
        this.group = group;
        this.label = label;
    }

    /** @return the high-level group the category belongs to ({@link EthnicGroup#PREFER_NOT_TO_SAY} for that answer) */
    public EthnicGroup group() {
        return group;
    }

    /** @return the census wording of the category within its group, for example {@code Bangladeshi} */
    public String label() {
        return label;
    }

    /**
     * @return the group and category together as the ONS output classification writes them, for example
     *     {@code Asian, Asian British or Asian Welsh: Bangladeshi}; "Prefer not to say" for that answer
     */
    public String fullLabel() {
        return this == PREFER_NOT_TO_SAY ? label : group.label() + ": " + label;
    }
}
