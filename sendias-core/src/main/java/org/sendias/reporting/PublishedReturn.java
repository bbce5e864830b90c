package org.sendias.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.sendias.InvalidInputException;
import org.sendias.TenantId;
import org.sendias.casework.Domain;
import org.sendias.equality.AccessibleFormat;
import org.sendias.equality.DisabilityStatus;
import org.sendias.equality.EthnicGroup;
import org.sendias.equality.Gender;
import org.sendias.equality.Language;
import org.sendias.internal.Validation;

/**
 * A {@link QuarterlyReturn} after small-number suppression: what a service may send to its commissioner. Immutable.
 *
 * <p>Every breakdown of the return becomes a one-row {@link CountTable} (row {@value #ALL}) with its not-stated count
 * (people who declined the use of their monitoring answers, or gave none, count only there and in the totals), and is
 * published by the {@link SuppressionRule}, with secondary suppression inside the table. Each service level is a
 * table of its own (tables {@code acknowledgement} and {@code first-appointment}; columns {@code on-time},
 * {@code late} and {@code not-met}; a row total is the referrals due) whose on-time percentage is a
 * {@link Percentage} of the row total; so the percentage is suppressed whenever publishing it would reveal a small
 * number of late or missed targets. Transition reports form a table
 * of successful and unsuccessful reports, so that neither can be worked out from the other.
 *
 * <p>Single counts ({@link #figures()}) are suppressed when they are from 1 to {@code k - 1}. A single count equal to
 * the total of a published table (the people using the service, the referrals, the contacts with an interpreter) is
 * also suppressed whenever that table's total is, and the count of people whose first language is not English is
 * published only when the first-language table's published values already give it. Rates ({@link #rates()}) are
 * suppressed on suppressed or small bases.
 *
 * <p>{@link #timeliness()} gives the on-time percentages of each quarter of a {@link #series series}, each quarter
 * suppressed on its own figures, for a chart over time.
 *
 * <p>Nothing here carries free text from a case: only codes, counts and fixed English titles.
 */
public final class PublishedReturn {
    /** The label of the single row of a one-row table. */
    public static final String ALL = "all";
    /** The most quarters a series may have. */
    public static final int MAX_QUARTERS = 40;

    private static final int MAX_LABEL_LENGTH = 64;

    private final TenantId tenant;
    private final ReportingPeriod period;
    private final int k;
    private final List<Table> tables;
    private final List<Figure> figures;
    private final List<Rate> rates;
    private final List<QuarterTimeliness> timeliness;

    private PublishedReturn(TenantId tenant, ReportingPeriod period, int k, List<Table> tables, List<Figure> figures,
        List<Rate> rates, List<QuarterTimeliness> timeliness) {
        this.tenant = tenant;
        this.period = period;
        this.k = k;
        this.tables = List.copyOf(tables);
        this.figures = List.copyOf(figures);
        this.rates = List.copyOf(rates);
        this.timeliness = List.copyOf(timeliness);
    }

    /**
     * Publishes one quarter's return; its {@link #timeliness()} has that quarter only.
     *
     * @param quarterly the raw return
     * @param rule the suppression rule
     * @return the published return
     * @throws InvalidInputException ({@code quarterly}, {@code rule}) when either is missing
     */
    public static PublishedReturn of(QuarterlyReturn quarterly, SuppressionRule rule) {
        Validation.required(quarterly, "quarterly");
        Validation.required(rule, "rule");
        return build(quarterly, rule, List.of(timeliness(quarterly, rule)));
    }

    /**
     * Publishes the last return of a series of quarters, with the timeliness of every quarter of the series.
     *
     * @param quarters the raw returns of one service, in order of their periods, each period starting after the
     *     previous one ends; 1 to {@value #MAX_QUARTERS}
     * @param rule the suppression rule
     * @return the last quarter's published return
     * @throws InvalidInputException ({@code quarters}, {@code quarters[i]}, {@code rule}) when the list is missing,
     *     empty or too long, or a return is missing, belongs to another service or is out of order
     */
    public static PublishedReturn series(List<QuarterlyReturn> quarters, SuppressionRule rule) {
        Validation.required(quarters, "quarters");
        Validation.required(rule, "rule");
        if (quarters.isEmpty() || quarters.size() > MAX_QUARTERS) {
            throw new InvalidInputException("quarters", "must have from 1 to " + MAX_QUARTERS + " returns");
        }
        List<QuarterTimeliness> series = new ArrayList<>();
        QuarterlyReturn previous = null;
        for (int i = 0; i < quarters.size(); i++) {
            QuarterlyReturn q = quarters.get(i);
            String field = "quarters[" + i + "]";
            Validation.required(q, field);
            if (previous != null) {
                if (!q.tenant().equals(previous.tenant())) {
                    throw new InvalidInputException(field, "belongs to another service than quarters[0]");
                }
                if (!q.period().start().isAfter(previous.period().end())) {
                    throw new InvalidInputException(field, "must start after the previous return's period ends");
                }
            }
            series.add(timeliness(q, rule));
            previous = q;
        }
        return build(previous, rule, series);
    }

    private static QuarterTimeliness timeliness(QuarterlyReturn q, SuppressionRule rule) {
        return new QuarterTimeliness(q.period(), onTime(rule.apply(serviceLevel(q.acknowledgement()))),
            onTime(rule.apply(serviceLevel(q.firstAppointment()))));
    }

    private static final String ON_TIME = "on-time";

    private static Percentage onTime(PublishedTable level) {
        return level.percentage(ALL, ON_TIME, Percentage.Base.ROW_TOTAL);
    }

    private static CountTable serviceLevel(ServiceLevelFigure f) {
        return CountTable.builder(List.of(ALL), List.of(ON_TIME, "late", "not-met")).count(ALL, ON_TIME, f.metOnTime())
            .count(ALL, "late", f.metLate()).count(ALL, "not-met", f.notMet()).build();
    }

    private static PublishedReturn build(QuarterlyReturn q, SuppressionRule rule, List<QuarterTimeliness> series) {
        int k = rule.k();
        List<Table> tables = new ArrayList<>();
        Table ethnicity = enumTable("people-by-ethnicity", "People using the service by ethnic group",
            q.byEthnicity(), EthnicGroup::label, rule);
        Table gender = enumTable("people-by-gender", "People using the service by gender", q.byGender(),
            Gender::label, rule);
        Table disability = enumTable("people-by-disability", "People using the service by disability",
            q.byDisability(), DisabilityStatus::label, rule);
        Table language = languageTable("people-by-first-language", "People using the service by first language",
            q.byFirstLanguage(), rule);
        tables.add(ethnicity);
        tables.add(gender);
        tables.add(disability);
        tables.add(language);
        tables.add(mapTable("cases-by-domain", "Cases open by domain (a case counts under each of its domains)",
            q.casesByDomain(), Domain.class, rule));
        tables.add(mapTable("referrals-by-domain", "Referrals by domain (a referral counts under each of its domains)",
            q.referralsByDomain(), Domain.class, rule));
        Table sources = enumTable("referrals-by-source", "Referrals by source", q.referralsBySource(),
            PublishedReturn::title, rule);
        tables.add(sources);
        Table acknowledgement = new Table("acknowledgement", "Referrals due an acknowledgement within "
            + q.acknowledgement().workingDays() + " working days", List.of("All"), List.of("On time", "Late",
            "Not met"), rule.apply(serviceLevel(q.acknowledgement())));
        Table firstAppointment = new Table("first-appointment", "Referrals due a first appointment within "
            + q.firstAppointment().workingDays() + " working days", List.of("All"), List.of("On time", "Late",
            "Not met"), rule.apply(serviceLevel(q.firstAppointment())));
        tables.add(acknowledgement);
        tables.add(firstAppointment);
        CountTable.Builder transitions = CountTable.builder(List.of(ALL), List.of("successful", "unsuccessful"));
        transitions.count(ALL, "successful", q.transitionsSuccessful());
        transitions.count(ALL, "unsuccessful", Math.max(0, q.transitionReports() - q.transitionsSuccessful()));
        Table transitionReports = new Table("transition-reports", "Transitions reported after the follow-up period",
            List.of("All"), List.of("Successful", "Unsuccessful"), rule.apply(transitions.build()));
        tables.add(transitionReports);
        Table interpreters = languageTable("interpreter-languages", "Contacts with an interpreter by language",
            q.interpreterLanguages(), rule);
        tables.add(interpreters);
        tables.add(mapTable("contacts-by-accessible-format",
            "Contacts by accessible format (a contact counts under each format used)",
            q.contactsByAccessibleFormat(), AccessibleFormat.class, rule));

        List<Figure> figures = new ArrayList<>();
        PublishedTable.Value people = tied(q.peopleUsingService(), k, ethnicity, gender, disability, language);
        figures.add(new Figure("people-using-service", "People using the service", people));
        figures.add(new Figure("cases-open", "Cases open", single(q.casesOpen(), k)));
        figures.add(new Figure("referrals", "Referrals received", tied(q.referrals(), k, sources)));
        figures.add(new Figure("acknowledgement-disapplied", "Acknowledgement targets released by an exception",
            single(q.acknowledgement().disapplied(), k)));
        figures.add(new Figure("first-appointment-disapplied",
            "First appointment targets released by an exception", single(q.firstAppointment().disapplied(), k)));
        figures.add(new Figure("appeals-lodged", "Appeals lodged with the service involved in the previous "
            + q.terms().involvementMonths() + " months", single(q.appealsLodged(), k)));
        figures.add(new Figure("tribunal-alternatives-found",
            "Families who wanted a tribunal where another route was found", single(q.tribunalAlternativesFound(), k)));
        figures.add(new Figure("exclusions-reported", "Exclusions reported within "
            + q.terms().involvementMonths() + " months of involvement", single(q.exclusionsReported(), k)));
        PublishedTable.Value complaints = single(q.complaints(), k);
        PublishedTable.Value commendations = single(q.commendations(), k);
        figures.add(new Figure("complaints", "Complaints", complaints));
        figures.add(new Figure("commendations", "Commendations", commendations));
        figures.add(new Figure("first-language-not-english", "People whose first language is not English",
            notEnglish(q.firstLanguageNotEnglish(), k, language.table())));
        figures.add(new Figure("contacts-with-interpreter", "Contacts with an interpreter",
            tied(q.contactsWithInterpreter(), k, interpreters)));
        figures.add(new Figure("cases-with-interpreter", "Cases with an interpreter at any contact",
            single(q.casesWithInterpreter(), k)));

        List<Rate> rates = new ArrayList<>();
        rates.add(new Rate("acknowledgement-on-time", "Referrals acknowledged within "
            + q.acknowledgement().workingDays() + " working days", onTime(acknowledgement.table())));
        rates.add(new Rate("first-appointment-on-time", "Referrals given a first appointment within "
            + q.firstAppointment().workingDays() + " working days", onTime(firstAppointment.table())));
        rates.add(new Rate("transitions-successful", "Transitions reported successful",
            transitionsRate(transitionReports.table())));
        rates.add(new Rate("complaints-per-hundred-users", "Complaints as a percentage of people using the service",
            Percentage.of(complaints, people, k)));
        rates.add(new Rate("commendations-per-hundred-users",
            "Commendations as a percentage of people using the service", Percentage.of(commendations, people, k)));
        return new PublishedReturn(q.tenant(), q.period(), k, tables, figures, rates, series);
    }

    private static Percentage transitionsRate(PublishedTable t) {
        return t.percentage(ALL, "successful", Percentage.Base.ROW_TOTAL);
    }

    private static PublishedTable.Value single(long count, int k) {
        return count >= 1 && count < k ? PublishedTable.Value.suppressed(SuppressionRule.Reason.PRIMARY)
            : PublishedTable.Value.published(count);
    }

    /** A single count that equals the grand total of tables: suppressed when small or when any of theirs is. */
    private static PublishedTable.Value tied(long count, int k, Table... tables) {
        PublishedTable.Value v = single(count, k);
        if (!v.isSuppressed()) {
            for (Table t : tables) {
                if (t.table().grandTotal().isSuppressed()) {
                    return PublishedTable.Value.suppressed(SuppressionRule.Reason.SECONDARY);
                }
            }
        }
        return v;
    }

    /** Published only when the first-language table's published values give it already. */
    private static PublishedTable.Value notEnglish(long count, int k, PublishedTable languages) {
        PublishedTable.Value v = single(count, k);
        if (v.isSuppressed()) {
            return v;
        }
        boolean bySum = true;
        for (String column : languages.columnLabels()) {
            if (!column.equals("en") && languages.cell(ALL, column).isSuppressed()) {
                bySum = false;
            }
        }
        boolean byDifference = !languages.grandTotal().isSuppressed() && !languages.notStatedTotal().isSuppressed()
            && (!languages.columnLabels().contains("en") || !languages.cell(ALL, "en").isSuppressed());
        // the "other" column of a long list mixes languages, English never among them
        return bySum || byDifference ? v : PublishedTable.Value.suppressed(SuppressionRule.Reason.SECONDARY);
    }

    private static <E extends Enum<E>> Table enumTable(String code, String title, CategoryCounts<E> counts,
        Function<E, String> label, SuppressionRule rule) {
        List<String> columns = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (E e : counts.counts().keySet()) {
            columns.add(code(e));
            titles.add(label.apply(e));
        }
        if (columns.isEmpty()) {
            columns.add("none");
            titles.add("None");
        }
        CountTable.Builder b = CountTable.builder(List.of(ALL), columns);
        counts.counts().forEach((e, n) -> b.count(ALL, code(e), n));
        b.notStated(ALL, counts.notStated());
        return new Table(code, title, List.of("All"), titles, rule.apply(b.build()));
    }

    private static <E extends Enum<E>> Table mapTable(String code, String title, Map<E, Long> counts, Class<E> type,
        SuppressionRule rule) {
        List<String> columns = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            columns.add(code(e));
            titles.add(title(e));
        }
        CountTable.Builder b = CountTable.builder(List.of(ALL), columns);
        counts.forEach((e, n) -> b.count(ALL, code(e), n));
        return new Table(code, title, List.of("All"), titles, rule.apply(b.build()));
    }

    /** Languages by count, largest first; beyond the table's width the smallest are merged into {@code other}. */
    private static Table languageTable(String code, String title, CategoryCounts<Language> counts,
        SuppressionRule rule) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>();
        long other = 0;
        for (Map.Entry<Language, Long> e : counts.counts().entrySet()) {
            String c = e.getKey().code().toLowerCase(Locale.ROOT);
            if (c.length() > MAX_LABEL_LENGTH || !c.matches(Validation.CODE) || c.equals("other")) {
                other += e.getValue();
            } else {
                entries.add(Map.entry(c, e.getValue()));
            }
        }
        entries.sort(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
            .thenComparing(Map.Entry::getKey));
        int room = CountTable.MAX_LABELS - 1;
        while (entries.size() > room) {
            other += entries.remove(entries.size() - 1).getValue();
        }
        List<String> columns = new ArrayList<>();
        entries.forEach(e -> columns.add(e.getKey()));
        if (other > 0 || columns.isEmpty()) {
            columns.add("other");
        }
        CountTable.Builder b = CountTable.builder(List.of(ALL), columns);
        entries.forEach(e -> b.count(ALL, e.getKey(), e.getValue()));
        if (other > 0) {
            b.count(ALL, "other", other);
        }
        b.notStated(ALL, counts.notStated());
        List<String> titles = new ArrayList<>();
        columns.forEach(c -> titles.add(c.equals("other") ? "Other" : c));
        return new Table(code, title, List.of("All"), titles, rule.apply(b.build()));
    }

    private static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String title(Enum<?> e) {
        String words = e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** @return the service */
    public TenantId tenant() {
        return tenant;
    }

    /** @return the quarter (or other period) of the return */
    public ReportingPeriod period() {
        return period;
    }

    /** @return the suppression threshold the return was published under */
    public int k() {
        return k;
    }

    /** @return every published table, in the order of the return */
    public List<Table> tables() {
        return tables;
    }

    /**
     * @param code a table's code, for example {@code people-by-ethnicity}
     * @return the table, if the return has one with that code
     */
    public Optional<Table> table(String code) {
        return tables.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** @return the single counts, in the order of the return */
    public List<Figure> figures() {
        return figures;
    }

    /**
     * @param code a figure's code, for example {@code complaints}
     * @return the figure, if the return has one with that code
     */
    public Optional<Figure> figure(String code) {
        return figures.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    /** @return the percentages, in the order of the return */
    public List<Rate> rates() {
        return rates;
    }

    /**
     * @param code a rate's code, for example {@code acknowledgement-on-time}
     * @return the rate, if the return has one with that code
     */
    public Optional<Rate> rate(String code) {
        return rates.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** @return the on-time percentages of each quarter of the series, oldest first; the last is this return's */
    public List<QuarterTimeliness> timeliness() {
        return timeliness;
    }

    /** @return the service, the period and the threshold only */
    @Override
    public String toString() {
        return "PublishedReturn[" + tenant + ", " + period + ", k=" + k + "]";
    }

    /**
     * One published table.
     *
     * @param code the table's code, unique in the return
     * @param title its title in English
     * @param rowTitles a title for each of the table's rows, in order
     * @param columnTitles a title for each of the table's columns, in order
     * @param table the published values
     */
    public record Table(String code, String title, List<String> rowTitles, List<String> columnTitles,
            PublishedTable table) {
        /** Checks that every part is present and that there is a title for each row and column. */
        public Table {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(title, "title");
            rowTitles = List.copyOf(rowTitles);
            columnTitles = List.copyOf(columnTitles);
            Objects.requireNonNull(table, "table");
            if (rowTitles.size() != table.rowLabels().size() || columnTitles.size() != table.columnLabels().size()) {
                throw new IllegalArgumentException("a title is needed for each row and column");
            }
        }
    }

    /**
     * One published single count.
     *
     * @param code the figure's code, unique in the return
     * @param title its title in English
     * @param value the count, or suppressed
     */
    public record Figure(String code, String title, PublishedTable.Value value) {
        /** Checks that every part is present. */
        public Figure {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * One published percentage.
     *
     * @param code the rate's code, unique in the return
     * @param title its title in English
     * @param percentage the percentage, or suppressed
     */
    public record Rate(String code, String title, Percentage percentage) {
        /** Checks that every part is present. */
        public Rate {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(percentage, "percentage");
        }
    }

    /**
     * The service levels of one quarter, each suppressed on that quarter's own figures.
     *
     * @param period the quarter
     * @param acknowledgement referrals due in the quarter that were acknowledged on time, as a percentage
     * @param firstAppointment referrals due in the quarter that were given a first appointment on time
     */
    public record QuarterTimeliness(ReportingPeriod period, Percentage acknowledgement, Percentage firstAppointment) {
        /** Checks that every part is present. */
        public QuarterTimeliness {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(acknowledgement, "acknowledgement");
            Objects.requireNonNull(firstAppointment, "firstAppointment");
        }
    }
}
