package org.sendias.conflicts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.UserId;
import org.sendias.internal.Validation;

/**
 * A service's gifts and hospitality register: every offer made to an adviser, accepted or declined, with its value.
 * Offers at or above {@link RegisterSettings#giftThreshold()} must be recorded with a decision; smaller ones may be.
 * Immutable: {@link #record} returns a {@link RegisterChange} with a new register and leaves this one as it was.
 *
 * <p>An accepted gift at or above the threshold is also an interest in its giver, for
 * {@link RegisterSettings#giftInterestPeriod()} after it was offered: {@link #interestsFor} lists those gifts, so
 * that the conflict check can match their givers' names and identifiers against a case's parties. That includes
 * gifts from people (a parent's thank-you), not only from organisations: either can compromise impartiality.
 */
public final class GiftsRegister {

    private final TenantId tenant;
    private final RegisterSettings settings;
    private final List<Gift> gifts;

    private GiftsRegister(TenantId tenant, RegisterSettings settings, List<Gift> gifts) {
        this.tenant = tenant;
        this.settings = settings;
        this.gifts = List.copyOf(gifts);
    }

    /**
     * @param tenant the service
     * @param settings the service's register settings
     * @return a register with no gifts
     */
    public static GiftsRegister empty(TenantId tenant, RegisterSettings settings) {
        return of(tenant, settings, List.of());
    }

    /**
     * Rebuilds a register from stored entries, in the order they were recorded.
     *
     * @param tenant the service
     * @param settings the service's register settings
     * @param gifts the entries
     * @return the register
     * @throws InvalidInputException if an entry belongs to another tenant or an id repeats
     */
    public static GiftsRegister of(TenantId tenant, RegisterSettings settings, List<Gift> gifts) {
        Validation.required(tenant, "tenant");
        Validation.required(settings, "settings");
        Validation.required(gifts, "gifts");
        Set<GiftId> ids = new HashSet<>();
        for (int i = 0; i < gifts.size(); i++) {
            String at = "gifts[" + i + "]";
            Gift g = Validation.required(gifts.get(i), at);
            if (!g.tenant().equals(tenant)) {
                throw new InvalidInputException(at + ".tenant", "belongs to another tenant");
            }
            if (!ids.add(g.id())) {
                throw new InvalidInputException(at + ".giftId", "repeats an earlier entry's id");
            }
        }
        return new GiftsRegister(tenant, settings, gifts);
    }

    /** @return the service */
    public TenantId tenant() {
        return tenant;
    }

    /** @return the settings this register applies */
    public RegisterSettings settings() {
        return settings;
    }

    /** @return every entry, in the order recorded */
    public List<Gift> all() {
        return gifts;
    }

    /**
     * Records an offer of a gift or hospitality.
     *
     * @param command the offer and the decision
     * @param at when it is recorded
     * @return the new register, the new entry (with a random id) and a {@link RegisterEvent#GIFT_RECORDED} event
     * @throws InvalidInputException if {@code offeredOn} is after the day of {@code at}
     */
    public RegisterChange<GiftsRegister, Gift> record(RecordGift command, Instant at) {
        Objects.requireNonNull(command, "command");
        RegisterChecks.notAfterDayOf(command.offeredOn(), at, "offeredOn");
        Gift gift = new Gift(GiftId.random(), tenant, command.adviser(), command.from(), command.fromIdentifier(),
            command.what(), command.value(), command.offeredOn(), command.decision(), command.recordedBy(),
            command.note());
        List<Gift> next = new ArrayList<>(gifts);
        next.add(gift);
        RegisterEvent event = new RegisterEvent(tenant, at, command.recordedBy(), RegisterEvent.GIFT_RECORDED,
            gift.adviser(), gift.id().toString());
        return new RegisterChange<>(new GiftsRegister(tenant, settings, next), gift, List.of(event));
    }

    /**
     * @param gift an entry
     * @return {@code true} if its value is at or above the threshold, so it must be declared with a decision
     */
    public boolean requiresDeclaration(Gift gift) {
        Objects.requireNonNull(gift, "gift");
        return settings.atOrAboveGiftThreshold(gift.value());
    }

    /**
     * The entries a manager reviews for a period.
     *
     * @param from the first day, inclusive
     * @param to the last day, inclusive; not before {@code from}
     * @return the entries offered in the period at or above the threshold, accepted or declined, in the order
     *     recorded
     * @throws InvalidInputException if {@code to} is before {@code from}
     */
    public List<Gift> atOrAboveThreshold(LocalDate from, LocalDate to) {
        Validation.required(from, "from");
        Validation.required(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        return gifts.stream()
            .filter(g -> !g.offeredOn().isBefore(from) && !g.offeredOn().isAfter(to) && requiresDeclaration(g))
            .toList();
    }

    /**
     * @param adviser an adviser
     * @return every offer made to the adviser, whatever its value, in the order recorded
     */
    public List<Gift> byAdviser(UserId adviser) {
        Objects.requireNonNull(adviser, "adviser");
        return gifts.stream().filter(g -> g.adviser().equals(adviser)).toList();
    }

    /**
     * The gifts that count as an interest of the adviser's on a day: accepted, at or above the threshold, and offered
     * on a day from {@code on} minus {@link RegisterSettings#giftInterestPeriod()} to {@code on}, both inclusive.
     * The conflict check matches each one's {@link Gift#from() giver} and {@link Gift#fromIdentifier() identifier}.
     *
     * @param adviser an adviser
     * @param on the day of the check
     * @return those gifts, in the order recorded
     */
    public List<Gift> interestsFor(UserId adviser, LocalDate on) {
        Objects.requireNonNull(adviser, "adviser");
        Objects.requireNonNull(on, "on");
        LocalDate earliest = on.minus(settings.giftInterestPeriod());
        return gifts.stream()
            .filter(g -> g.adviser().equals(adviser) && g.decision() == GiftDecision.ACCEPTED
                && requiresDeclaration(g) && !g.offeredOn().isBefore(earliest) && !g.offeredOn().isAfter(on))
            .toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GiftsRegister other && tenant.equals(other.tenant) && settings.equals(other.settings)
            && gifts.equals(other.gifts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenant, settings, gifts);
    }

    /** Shows the tenant and the count only. */
    @Override
    public String toString() {
        return "GiftsRegister[tenant " + tenant + ", " + gifts.size() + " gifts]";
    }
}
