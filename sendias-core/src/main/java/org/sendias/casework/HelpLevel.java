package org.sendias.casework;

/** The level of help the service gives, from the least to the most involved. */
public enum HelpLevel {
    /** Information: the law, the Local Offer, where to go. */
    INFORMATION,
    /** Advice on the family's own situation and the options open to them. */
    ADVICE,
    /** Casework and support: working through a process with the family. */
    CASEWORK_AND_SUPPORT,
    /** Representation: supporting the family at meetings, mediation or tribunal. */
    REPRESENTATION
}
