package org.sendias.equality;

/** Whether the person considers themselves disabled, for monitoring. */
public enum DisabilityStatus {
    /** The person considers themselves disabled. */
    DISABLED("Disabled"),
    /** The person does not consider themselves disabled. */
    NOT_DISABLED("Not disabled"),
    /** The person preferred not to say. */
    PREFER_NOT_TO_SAY("Prefer not to say");

    private final String label;

    DisabilityStatus(String label) {
        this.label = label;
    }

    /** @return the wording shown to the person */
    public String label() {
        return label;
    }
}
