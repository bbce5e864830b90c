package org.sendias.testkit.generators;

import static org.sendias.testkit.generators.Gen.weighted;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendias.equality.AccessNeeds;
import org.sendias.equality.AccessibleFormat;
import org.sendias.equality.DisabilityStatus;
import org.sendias.equality.EqualityMonitoring;
import org.sendias.equality.Ethnicity;
import org.sendias.equality.Gender;
import org.sendias.equality.GenderAnswer;
import org.sendias.equality.Language;
import org.sendias.equality.ReportingConsent;
import org.sendias.party.PartyId;

/**
 * Generators of equality monitoring answers, access needs, languages and accessible formats.
 */
public final class Equality {

    private static final String VERSION_CHARACTERS =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";

    private Equality() {
    }

    /**
     * Languages: any two-letter ISO 639-1 code the platform knows, favouring the languages most spoken in English
     * schools, British Sign Language ({@code bfi}), three-letter forms that core stores as two letters
     * ({@code pol}, {@code wel}), input in capitals and with spaces ({@code " PL "}), and "prefer not to say".
     *
     * @return the generator
     */
    public static Gen<Language> languages() {
        return Gen.<String>frequency(
            weighted(4, Gen.elements(Locale.getISOLanguages())),
            weighted(4, Gen.elements("en", "pl", "ur", "pa", "bn", "so", "ar", "ro", "pt", "cy", "tr", "ti")),
            weighted(1, Gen.elements("bfi", "pol", "wel", "cym", "ger", "zxx", "PL", " ur ", "Cy")),
            weighted(1, Gen.constant(Language.PREFER_NOT_TO_SAY_CODE))).map(Language::of);
    }

    /**
     * Gender answers: each {@link Gender}, and about one time in three an {@link Gender#IN_ANOTHER_WAY} answer with
     * a self-description of up to {@value GenderAnswer#MAX_SELF_DESCRIPTION_LENGTH} characters (favouring hostile
     * and maximum-length text).
     *
     * @return the generator
     */
    public static Gen<GenderAnswer> genders() {
        return Gen.<GenderAnswer>frequency(
            weighted(2, Gen.enumValues(Gender.class).map(GenderAnswer::of)),
            weighted(1, Texts.text(GenderAnswer.MAX_SELF_DESCRIPTION_LENGTH).map(GenderAnswer::selfDescribed)));
    }

    /**
     * Accessible formats: most often none, favouring one and all of them.
     *
     * @return the generator
     */
    public static Gen<Set<AccessibleFormat>> formats() {
        return Gen.<Set<AccessibleFormat>>frequency(
            weighted(4, Gen.constant(Set.of())),
            weighted(3, Gen.enumSetOf(AccessibleFormat.class, 1, 2)),
            weighted(1, Gen.enumSetOf(AccessibleFormat.class, AccessibleFormat.values().length,
                AccessibleFormat.values().length)));
    }

    /**
     * Access needs: most often none; an interpreter (any language from {@link #languages()} but "prefer not to
     * say") about one time in four; accessible formats from {@link #formats()}.
     *
     * @return the generator
     */
    public static Gen<AccessNeeds> accessNeeds() {
        Gen<Language> spoken = r -> {
            Language language = languages().next(r);
            return language.isPreferNotToSay() ? Language.of("en") : language;
        };
        return r -> new AccessNeeds(Pick.oneIn(r, 4) ? Optional.of(spoken.next(r)) : Optional.empty(),
            formats().next(r));
    }

    /**
     * Answers to whether monitoring answers may be used in reports: given or refused by {@code by} at {@code at},
     * with a wording version of 1 to 64 letters, digits, dots, hyphens and underscores (favouring 1 and 64).
     *
     * @param by who answers
     * @param at when
     * @return the generator
     */
    public static Gen<ReportingConsent> reportingConsents(PartyId by, Instant at) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Gen<String> versions = Gen.<String>frequency(
            weighted(6, Gen.ints(2024, 2030).map(y -> "monitoring-" + y + ".1")),
            weighted(1, Gen.elements("1", "_", "v2-easy_read")),
            weighted(1, r -> {
                StringBuilder b = new StringBuilder(64);
                for (int i = 0; i < 64; i++) {
                    b.append(VERSION_CHARACTERS.charAt(r.nextInt(VERSION_CHARACTERS.length())));
                }
                return b.toString();
            }));
        return r -> new ReportingConsent(r.nextBoolean(), at, by, versions.next(r));
    }

    /**
     * Equality monitoring answers of {@code answeredBy}: each answer present about two times in three (so some
     * sets are empty and some complete), "prefer not to say" among the answers, and a reporting consent answer
     * given at {@code at}.
     *
     * @param answeredBy the person answering
     * @param at when they answer
     * @return the generator
     */
    public static Gen<EqualityMonitoring> monitoring(PartyId answeredBy, Instant at) {
        Gen<Optional<ReportingConsent>> consent = reportingConsents(answeredBy, at).optional();
        return r -> new EqualityMonitoring(Gen.enumValues(Ethnicity.class).optional().next(r),
            genders().optional().next(r), Gen.enumValues(DisabilityStatus.class).optional().next(r),
            languages().optional().next(r), consent.next(r));
    }

    /**
     * @return equality monitoring answers as {@link #monitoring(PartyId, Instant)} gives them, for a random person
     *     and time
     */
    public static Gen<EqualityMonitoring> monitoring() {
        return r -> monitoring(Ids.partyIds().next(r), Dates.instants().next(r)).next(r);
    }
}
