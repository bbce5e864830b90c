package org.sendias.consent;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendias.InvalidInputException;
import org.sendias.internal.Validation;

/**
 * What a consent covers: for which purposes, with whom, and which categories of information.
 *
 * <p>A recipient is required when any purpose sends information out of the service, and must be absent when every
 * purpose stays within it ({@link Purpose#ACCEPT_REFERRAL}, {@link Purpose#EQUALITY_REPORTING}). A scope mixing the
 * two names the recipient of the purposes that leave the service; the within-service purposes ignore it.
 *
 * @param purposes one or more purposes
 * @param recipient the organisation or role information may go to
 * @param categories one or more categories of information
 */
public record ConsentScope(Set<Purpose> purposes, Optional<Recipient> recipient, Set<DataCategory> categories) {

    /** Validates the scope. */
    public ConsentScope {
        purposes = Validation.nonEmpty(purposes, Purpose.class, "scope.purposes", "purpose");
        recipient = Validation.optional(recipient);
        categories = Validation.nonEmpty(categories, DataCategory.class, "scope.categories", "category of information");
        Set<Purpose> leaving = purposes.stream().filter(p -> !p.staysWithinService())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Purpose.class)));
        if (!leaving.isEmpty() && recipient.isEmpty()) {
            throw new InvalidInputException("scope.recipient", "is required: " + names(leaving)
                + " send information out of the service, so the consent must name who receives it");
        }
        if (leaving.isEmpty() && recipient.isPresent()) {
            throw new InvalidInputException("scope.recipient", "must be absent: " + names(purposes)
                + " keep information within the service");
        }
    }

    /**
     * @param recipient who information may go to
     * @param purposes the purposes
     * @param categories the categories of information
     * @return a scope that sends information to the recipient
     */
    public static ConsentScope sharingWith(Recipient recipient, Set<Purpose> purposes, Set<DataCategory> categories) {
        return new ConsentScope(purposes, Optional.of(Validation.required(recipient, "scope.recipient")), categories);
    }

    /**
     * @param purposes purposes that stay within the service
     * @param categories the categories of information
     * @return a scope without a recipient
     */
    public static ConsentScope withinService(Set<Purpose> purposes, Set<DataCategory> categories) {
        return new ConsentScope(purposes, Optional.empty(), categories);
    }

    /**
     * Whether this scope covers a purpose for a recipient (the categories are checked separately, by
     * {@link #missingCategories(Set)}).
     *
     * @param purpose the purpose asked about
     * @param requested the recipient asked about; ignored for a purpose that stays within the service
     * @return whether the purpose is in scope and, for a purpose that leaves the service, the recipient matches
     */
    public boolean covers(Purpose purpose, Optional<Recipient> requested) {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(requested, "requested");
        if (!purposes.contains(purpose)) {
            return false;
        }
        if (purpose.staysWithinService()) {
            return true;
        }
        return recipient.isPresent() && requested.isPresent() && recipient.get().matches(requested.get());
    }

    /**
     * @param requested the categories a request needs
     * @return those this scope does not include, in declaration order; empty when all are covered
     */
    public Set<DataCategory> missingCategories(Set<DataCategory> requested) {
        Objects.requireNonNull(requested, "requested");
        EnumSet<DataCategory> missing = EnumSet.noneOf(DataCategory.class);
        for (DataCategory c : requested) {
            if (!categories.contains(c)) {
                missing.add(c);
            }
        }
        return missing;
    }

    /** @return whether any category is special category data (so consent must be explicit) */
    public boolean includesSpecialCategory() {
        return categories.stream().anyMatch(DataCategory::isSpecialCategory);
    }

    static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
