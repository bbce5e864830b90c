package org.sendias.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.sendias.deadline.Deadline;
import org.sendias.deadline.DeadlineStatus;

/**
 * A picture of a case's statutory timeline: one self-contained HTML page with an inline SVG chart (no scripts, no
 * external resources) and a table under it. The chart has a time axis with a tick for each month and one row per
 * deadline: a line from the day the clock started to the due date, a marker on the due date coloured by status with
 * the status also written beside it (colour alone is not enough), a cross on the day the duty was met, and a dashed
 * line on the as-of date. The table gives each deadline's process, rule id, trigger, due date, status, the day it
 * was met and its citation.
 *
 * <p>All text is escaped for XML and HTML, so any name or citation can be shown safely.
 */
final class TimelinePicture {
    /** The width of the chart in SVG units. */
    static final int WIDTH = 1100;

    private static final int LABEL_WIDTH = 220;
    private static final int STATUS_WIDTH = 210;
    private static final int RIGHT_MARGIN = STATUS_WIDTH + 16;
    private static final int TOP = 56;
    private static final int ROW = 28;
    private static final int BOTTOM = 64;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);

    private TimelinePicture() {
    }

    /**
     * One deadline on the picture.
     *
     * @param process the process it belongs to, for example {@code EHC_NEEDS_ASSESSMENT}
     * @param rule the rule id, for example {@code EHC_FINAL_PLAN}
     * @param trigger the day the clock started (the trigger event), if known
     * @param due the due date, if there is one (none when an exception disapplies the limit)
     * @param status the status on the as-of date
     * @param metOn the day the duty was met, if it was
     * @param late whether it was met after the due date
     * @param citation the legal source
     */
    record Row(String process, String rule, Optional<LocalDate> trigger, Optional<LocalDate> due,
            DeadlineStatus status, Optional<LocalDate> metOn, boolean late, String citation) {
        /** Checks that every part is present. */
        Row {
            Objects.requireNonNull(process, "process");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(trigger, "trigger");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(metOn, "metOn");
            Objects.requireNonNull(citation, "citation");
        }

        /**
         * @param process the process the deadline belongs to
         * @param deadline a computed deadline
         * @return its row: the trigger is the latest of its triggers (the certificate, when an appeal has one)
         */
        static Row of(String process, Deadline deadline) {
            Optional<LocalDate> trigger = deadline.triggers().values().stream().max(LocalDate::compareTo);
            return new Row(process, deadline.rule().name(), trigger, deadline.wouldHaveBeenDue(), deadline.status(),
                deadline.completedOn(), deadline.late(), deadline.citation());
        }

        /** @return the status as words, for example {@code MET (late)} */
        String statusText() {
            return status == DeadlineStatus.MET && late ? "MET (late)" : status.name();
        }
    }

    /**
     * @param title the page's title, for example the case and its service
     * @param asOf the day the statuses are assessed on
     * @param rows the deadlines, in the order they are drawn (top to bottom)
     * @return the HTML page
     */
    static String html(String title, LocalDate asOf, List<Row> rows) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .append(escape(title)).append("</title>\n<style>\n")
            .append("body{font-family:system-ui,Arial,sans-serif;margin:24px;color:#1f2328}\n")
            .append("table{border-collapse:collapse;margin-top:16px;font-size:14px}\n")
            .append("th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}\n")
            .append("th{background:#f6f8fa}\n.status{font-weight:bold}\n")
            .append("</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n<p>Statutory and service ")
            .append("deadlines of the case, assessed as of ").append(escape(asOf.format(LONG_DAY)))
            .append(". Each marker is a due date, coloured and labelled by its status; a line runs from the day the ")
            .append("clock started; a cross marks the day the duty was met.</p>\n");
        h.append(svg(asOf, rows));
        h.append("\n<table>\n<thead><tr><th>Process</th><th>Rule</th><th>Clock started</th><th>Due</th>")
            .append("<th>Status</th><th>Met on</th><th>Citation</th></tr></thead>\n<tbody>\n");
        for (Row r : rows) {
            h.append("<tr><td>").append(escape(r.process())).append("</td><td>").append(escape(r.rule()))
                .append("</td><td>").append(escape(day(r.trigger()))).append("</td><td>")
                .append(escape(r.due().map(d -> d.toString() + " (" + d.format(LONG_DAY) + ")").orElse("none")))
                .append("</td><td class=\"status\" style=\"color:").append(colour(r)).append("\">")
                .append(escape(r.statusText())).append("</td><td>").append(escape(day(r.metOn())))
                .append("</td><td>").append(escape(r.citation())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</body>\n</html>\n");
        return h.toString();
    }

    /**
     * @param asOf the day the statuses are assessed on, drawn as a dashed line
     * @param rows the deadlines, top to bottom
     * @return the chart as an SVG element (no XML declaration, ready to inline in HTML or save as a file)
     */
    static String svg(LocalDate asOf, List<Row> rows) {
        Objects.requireNonNull(asOf, "asOf");
        LocalDate first = asOf;
        LocalDate last = asOf;
        for (Row r : rows) {
            for (Optional<LocalDate> d : List.of(r.trigger(), r.due(), r.metOn())) {
                if (d.isPresent()) {
                    first = d.get().isBefore(first) ? d.get() : first;
                    last = d.get().isAfter(last) ? d.get() : last;
                }
            }
        }
        LocalDate start = first.withDayOfMonth(1);
        LocalDate end = last.withDayOfMonth(1).plusMonths(1);
        Axis axis = new Axis(start, end);
        int height = TOP + rows.size() * ROW + BOTTOM;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
            .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
            .append("\" role=\"img\" aria-labelledby=\"timeline-title\" font-family=\"Arial, sans-serif\" ")
            .append("font-size=\"12\">\n<title id=\"timeline-title\">Deadlines from ").append(escape(day(start)))
            .append(" to ").append(escape(day(end.minusDays(1)))).append(", as of ").append(escape(day(asOf)))
            .append("</title>\n<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(height)
            .append("\" fill=\"#ffffff\"/>\n");
        // month ticks, with the year under January and under the first month
        int bottom = TOP + rows.size() * ROW;
        for (LocalDate m = start; !m.isAfter(end); m = m.plusMonths(1)) {
            double x = axis.x(m);
            s.append("<line x1=\"").append(fmt(x)).append("\" y1=\"").append(TOP - 8).append("\" x2=\"")
                .append(fmt(x)).append("\" y2=\"").append(bottom).append("\" stroke=\"#eaeef2\"/>\n");
            if (m.isBefore(end)) {
                double mid = axis.x(m.plusDays(m.lengthOfMonth() / 2));
                s.append("<text x=\"").append(fmt(mid)).append("\" y=\"").append(TOP - 28)
                    .append("\" text-anchor=\"middle\" fill=\"#57606a\" font-size=\"10\">")
                    .append(escape(m.format(MONTH))).append("</text>\n");
                if (m.getMonthValue() == 1 || m.equals(start)) {
                    s.append("<text x=\"").append(fmt(x + 2)).append("\" y=\"").append(TOP - 14)
                        .append("\" fill=\"#1f2328\" font-size=\"11\" font-weight=\"bold\">").append(m.getYear())
                        .append("</text>\n");
                }
            }
        }
        double now = axis.x(asOf);
        s.append("<line x1=\"").append(fmt(now)).append("\" y1=\"").append(TOP - 8).append("\" x2=\"")
            .append(fmt(now)).append("\" y2=\"").append(bottom + 6)
            .append("\" stroke=\"#1f2328\" stroke-dasharray=\"4 3\"/>\n<text x=\"").append(fmt(now)).append("\" y=\"")
            .append(bottom + 20).append("\" text-anchor=\"middle\" fill=\"#1f2328\">as of ")
            .append(escape(day(asOf))).append("</text>\n");
        s.append("<text x=\"").append(WIDTH - STATUS_WIDTH).append("\" y=\"").append(TOP - 14)
            .append("\" fill=\"#1f2328\" font-size=\"11\" font-weight=\"bold\">Due, status</text>\n");
        for (int i = 0; i < rows.size(); i++) {
            row(s, axis, rows.get(i), TOP + i * ROW + ROW / 2, i);
        }
        legend(s, bottom + 44);
        s.append("</svg>");
        return s.toString();
    }

    private static void row(StringBuilder s, Axis axis, Row r, int y, int index) {
        if (index % 2 == 0) {
            s.append("<rect x=\"0\" y=\"").append(y - ROW / 2).append("\" width=\"").append(WIDTH)
                .append("\" height=\"").append(ROW).append("\" fill=\"#f6f8fa\" fill-opacity=\"0.6\"/>\n");
        }
        s.append("<g>\n<title>").append(escape(r.rule() + ": due " + day(r.due()) + ", " + r.statusText()
            + ". " + r.citation())).append("</title>\n");
        s.append("<text x=\"8\" y=\"").append(y + 4).append("\" fill=\"#1f2328\">").append(escape(r.rule()))
            .append("</text>\n");
        String colour = colour(r);
        Optional<LocalDate> marker = r.due();
        if (r.trigger().isPresent() && marker.isPresent()) {
            double a = axis.x(r.trigger().get());
            double b = axis.x(marker.get());
            s.append("<line x1=\"").append(fmt(Math.min(a, b))).append("\" y1=\"").append(y).append("\" x2=\"")
                .append(fmt(Math.max(a, b))).append("\" y2=\"").append(y).append("\" stroke=\"").append(colour)
                .append("\" stroke-opacity=\"0.45\" stroke-width=\"4\" stroke-linecap=\"round\"/>\n");
        }
        double x = axis.x(marker.or(r::trigger).orElse(axis.start()));
        s.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(y).append("\" r=\"6\" fill=\"")
            .append(colour).append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>\n");
        if (r.metOn().isPresent()) {
            double met = axis.x(r.metOn().get());
            s.append("<path d=\"M").append(fmt(met - 4)).append(' ').append(y - 4).append(" L").append(fmt(met + 4))
                .append(' ').append(y + 4).append(" M").append(fmt(met - 4)).append(' ').append(y + 4).append(" L")
                .append(fmt(met + 4)).append(' ').append(y - 4).append("\" stroke=\"#1f2328\" stroke-width=\"2\"/>\n");
        }
        s.append("<text x=\"").append(WIDTH - STATUS_WIDTH).append("\" y=\"").append(y + 4).append("\" fill=\"")
            .append(colour).append("\" font-weight=\"bold\">").append(escape(day(r.due()) + "  " + r.statusText()))
            .append("</text>\n</g>\n");
    }

    /** Draws the key: each status's colour with its name, and the cross for the day a duty was met. */
    private static void legend(StringBuilder s, int y) {
        List<Row> samples = List.of(sample(DeadlineStatus.MET, false), sample(DeadlineStatus.MET, true),
            sample(DeadlineStatus.UPCOMING, false), sample(DeadlineStatus.DUE_TODAY, false),
            sample(DeadlineStatus.OVERDUE, false), sample(DeadlineStatus.DISAPPLIED, false));
        int x = 8;
        for (Row r : samples) {
            s.append("<circle cx=\"").append(x + 6).append("\" cy=\"").append(y - 4).append("\" r=\"6\" fill=\"")
                .append(colour(r)).append("\"/>\n<text x=\"").append(x + 16).append("\" y=\"").append(y)
                .append("\" fill=\"#1f2328\">").append(escape(r.statusText())).append("</text>\n");
            x += 30 + r.statusText().length() * 8;
        }
        s.append("<path d=\"M").append(x + 2).append(' ').append(y - 8).append(" L").append(x + 10).append(' ')
            .append(y).append(" M").append(x + 2).append(' ').append(y).append(" L").append(x + 10).append(' ')
            .append(y - 8).append("\" stroke=\"#1f2328\" stroke-width=\"2\"/>\n<text x=\"").append(x + 16)
            .append("\" y=\"").append(y).append("\" fill=\"#1f2328\">the day the duty was met</text>\n");
    }

    private static Row sample(DeadlineStatus status, boolean late) {
        return new Row("", "", Optional.empty(), Optional.empty(), status, Optional.empty(), late, "");
    }

    /** @return the colour of a status: green met, amber met late, blue upcoming, orange due today, red overdue */
    static String colour(Row r) {
        return switch (r.status()) {
            case MET -> r.late() ? "#9a6700" : "#1a7f37";
            case UPCOMING -> "#0969da";
            case DUE_TODAY -> "#bc4c00";
            case OVERDUE -> "#cf222e";
            case DISAPPLIED, NOT_STARTED -> "#6e7781";
        };
    }

    /**
     * Escapes text for XML and HTML content and attribute values.
     *
     * @param text any text
     * @return the text with {@code & < > " '} replaced by entities
     */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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

    private static String day(Optional<LocalDate> d) {
        return d.map(TimelinePicture::day).orElse("none");
    }

    private static String day(LocalDate d) {
        return d.format(DAY);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Maps days to x positions between the label column and the right margin. */
    private record Axis(LocalDate start, LocalDate end) {
        double x(LocalDate day) {
            double span = ChronoUnit.DAYS.between(start, end);
            double offset = ChronoUnit.DAYS.between(start, day);
            double clamped = Math.max(0, Math.min(offset, span));
            return LABEL_WIDTH + clamped / span * (WIDTH - LABEL_WIDTH - RIGHT_MARGIN);
        }
    }
}
