package org.sendias.casework;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendias.InvalidInputException;
import org.sendias.UserId;
import org.sendias.equality.AccessibleFormat;
import org.sendias.equality.Language;

/**
 * A contact with the family, or an attempt at one.
 *
 * @param id the contact's id
 * @param occurredAt when it took place (or was attempted)
 * @param by the member of staff
 * @param channel how
 * @param duration how long; zero for an attempt that did not reach anyone
 * @param attempt whether this was only an attempt (the one thing allowed on a held referral)
 * @param interpreter the language of the interpreter used, if one was
 * @param formats accessible formats used (Braille, audio, easy read, ...)
 */
public record Contact(ContactId id, Instant occurredAt, UserId by, Channel channel, Duration duration, boolean attempt,
        Optional<Language> interpreter, Set<AccessibleFormat> formats) {

    /** The longest contact accepted. */
    public static final Duration MAX_DURATION = Duration.ofHours(12);

    /** How a contact was made. */
    public enum Channel {
        /** In person. */
        FACE_TO_FACE,
        /** By telephone. */
        PHONE,
        /** By video call. */
        VIDEO,
        /** By email. */
        EMAIL,
        /** By letter. */
        LETTER,
        /** By text or instant message. */
        MESSAGE
    }

    /** Validates the contact. */
    public Contact {
        if (id == null) {
            throw new InvalidInputException("contact.id", "is required");
        }
        if (occurredAt == null) {
            throw new InvalidInputException("contact.occurredAt", "is required");
        }
        if (by == null) {
            throw new InvalidInputException("contact.by", "is required");
        }
        if (channel == null) {
            throw new InvalidInputException("contact.channel", "is required");
        }
        if (duration == null || duration.isNegative() || duration.compareTo(MAX_DURATION) > 0) {
            throw new InvalidInputException("contact.duration", "must be from zero to 12 hours");
        }
        interpreter = Objects.requireNonNullElse(interpreter, Optional.empty());
        formats = formats == null || formats.isEmpty() ? Set.of()
            : java.util.Collections.unmodifiableSet(EnumSet.copyOf(formats));
    }
}
