package org.sendias.casework;

/** The areas of a family's life a case covers; a case covers one or more. */
public enum Domain {
    /** Education: schools, colleges, EHC plans. */
    EDUCATION,
    /** Health. */
    HEALTH,
    /** Social care. */
    SOCIAL_CARE
}
