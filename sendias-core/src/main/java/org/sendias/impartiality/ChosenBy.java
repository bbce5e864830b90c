package org.sendias.impartiality;

/** Whose decision a {@link FamilyChoice} is. */
public enum ChosenBy {
    /** The parent (or parents) made the decision. */
    PARENT,
    /** The young person made the decision. */
    YOUNG_PERSON,
    /** The parent and the young person made it together. */
    BOTH
}
