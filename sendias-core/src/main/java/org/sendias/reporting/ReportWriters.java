package org.sendias.reporting;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.sendias.internal.Validation;

/**
 * Writes a {@link PublishedReturn} for its readers: JSON for systems, CSV for spreadsheets, HTML for people. All three
 * show a suppressed value as {@value PublishedTable#MARKER} and never say why it was suppressed. Percentages are
 * rounded half up to one decimal place. They see only the published return, so no free text from a case can reach
 * them.
 *
 * <p><b>JSON</b>: one object, {@code {"tenant", "period", "start", "end", "k", "suppressed": "[c]", "figures",
 * "rates", "tables", "timeliness"}}. {@code figures} is an array of {@code {"code", "title", "value"}}; {@code rates}
 * of {@code {"code", "title", "percent"}}; {@code tables} of {@code {"code", "title", "columns": [{"code",
 * "title"}], "rows": [{"code", "title", "cells": {column: value}, "notStated", "total"}], "columnTotals": {column:
 * value}, "notStatedTotal", "total"}}; {@code timeliness} of {@code {"period", "start", "end",
 * "acknowledgementOnTime", "firstAppointmentOnTime"}}. A value or percent is a number, or the string {@code "[c]"}.
 *
 * <p><b>CSV</b> (RFC 4180, CRLF line ends): a header {@code section,row,column,value}, then one line per published
 * value: {@code return} lines for the tenant, period and threshold; {@code figures} lines ({@code row} the figure's
 * code, {@code column} {@code count}); {@code rates} lines ({@code column} {@code percent}); a table's cells under its
 * code (row and column codes, the row totals under column {@code total}, the not-stated counts under
 * {@code not-stated}, the column totals under row {@code total}); {@code timeliness} lines by quarter.
 *
 * <p><b>HTML</b>: one self-contained page (no scripts, no external resources) with a heading per section, the
 * tables, a note on suppression and on "not stated", and an inline SVG bar chart of the on-time percentages by
 * quarter, in which a suppressed percentage is a gap.
 *
 * <p>A {@link PublishedSurvey} is written the same way, with its mean scores in place of figures and rates.
 */
public final class ReportWriters {
    private static final JsonFactory JSON = new JsonFactory();

    private ReportWriters() {
    }

    /**
     * @param published the return
     * @param out where the JSON is written; not closed
     * @throws IOException when writing fails
     * @throws org.sendias.InvalidInputException ({@code published}, {@code out}) when either is missing
     */
    public static void writeJson(PublishedReturn published, Writer out) throws IOException {
        Validation.required(published, "published");
        Validation.required(out, "out");
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("tenant", published.tenant().value());
            g.writeStringField("period", published.period().toString());
            g.writeStringField("start", published.period().start().toString());
            g.writeStringField("end", published.period().end().toString());
            g.writeNumberField("k", published.k());
            g.writeStringField("suppressed", PublishedTable.MARKER);
            g.writeArrayFieldStart("figures");
            for (PublishedReturn.Figure f : published.figures()) {
                g.writeStartObject();
                g.writeStringField("code", f.code());
                g.writeStringField("title", f.title());
                g.writeFieldName("value");
                value(g, f.value());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rates");
            for (PublishedReturn.Rate r : published.rates()) {
                g.writeStartObject();
                g.writeStringField("code", r.code());
                g.writeStringField("title", r.title());
                g.writeFieldName("percent");
                percent(g, r.percentage());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("tables");
            for (PublishedReturn.Table t : published.tables()) {
                table(g, t);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("timeliness");
            for (PublishedReturn.QuarterTimeliness q : published.timeliness()) {
                g.writeStartObject();
                g.writeStringField("period", q.period().toString());
                g.writeStringField("start", q.period().start().toString());
                g.writeStringField("end", q.period().end().toString());
                g.writeFieldName("acknowledgementOnTime");
                percent(g, q.acknowledgement());
                g.writeFieldName("firstAppointmentOnTime");
                percent(g, q.firstAppointment());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void table(JsonGenerator g, PublishedReturn.Table t) throws IOException {
        PublishedTable p = t.table();
        g.writeStartObject();
        g.writeStringField("code", t.code());
        g.writeStringField("title", t.title());
        g.writeArrayFieldStart("columns");
        for (int c = 0; c < p.columnLabels().size(); c++) {
            g.writeStartObject();
            g.writeStringField("code", p.columnLabels().get(c));
            g.writeStringField("title", t.columnTitles().get(c));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        for (int r = 0; r < p.rowLabels().size(); r++) {
            String row = p.rowLabels().get(r);
            g.writeStartObject();
            g.writeStringField("code", row);
            g.writeStringField("title", t.rowTitles().get(r));
            g.writeObjectFieldStart("cells");
            for (String column : p.columnLabels()) {
                g.writeFieldName(column);
                value(g, p.cell(row, column));
            }
            g.writeEndObject();
            g.writeFieldName("notStated");
            value(g, p.notStated(row));
            g.writeFieldName("total");
            value(g, p.rowTotal(row));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("columnTotals");
        for (String column : p.columnLabels()) {
            g.writeFieldName(column);
            value(g, p.columnTotal(column));
        }
        g.writeEndObject();
        g.writeFieldName("notStatedTotal");
        value(g, p.notStatedTotal());
        g.writeFieldName("total");
        value(g, p.grandTotal());
        g.writeEndObject();
    }

    private static void value(JsonGenerator g, PublishedTable.Value v) throws IOException {
        if (v.isSuppressed()) {
            g.writeString(PublishedTable.MARKER);
        } else {
            g.writeNumber(v.count().getAsLong());
        }
    }

    private static void percent(JsonGenerator g, Percentage p) throws IOException {
        Optional<BigDecimal> rounded = p.rounded(1);
        if (rounded.isPresent()) {
            g.writeNumber(rounded.get());
        } else {
            g.writeString(PublishedTable.MARKER);
        }
    }

    private static String percentText(Percentage p) {
        return p.rounded(1).map(BigDecimal::toPlainString).orElse(PublishedTable.MARKER);
    }

    /**
     * @param published the return
     * @param out where the CSV is written; not closed
     * @throws IOException when writing fails
     * @throws org.sendias.InvalidInputException ({@code published}, {@code out}) when either is missing
     */
    public static void writeCsv(PublishedReturn published, Writer out) throws IOException {
        Validation.required(published, "published");
        Validation.required(out, "out");
        csv(out, "section", "row", "column", "value");
        csv(out, "return", "tenant", "", published.tenant().value());
        csv(out, "return", "period", "", published.period().toString());
        csv(out, "return", "start", "", published.period().start().toString());
        csv(out, "return", "end", "", published.period().end().toString());
        csv(out, "return", "k", "", Integer.toString(published.k()));
        for (PublishedReturn.Figure f : published.figures()) {
            csv(out, "figures", f.code(), "count", f.value().toString());
        }
        for (PublishedReturn.Rate r : published.rates()) {
            csv(out, "rates", r.code(), "percent", percentText(r.percentage()));
        }
        for (PublishedReturn.Table t : published.tables()) {
            csvTable(out, t);
        }
        for (PublishedReturn.QuarterTimeliness q : published.timeliness()) {
            csv(out, "timeliness", q.period().toString(), "acknowledgement-on-time", percentText(q.acknowledgement()));
            csv(out, "timeliness", q.period().toString(), "first-appointment-on-time",
                percentText(q.firstAppointment()));
        }
        out.flush();
    }

    private static void csvTable(Writer out, PublishedReturn.Table t) throws IOException {
        PublishedTable p = t.table();
        for (String row : p.rowLabels()) {
            for (String column : p.columnLabels()) {
                csv(out, t.code(), row, column, p.cell(row, column).toString());
            }
            csv(out, t.code(), row, "not-stated", p.notStated(row).toString());
            csv(out, t.code(), row, "total", p.rowTotal(row).toString());
        }
        for (String column : p.columnLabels()) {
            csv(out, t.code(), "total", column, p.columnTotal(column).toString());
        }
        csv(out, t.code(), "total", "not-stated", p.notStatedTotal().toString());
        csv(out, t.code(), "total", "total", p.grandTotal().toString());
    }

    private static void csv(Writer out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(csvField(fields[i]));
        }
        out.write("\r\n");
    }

    static String csvField(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0
            && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /**
     * @param published the return
     * @param out where the page is written; not closed
     * @throws IOException when writing fails
     * @throws org.sendias.InvalidInputException ({@code published}, {@code out}) when either is missing
     */
    public static void writeHtml(PublishedReturn published, Writer out) throws IOException {
        Validation.required(published, "published");
        Validation.required(out, "out");
        new HtmlPage(published, out).write();
        out.flush();
    }

    /**
     * Writes the survey as JSON: {@code {"year", "k", "suppressed": "[c]", "means": [{"code", "title", "mean"}],
     * "meanChange", "tables": [...]}}, the tables as for the return; a withheld mean or change is {@code "[c]"}.
     *
     * @param survey the published survey
     * @param out where the JSON is written; not closed
     * @throws IOException when writing fails
     * @throws org.sendias.InvalidInputException ({@code survey}, {@code out}) when either is missing
     */
    public static void writeJson(PublishedSurvey survey, Writer out) throws IOException {
        Validation.required(survey, "survey");
        Validation.required(out, "out");
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("year", survey.year());
            g.writeNumberField("k", survey.k());
            g.writeStringField("suppressed", PublishedTable.MARKER);
            g.writeArrayFieldStart("means");
            for (PublishedSurvey.Mean m : survey.means()) {
                g.writeStartObject();
                g.writeStringField("code", m.code());
                g.writeStringField("title", m.title());
                g.writeFieldName("mean");
                decimal(g, m.mean());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeFieldName("meanChange");
            decimal(g, survey.meanChange());
            g.writeArrayFieldStart("tables");
            for (PublishedReturn.Table t : survey.tables()) {
                table(g, t);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void decimal(JsonGenerator g, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) {
            g.writeNumber(value.get());
        } else {
            g.writeString(PublishedTable.MARKER);
        }
    }

    /**
     * Writes the survey as CSV, as for the return: {@code survey} lines for the year and threshold, {@code means}
     * lines ({@code row} the mean's code, {@code column} {@code mean}; the change under {@code mean-change}), then
     * the tables.
     *
     * @param survey the published survey
     * @param out where the CSV is written; not closed
     * @throws IOException when writing fails
     * @throws org.sendias.InvalidInputException ({@code survey}, {@code out}) when either is missing
     */
    public static void writeCsv(PublishedSurvey survey, Writer out) throws IOException {
        Validation.required(survey, "survey");
        Validation.required(out, "out");
        csv(out, "section", "row", "column", "value");
        csv(out, "survey", "year", "", Integer.toString(survey.year()));
        csv(out, "survey", "k", "", Integer.toString(survey.k()));
        for (PublishedSurvey.Mean m : survey.means()) {
            csv(out, "means", m.code(), "mean", decimalText(m.mean()));
        }
        csv(out, "means", "mean-change", "mean", decimalText(survey.meanChange()));
        for (PublishedReturn.Table t : survey.tables()) {
            csvTable(out, t);
        }
        out.flush();
    }

    private static String decimalText(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse(PublishedTable.MARKER);
    }

    /**
     * Writes the survey as one self-contained HTML page: the means, the change from the year before, and the tables.
     *
     * @param survey the published survey
     * @param out where the page is written; not closed
     * @throws IOException when writing fails
     * @throws org.sendias.InvalidInputException ({@code survey}, {@code out}) when either is missing
     */
    public static void writeHtml(PublishedSurvey survey, Writer out) throws IOException {
        Validation.required(survey, "survey");
        Validation.required(out, "out");
        String title = "Satisfaction survey " + survey.year();
        HtmlPage.head(out, title);
        out.write("<p>");
        out.write(escape("Scores run from 0 (very dissatisfied) to 4 (very satisfied). Counts from 1 to "
            + (survey.k() - 1) + " are shown as " + PublishedTable.MARKER + ", as are values that would let a hidden "
            + "count be worked out; a mean is shown only when every count it comes from is shown and there are at "
            + "least " + survey.k() + " responses. \"Not stated\" counts responses without an answer, with "
            + "\"prefer not to say\", or without consent to the answer being used in reports."));
        out.write("</p>\n<h2>Mean scores</h2>\n<table>\n<tr><th scope=\"col\">Group</th>"
            + "<th scope=\"col\">Mean</th></tr>\n");
        for (PublishedSurvey.Mean m : survey.means()) {
            out.write("<tr><th scope=\"row\">" + escape(m.title()) + "</th><td>" + escape(decimalText(m.mean()))
                + "</td></tr>\n");
        }
        out.write("<tr><th scope=\"row\">Change in the mean from the year before</th><td>"
            + escape(decimalText(survey.meanChange())) + "</td></tr>\n</table>\n");
        for (PublishedReturn.Table t : survey.tables()) {
            HtmlPage.table(out, t);
        }
        out.write("</body>\n</html>\n");
        out.flush();
    }

    /** The HTML page; every text written is escaped. */
    private static final class HtmlPage {
        private static final int CHART_HEIGHT = 200;
        private static final int LEFT = 40;
        private static final int TOP = 10;
        private static final int GROUP_WIDTH = 84;
        private static final int BAR_WIDTH = 20;

        private final PublishedReturn r;
        private final Writer out;

        HtmlPage(PublishedReturn r, Writer out) {
            this.r = r;
            this.out = out;
        }

        void write() throws IOException {
            head(out, "Commissioner's return: " + r.tenant().value() + ", " + r.period());
            raw("<p>");
            text("Period " + r.period().start() + " to " + r.period().end() + ".");
            raw("</p>\n<h2>About these figures</h2>\n<p>");
            text("Counts from 1 to " + (r.k() - 1) + " are shown as " + PublishedTable.MARKER + " so that no family "
                + "can be recognised, and further values are shown as " + PublishedTable.MARKER + " where they would "
                + "let a hidden count be worked out. Percentages are shown as " + PublishedTable.MARKER + " when "
                + "the count or the base is hidden, or the base is below " + r.k() + ". Zero is always shown.");
            raw("</p>\n<p>");
            text("\"Not stated\" counts people who were not asked, did not answer, preferred not to say, or did not "
                + "agree to their monitoring answers being used in reports. They are counted in the totals only, "
                + "never in a category.");
            raw("</p>\n");
            chart();
            raw("<h2>Key figures</h2>\n<table>\n<tr><th scope=\"col\">Figure</th><th scope=\"col\">Count</th></tr>\n");
            for (PublishedReturn.Figure f : r.figures()) {
                raw("<tr><th scope=\"row\">");
                text(f.title());
                raw("</th><td>");
                text(f.value().toString());
                raw("</td></tr>\n");
            }
            raw("</table>\n<h2>Percentages</h2>\n<table>\n<tr><th scope=\"col\">Measure</th>"
                + "<th scope=\"col\">Percent</th></tr>\n");
            for (PublishedReturn.Rate rate : r.rates()) {
                raw("<tr><th scope=\"row\">");
                text(rate.title());
                raw("</th><td>");
                text(percentCell(rate.percentage()));
                raw("</td></tr>\n");
            }
            raw("</table>\n");
            for (PublishedReturn.Table t : r.tables()) {
                table(out, t);
            }
            raw("</body>\n</html>\n");
        }

        static void head(Writer out, String title) throws IOException {
            out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
            out.write(escape(title));
            out.write("</title>\n<style>\nbody{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em}\n"
                + "table{border-collapse:collapse;margin:0.5em 0 1.5em}\n"
                + "th,td{border:1px solid #999;padding:0.2em 0.5em}td{text-align:right}\n"
                + "caption{text-align:left;font-weight:bold}\n</style>\n</head>\n<body>\n<h1>");
            out.write(escape(title));
            out.write("</h1>\n");
        }

        private static String percentCell(Percentage p) {
            return p.rounded(1).map(b -> b.toPlainString() + "%").orElse(PublishedTable.MARKER);
        }

        static void table(Writer out, PublishedReturn.Table t) throws IOException {
            PublishedTable p = t.table();
            out.write("<h2>");
            out.write(escape(t.title()));
            out.write("</h2>\n<table>\n<tr><th scope=\"col\"></th>");
            for (String c : t.columnTitles()) {
                out.write("<th scope=\"col\">");
                out.write(escape(c));
                out.write("</th>");
            }
            out.write("<th scope=\"col\">Not stated</th><th scope=\"col\">Total</th></tr>\n");
            List<String> rows = p.rowLabels();
            for (int i = 0; i < rows.size(); i++) {
                out.write("<tr><th scope=\"row\">");
                out.write(escape(t.rowTitles().get(i)));
                out.write("</th>");
                for (String c : p.columnLabels()) {
                    cell(out, p.cell(rows.get(i), c));
                }
                cell(out, p.notStated(rows.get(i)));
                cell(out, p.rowTotal(rows.get(i)));
                out.write("</tr>\n");
            }
            if (rows.size() > 1) {
                out.write("<tr><th scope=\"row\">Total</th>");
                for (String c : p.columnLabels()) {
                    cell(out, p.columnTotal(c));
                }
                cell(out, p.notStatedTotal());
                cell(out, p.grandTotal());
                out.write("</tr>\n");
            }
            out.write("</table>\n");
        }

        private static void cell(Writer out, PublishedTable.Value v) throws IOException {
            out.write("<td>");
            out.write(escape(v.toString()));
            out.write("</td>");
        }

        private void chart() throws IOException {
            List<PublishedReturn.QuarterTimeliness> quarters = r.timeliness();
            int width = LEFT + GROUP_WIDTH * quarters.size() + 10;
            int height = TOP + CHART_HEIGHT + 40;
            raw("<h2>Timeliness by quarter</h2>\n<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
                + width + "\" height=\"" + (height + 40) + "\" role=\"img\" aria-labelledby=\"chart-title\">\n"
                + "<title id=\"chart-title\">Percentage of referrals acknowledged on time and given a first "
                + "appointment on time, by quarter</title>\n");
            for (int pct = 0; pct <= 100; pct += 25) {
                int y = TOP + CHART_HEIGHT - pct * CHART_HEIGHT / 100;
                raw("<line x1=\"" + LEFT + "\" y1=\"" + y + "\" x2=\"" + (width - 5) + "\" y2=\"" + y
                    + "\" stroke=\"#ccc\"/>\n<text x=\"" + (LEFT - 4) + "\" y=\"" + (y + 4)
                    + "\" font-size=\"10\" text-anchor=\"end\">" + pct + "%</text>\n");
            }
            for (int i = 0; i < quarters.size(); i++) {
                PublishedReturn.QuarterTimeliness q = quarters.get(i);
                int x = LEFT + i * GROUP_WIDTH + (GROUP_WIDTH - 2 * BAR_WIDTH - 2) / 2;
                bar(x, q.acknowledgement(), "#1d70b8");
                bar(x + BAR_WIDTH + 2, q.firstAppointment(), "#f47738");
                raw("<text x=\"" + (x + BAR_WIDTH) + "\" y=\"" + (TOP + CHART_HEIGHT + 14)
                    + "\" font-size=\"10\" text-anchor=\"middle\">");
                text(q.period().toString());
                raw("</text>\n");
            }
            int ly = TOP + CHART_HEIGHT + 30;
            raw("<rect x=\"" + LEFT + "\" y=\"" + ly + "\" width=\"10\" height=\"10\" fill=\"#1d70b8\"/>"
                + "<text x=\"" + (LEFT + 14) + "\" y=\"" + (ly + 9) + "\" font-size=\"10\">Acknowledged on time"
                + "</text>\n<rect x=\"" + LEFT + "\" y=\"" + (ly + 14) + "\" width=\"10\" height=\"10\" "
                + "fill=\"#f47738\"/><text x=\"" + (LEFT + 14) + "\" y=\"" + (ly + 23) + "\" font-size=\"10\">"
                + "First appointment on time</text>\n<rect x=\"" + LEFT + "\" y=\"" + (ly + 28)
                + "\" width=\"10\" height=\"10\" fill=\"none\" stroke=\"#999\" stroke-dasharray=\"2,2\"/>"
                + "<text x=\"" + (LEFT + 14) + "\" y=\"" + (ly + 37) + "\" font-size=\"10\">No bar: suppressed "
                + "(" + PublishedTable.MARKER + ") or no referrals due</text>\n</svg>\n");
            raw("<figcaption>");
            text("On-time percentages by quarter. A gap means the figure is suppressed or no referrals were due.");
            raw("</figcaption>\n</figure>\n<table>\n<caption>Timeliness by quarter</caption>\n"
                + "<tr><th scope=\"col\">Quarter</th><th scope=\"col\">Acknowledged on time</th>"
                + "<th scope=\"col\">First appointment on time</th></tr>\n");
            for (PublishedReturn.QuarterTimeliness q : quarters) {
                raw("<tr><th scope=\"row\">");
                text(q.period().toString());
                raw("</th><td>");
                text(percentCell(q.acknowledgement()));
                raw("</td><td>");
                text(percentCell(q.firstAppointment()));
                raw("</td></tr>\n");
            }
            raw("</table>\n");
        }

        private void bar(int x, Percentage p, String colour) throws IOException {
            Optional<BigDecimal> value = p.rounded(1);
            if (value.isEmpty()) {
                return;
            }
            double h = value.get().doubleValue() * CHART_HEIGHT / 100.0;
            String hs = String.format(java.util.Locale.ROOT, "%.1f", h);
            String ys = String.format(java.util.Locale.ROOT, "%.1f", TOP + CHART_HEIGHT - h);
            raw("<rect x=\"" + x + "\" y=\"" + ys + "\" width=\"" + BAR_WIDTH + "\" height=\"" + hs + "\" fill=\""
                + colour + "\"><title>");
            text(percentCell(p));
            raw("</title></rect>\n");
        }

        private void raw(String s) throws IOException {
            out.write(s);
        }

        private void text(String s) throws IOException {
            out.write(escape(s));
        }
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
