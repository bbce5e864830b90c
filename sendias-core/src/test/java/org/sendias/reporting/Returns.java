package org.sendias.reporting;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.sendias.TenantId;
import org.sendias.casework.Domain;
import org.sendias.deadline.Rule;
import org.sendias.equality.AccessibleFormat;
import org.sendias.equality.DisabilityStatus;
import org.sendias.equality.EthnicGroup;
import org.sendias.equality.Gender;
import org.sendias.equality.Language;

/** Hand-set and generated raw returns for the publishing tests. */
final class Returns {
    private Returns() {
    }

    static ServiceLevelFigure ack(long onTime, long late, long notMet) {
        return new ServiceLevelFigure(Rule.SERVICE_ACKNOWLEDGEMENT, 2, onTime, late, notMet, 0);
    }

    static ServiceLevelFigure first(long onTime, long late, long notMet) {
        return new ServiceLevelFigure(Rule.SERVICE_FIRST_APPOINTMENT, 5, onTime, late, notMet, 0);
    }

    static <E extends Enum<E>> CategoryCounts<E> counts(Class<E> type, long notStated, long... values) {
        Map<E, Long> m = new LinkedHashMap<>();
        int i = 0;
        for (E e : type.getEnumConstants()) {
            if (e.name().equals("PREFER_NOT_TO_SAY")) {
                continue;
            }
            m.put(e, i < values.length ? values[i] : 0L);
            i++;
        }
        return new CategoryCounts<>(m, notStated);
    }

    static CategoryCounts<Language> languages(long notStated, Object... codeAndCount) {
        Map<Language, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < codeAndCount.length; i += 2) {
            m.put(Language.of((String) codeAndCount[i]), ((Number) codeAndCount[i + 1]).longValue());
        }
        return new CategoryCounts<>(m, notStated);
    }

    /** A return whose breakdowns of people are all 31 (white 20, black 3, mixed 6, not stated 2). */
    static QuarterlyReturn example(ReportingPeriod period, ServiceLevelFigure ack, ServiceLevelFigure first,
        long complaints, CategoryCounts<Language> firstLanguages) {
        Map<Domain, Long> domains = new EnumMap<>(Domain.class);
        domains.put(Domain.EDUCATION, 25L);
        domains.put(Domain.HEALTH, 4L);
        domains.put(Domain.SOCIAL_CARE, 0L);
        return new QuarterlyReturn(Fixtures.TENANT, period, ContractTerms.DEFAULT, 31,
            counts(EthnicGroup.class, 2, 0, 3, 6, 20, 0), counts(Gender.class, 2, 15, 14, 0),
            counts(DisabilityStatus.class, 2, 10, 19), firstLanguages, 26, domains, 12, domains,
            counts(ReferralSource.class, 0, 6, 6), ack, first, 0, 2, 0, 10, 7, complaints, 0, 8, 3,
            languages(0, "pl", 8), Map.of(AccessibleFormat.EASY_READ, 3L));
    }

    static QuarterlyReturn example(ReportingPeriod period) {
        return example(period, ack(40, 5, 5), first(3, 0, 1), 3, languages(2, "en", 20, "pl", 3, "so", 6));
    }

    /** A random return with many small counts, its breakdowns of people adding up. */
    static QuarterlyReturn random(SplittableRandom random, TenantId tenant, ReportingPeriod period) {
        long[] eth = small(random, 5);
        long ns = random.nextInt(8);
        long people = sum(eth) + ns;
        CategoryCounts<EthnicGroup> ethnicity = counts(EthnicGroup.class, ns, eth);
        long[] gen = split(random, people, 4);
        long[] dis = split(random, people, 3);
        long[] lang = split(random, people, 4);
        CategoryCounts<Language> langs = languages(lang[3], "en", lang[0], "pl", lang[1], "ur", lang[2]);
        Map<Domain, Long> domains = new EnumMap<>(Domain.class);
        for (Domain d : Domain.values()) {
            domains.put(d, (long) random.nextInt(12));
        }
        long[] src = small(random, ReferralSource.values().length);
        long referrals = sum(src);
        long transitions = random.nextInt(12);
        long[] interp = small(random, 3);
        return new QuarterlyReturn(tenant, period, ContractTerms.DEFAULT, people, ethnicity,
            counts(Gender.class, gen[3], gen[0], gen[1], gen[2]), counts(DisabilityStatus.class, dis[2], dis[0], dis[1]),
            langs, random.nextInt(40), domains, referrals, domains, counts(ReferralSource.class, 0, src),
            ack(random.nextInt(12), random.nextInt(4), random.nextInt(4)),
            first(random.nextInt(12), random.nextInt(4), random.nextInt(4)), random.nextInt(9), random.nextInt(9),
            random.nextInt(9), transitions, random.nextInt((int) transitions + 1), random.nextInt(9),
            random.nextInt(9), sum(interp), random.nextInt(6), languages(0, "pl", interp[0], "ar", interp[1], "so",
            interp[2]), Map.of(AccessibleFormat.BRAILLE, (long) random.nextInt(7)));
    }

    private static long[] small(SplittableRandom random, int n) {
        long[] v = new long[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextInt(3) == 0 ? 0 : random.nextInt(15);
        }
        return v;
    }

    private static long[] split(SplittableRandom random, long total, int parts) {
        long[] v = new long[parts];
        long left = total;
        for (int i = 0; i < parts - 1; i++) {
            v[i] = left == 0 ? 0 : random.nextLong(left + 1);
            left -= v[i];
        }
        v[parts - 1] = left;
        return v;
    }

    private static long sum(long[] v) {
        long s = 0;
        for (long x : v) {
            s += x;
        }
        return s;
    }
}
