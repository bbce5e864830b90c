package org.sendias.consent;

/** In what capacity a person gave consent, as worked out by {@link ConsentAuthority} at the time. */
public enum ConsentGiverRole {
    /** A parent (a person with parental responsibility), before the child passed compulsory school age. */
    PARENT("a parent"),
    /** The young person themselves, after passing compulsory school age. */
    YOUNG_PERSON("the young person"),
    /** The person recorded as acting for a young person who lacks capacity for the decision. */
    REPRESENTATIVE("a representative");

    private final String words;

    ConsentGiverRole(String words) {
        this.words = words;
    }

    /** @return the role in plain words, for example {@code a parent} */
    public String inWords() {
        return words;
    }
}
