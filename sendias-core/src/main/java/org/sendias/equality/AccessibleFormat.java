package org.sendias.equality;

/** A format or support a person needs in order to use the service's information and meetings. */
public enum AccessibleFormat {
    /** Braille. */
    BRAILLE("Braille"),
    /** Audio recordings. */
    AUDIO("Audio"),
    /** Easy read. */
    EASY_READ("Easy read"),
    /** Large print. */
    LARGE_PRINT("Large print"),
    /** A British Sign Language interpreter. */
    BSL_INTERPRETER("British Sign Language interpreter"),
    /** Another format, agreed with the person and described in the case notes. */
    OTHER("Other");

    private final String label;

    AccessibleFormat(String label) {
        this.label = label;
    }

    /** @return the format's name in plain English */
    public String label() {
        return label;
    }
}
