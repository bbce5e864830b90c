package org.sendias.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.sendias.InvalidInputException;
import org.sendias.equality.DisabilityStatus;
import org.sendias.equality.EthnicGroup;
import org.sendias.equality.Gender;
import org.sendias.internal.Validation;

/**
 * {@link SurveyResults} after small-number suppression: the annual satisfaction survey as it may be shared. Immutable.
 *
 * <p>Each breakdown (gender, disability, ethnic group) of each year is a {@link CountTable} with a row for each score
 * ({@code score-0} to {@code score-4}) and a column for each category; responses not placed in a category (no answer,
 * "prefer not to say", or no consent to the use of the answers) are the rows' not-stated counts. So the row totals
 * are the overall distribution and the grand total is the number of responses. Each table is published by the
 * {@link SuppressionRule}.
 *
 * <p>A mean score is published only when the published table already gives it: every count it is computed from is
 * published and there are at least {@code k} responses; otherwise it is withheld (a mean over a few responses, or
 * over hidden counts, could give them away). The change in the overall mean from the year before is published only
 * when both means are.
 */
public final class PublishedSurvey {
    private static final int SCORES = SurveyResponse.MAX_SCORE + 1;

    private final int year;
    private final int k;
    private final List<PublishedReturn.Table> tables;
    private final List<Mean> means;
    private final Optional<BigDecimal> meanChange;

    private PublishedSurvey(int year, int k, List<PublishedReturn.Table> tables, List<Mean> means,
        Optional<BigDecimal> meanChange) {
        this.year = year;
        this.k = k;
        this.tables = List.copyOf(tables);
        this.means = List.copyOf(means);
        this.meanChange = meanChange;
    }

    /**
     * @param results the survey's results, with the year before's if there were any
     * @param rule the suppression rule
     * @return the published survey
     * @throws InvalidInputException ({@code results}, {@code rule}) when either is missing
     */
    public static PublishedSurvey of(SurveyResults results, SuppressionRule rule) {
        Validation.required(results, "results");
        Validation.required(rule, "rule");
        List<PublishedReturn.Table> tables = new ArrayList<>();
        List<Mean> means = new ArrayList<>();
        Optional<BigDecimal> now = year(results, "", rule, tables, means);
        Optional<BigDecimal> change = Optional.empty();
        if (results.previousYear().isPresent()) {
            Optional<BigDecimal> before = year(results.previousYear().get(), "previous-year-", rule, tables, means);
            if (now.isPresent() && before.isPresent()) {
                change = Optional.of(now.get().subtract(before.get()));
            }
        }
        return new PublishedSurvey(results.year(), rule.k(), tables, means, change);
    }

    /** Publishes one year's tables and means; returns its overall mean if published. */
    private static Optional<BigDecimal> year(SurveyResults r, String prefix, SuppressionRule rule,
        List<PublishedReturn.Table> tables, List<Mean> means) {
        String of = " (" + r.year() + ")";
        PublishedReturn.Table gender = table(prefix + "scores-by-gender", "Scores by gender" + of, r.byGender(),
            Gender::label, rule);
        PublishedReturn.Table disability = table(prefix + "scores-by-disability", "Scores by disability" + of,
            r.byDisability(), DisabilityStatus::label, rule);
        PublishedReturn.Table ethnicity = table(prefix + "scores-by-ethnicity", "Scores by ethnic group" + of,
            r.byEthnicity(), EthnicGroup::label, rule);
        tables.add(gender);
        tables.add(disability);
        tables.add(ethnicity);
        // every table's row totals are the overall distribution: the first table publishing them all gives the mean
        Optional<BigDecimal> overall = Optional.empty();
        for (PublishedReturn.Table t : List.of(gender, disability, ethnicity)) {
            overall = overall.or(() -> mean(t.table(), null, rule.k()));
        }
        means.add(new Mean(prefix + "overall", "Mean score, all responses" + of, overall));
        for (PublishedReturn.Table t : List.of(gender, disability, ethnicity)) {
            List<String> columns = t.table().columnLabels();
            for (int c = 0; c < columns.size(); c++) {
                means.add(new Mean(t.code() + "." + columns.get(c), "Mean score, " + t.columnTitles().get(c) + of,
                    mean(t.table(), columns.get(c), rule.k())));
            }
        }
        return overall;
    }

    private static <E extends Enum<E>> PublishedReturn.Table table(String code, String title, ScoresBy<E> scores,
        Function<E, String> label, SuppressionRule rule) {
        List<String> rows = new ArrayList<>();
        List<String> rowTitles = new ArrayList<>();
        for (int s = 0; s < SCORES; s++) {
            rows.add("score-" + s);
            rowTitles.add("Score " + s);
        }
        List<String> columns = new ArrayList<>();
        List<String> columnTitles = new ArrayList<>();
        for (E e : scores.byCategory().keySet()) {
            columns.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            columnTitles.add(label.apply(e));
        }
        CountTable.Builder b = CountTable.builder(rows, columns);
        int c = 0;
        for (Map.Entry<E, ScoreDistribution> e : scores.byCategory().entrySet()) {
            for (int s = 0; s < SCORES; s++) {
                b.count(rows.get(s), columns.get(c), e.getValue().count(s));
            }
            c++;
        }
        for (int s = 0; s < SCORES; s++) {
            b.notStated(rows.get(s), scores.notStated().count(s));
        }
        return new PublishedReturn.Table(code, title, rowTitles, columnTitles, rule.apply(b.build()));
    }

    /** The mean of a column (or of the row totals, for {@code column == null}) when all its counts are published. */
    private static Optional<BigDecimal> mean(PublishedTable t, String column, int k) {
        long n = 0;
        long sum = 0;
        for (int s = 0; s < SCORES; s++) {
            String row = "score-" + s;
            PublishedTable.Value v = column == null ? t.rowTotal(row) : t.cell(row, column);
            if (v.isSuppressed()) {
                return Optional.empty();
            }
            n += v.count().getAsLong();
            sum += s * v.count().getAsLong();
        }
        if (n < k) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP));
    }

    /** @return the survey's year */
    public int year() {
        return year;
    }

    /** @return the suppression threshold */
    public int k() {
        return k;
    }

    /** @return the published tables: this year's by gender, disability and ethnic group, then the year before's */
    public List<PublishedReturn.Table> tables() {
        return tables;
    }

    /** @return the mean scores: overall, then by category, this year and then the year before */
    public List<Mean> means() {
        return means;
    }

    /** @return this year's overall mean minus the year before's, when both are published */
    public Optional<BigDecimal> meanChange() {
        return meanChange;
    }

    /** @return the year and threshold only */
    @Override
    public String toString() {
        return "PublishedSurvey[" + year + ", k=" + k + "]";
    }

    /**
     * One mean score, 0 to 4, to two decimal places.
     *
     * @param code the mean's code: {@code overall}, or a table's code and a column's, joined by a dot
     * @param title its title in English
     * @param mean the mean, or empty when it is withheld or there were no responses
     */
    public record Mean(String code, String title, Optional<BigDecimal> mean) {
        /** Checks that every part is present. */
        public Mean {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(mean, "mean");
        }
    }
}
