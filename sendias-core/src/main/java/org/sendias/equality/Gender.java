package org.sendias.equality;

/** Gender as the person describes it, for monitoring. */
public enum Gender {
    /** Female. */
    FEMALE("Female"),
    /** Male. */
    MALE("Male"),
    /** In another way, optionally self-described (see {@link GenderAnswer#selfDescription()}). */
    IN_ANOTHER_WAY("In another way"),
    /** The person preferred not to say. */
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    /** @return the wording shown to the person */
    public String label() {
        return label;
    }
}
