package org.sendias.consent;

/** How consent was expressed. Each is express consent; the record of the wording shown is kept either way. */
public enum ConsentMethod {
    /** Said aloud, face to face or by phone or video, and recorded by the member of staff who heard it. */
    VERBAL,
    /** Signed on paper (or a scan or photograph of a signed form). */
    WRITTEN,
    /** Given through an online form, an email or a message that the service keeps. */
    ELECTRONIC
}
