package org.sendias.equality;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendias.InvalidInputException;

/**
 * What a person needs in order to use the service: an interpreter's language and accessible formats. These serve the
 * family directly, so unlike {@link EqualityMonitoring} they need no reporting consent and have no "prefer not to
 * say"; an empty value means no needs recorded.
 *
 * @param interpreter the language an interpreter is needed for, if any (a spoken language; British Sign Language is
 *     {@link AccessibleFormat#BSL_INTERPRETER})
 * @param formats the accessible formats needed, possibly none
 */
public record AccessNeeds(Optional<Language> interpreter, Set<AccessibleFormat> formats) {

    /** No access needs recorded. */
    public static final AccessNeeds NONE = new AccessNeeds(Optional.empty(), Set.of());

    /** Validates the needs. */
    public AccessNeeds {
        interpreter = Objects.requireNonNullElse(interpreter, Optional.empty());
        if (interpreter.isPresent() && interpreter.get().isPreferNotToSay()) {
            throw new InvalidInputException("accessNeeds.interpreter", "must be a language: \"prefer not to say\" "
                + "is an answer to the monitoring question, not an interpreting need");
        }
        if (formats == null) {
            formats = Set.of();
        }
        for (AccessibleFormat format : formats) {
            if (format == null) {
                throw new InvalidInputException("accessNeeds.formats", "must not contain a missing value");
            }
        }
        formats = formats.isEmpty() ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(formats));
    }

    /**
     * @param interpreter the language an interpreter is needed for
     * @param formats the accessible formats needed
     * @return the needs
     */
    public static AccessNeeds of(Language interpreter, AccessibleFormat... formats) {
        Objects.requireNonNull(interpreter, "interpreter");
        return new AccessNeeds(Optional.of(interpreter), Set.of(formats));
    }

    /**
     * @param formats the accessible formats needed
     * @return the needs, without an interpreter
     */
    public static AccessNeeds ofFormats(AccessibleFormat... formats) {
        return new AccessNeeds(Optional.empty(), Set.of(formats));
    }

    /** @return whether an interpreter is needed, for a spoken language or British Sign Language */
    public boolean needsInterpreter() {
        return interpreter.isPresent() || formats.contains(AccessibleFormat.BSL_INTERPRETER);
    }

    /** @return whether nothing is recorded */
    public boolean isNone() {
        return interpreter.isEmpty() && formats.isEmpty();
    }
}
