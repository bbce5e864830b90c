package org.sendias.reporting;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sendias.TenantId;
import org.sendias.casework.Domain;
import org.sendias.equality.AccessibleFormat;
import org.sendias.equality.DisabilityStatus;
import org.sendias.equality.EthnicGroup;
import org.sendias.equality.Gender;
import org.sendias.equality.Language;

/**
 * The raw figures of the commissioner's return for one service and one period, as {@link QuarterlyReturns#compute}
 * defines them. Counts only: nothing here names or describes a person, and small counts are not yet suppressed.
 *
 * @param tenant the service
 * @param period the period
 * @param terms the contract terms the figures were computed under
 * @param peopleUsingService the people using the service: the child or young person and each parent or carer of
 *     every case open at some time in the period, each person once
 * @param byEthnicity those people by ethnic group (with consent to reporting; otherwise not stated)
 * @param byGender those people by gender (with consent; otherwise not stated)
 * @param byDisability those people by disability (with consent; otherwise not stated)
 * @param byFirstLanguage those people by first language (with consent; otherwise not stated)
 * @param casesOpen the cases open at some time in the period
 * @param casesByDomain those cases by domain; a case covering several domains counts under each, so these may add
 *     up to more than {@code casesOpen}
 * @param referrals the cases whose referral arrived in the period
 * @param referralsByDomain those referrals by domain, a case under each of its domains
 * @param referralsBySource those referrals by where they came from (never "not stated")
 * @param acknowledgement the acknowledgement service level
 * @param firstAppointment the first appointment service level
 * @param appealsLodged appeals registered in the period, in cases the service was involved in during the
 *     {@code involvementMonths} before
 * @param tribunalAlternativesFound families (cases) with a {@code TRIBUNAL_WANTED_ALTERNATIVE_FOUND} outcome in the
 *     period
 * @param exclusionsReported {@code EXCLUSION_REPORTED} outcomes dated in the period, in cases the service was
 *     involved in during the {@code involvementMonths} before
 * @param transitionReports transition reports (successful or not) dated in the period and at least
 *     {@code transitionFollowUpMonths} after the referral arrived
 * @param transitionsSuccessful those of the transition reports that report success
 * @param complaints {@code COMPLAINT} outcomes dated in the period
 * @param commendations {@code COMMENDATION} outcomes dated in the period
 * @param contactsWithInterpreter contacts in the period (not attempts) where an interpreter was used
 * @param casesWithInterpreter cases with at least one such contact
 * @param interpreterLanguages those contacts by the interpreter's language (never "not stated")
 * @param contactsByAccessibleFormat contacts in the period (not attempts) by accessible format used; a contact using
 *     several formats counts under each
 */
public record QuarterlyReturn(TenantId tenant, ReportingPeriod period, ContractTerms terms, long peopleUsingService,
        CategoryCounts<EthnicGroup> byEthnicity, CategoryCounts<Gender> byGender,
        CategoryCounts<DisabilityStatus> byDisability, CategoryCounts<Language> byFirstLanguage, long casesOpen,
        Map<Domain, Long> casesByDomain, long referrals, Map<Domain, Long> referralsByDomain,
        CategoryCounts<ReferralSource> referralsBySource, ServiceLevelFigure acknowledgement,
        ServiceLevelFigure firstAppointment, long appealsLodged, long tribunalAlternativesFound,
        long exclusionsReported, long transitionReports, long transitionsSuccessful, long complaints,
        long commendations, long contactsWithInterpreter, long casesWithInterpreter,
        CategoryCounts<Language> interpreterLanguages, Map<AccessibleFormat, Long> contactsByAccessibleFormat) {

    /** Checks that every part is present and copies the maps. */
    public QuarterlyReturn {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(byEthnicity, "byEthnicity");
        Objects.requireNonNull(byGender, "byGender");
        Objects.requireNonNull(byDisability, "byDisability");
        Objects.requireNonNull(byFirstLanguage, "byFirstLanguage");
        casesByDomain = copy(Domain.class, casesByDomain, "casesByDomain");
        referralsByDomain = copy(Domain.class, referralsByDomain, "referralsByDomain");
        Objects.requireNonNull(referralsBySource, "referralsBySource");
        Objects.requireNonNull(acknowledgement, "acknowledgement");
        Objects.requireNonNull(firstAppointment, "firstAppointment");
        Objects.requireNonNull(interpreterLanguages, "interpreterLanguages");
        contactsByAccessibleFormat = copy(AccessibleFormat.class, contactsByAccessibleFormat,
            "contactsByAccessibleFormat");
    }

    private static <K extends Enum<K>> Map<K, Long> copy(Class<K> type, Map<K, Long> map, String field) {
        Map<K, Long> copy = new EnumMap<>(type);
        copy.putAll(Objects.requireNonNull(map, field));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * @return people whose first language (given with consent) is one other than English, an answer of "prefer not
     *     to say" excluded: the return's measure of language needs
     */
    public long firstLanguageNotEnglish() {
        return byFirstLanguage.counts().entrySet().stream().filter(e -> !e.getKey().code().equals("en"))
            .mapToLong(Map.Entry::getValue).sum();
    }

    /** @return complaints per hundred people using the service, to one decimal place; empty when nobody used it */
    public Optional<BigDecimal> complaintsPercentOfUsers() {
        return Percentages.of(complaints, peopleUsingService);
    }

    /** @return commendations per hundred people using the service, to one decimal place; empty when nobody used it */
    public Optional<BigDecimal> commendationsPercentOfUsers() {
        return Percentages.of(commendations, peopleUsingService);
    }
}
