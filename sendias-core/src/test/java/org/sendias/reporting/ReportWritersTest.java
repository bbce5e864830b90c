package org.sendias.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportWritersTest {
    private static final PublishedReturn SERIES = PublishedReturn.series(List.of(
        Returns.example(ReportingPeriod.quarter(2026, 1), Returns.ack(18, 6, 6), Returns.first(16, 5, 9), 0,
            Returns.languages(31, "en", 0)),
        Returns.example(ReportingPeriod.quarter(2026, 2), Returns.ack(2, 1, 0), Returns.first(0, 0, 0), 0,
            Returns.languages(31, "en", 0)),
        Returns.example(ReportingPeriod.quarter(2026, 3))), SuppressionRule.standard());

    private static String json(PublishedReturn p) throws IOException {
        StringWriter w = new StringWriter();
        ReportWriters.writeJson(p, w);
        return w.toString();
    }

    private static String csv(PublishedReturn p) throws IOException {
        StringWriter w = new StringWriter();
        ReportWriters.writeCsv(p, w);
        return w.toString();
    }

    private static String html(PublishedReturn p) throws IOException {
        StringWriter w = new StringWriter();
        ReportWriters.writeHtml(p, w);
        return w.toString();
    }

    /** Reads JSON into maps, lists, strings and numbers (as text). */
    private static Object parse(String text) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(text)) {
            Object v = read(p, p.nextToken());
            assertEquals(null, p.nextToken(), "one value only");
            return v;
        }
    }

    private static Object read(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    m.put(name, read(p, p.nextToken()));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                JsonToken next;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                    l.add(read(p, next));
                }
                return l;
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getDecimalValue();
            default:
                return p.getText();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> byCode(Object list, String code) {
        for (Object o : (List<Object>) list) {
            Map<String, Object> m = (Map<String, Object>) o;
            if (code.equals(m.get("code"))) {
                return m;
            }
        }
        throw new AssertionError("no " + code);
    }

    @Test
    @SuppressWarnings("unchecked")
    void json_parses_andHasTheDocumentedFields_withSuppressedValuesAsTheMarker() throws IOException {
        Map<String, Object> root = (Map<String, Object>) parse(json(SERIES));
        assertEquals(List.of("tenant", "period", "start", "end", "k", "suppressed", "figures", "rates", "tables",
            "timeliness"), new ArrayList<>(root.keySet()));
        assertEquals("ealing-iass", root.get("tenant"));
        assertEquals("2026-27 Q3", root.get("period"));
        assertEquals("2026-10-01", root.get("start"));
        assertEquals("[c]", root.get("suppressed"));
        assertEquals("[c]", byCode(root.get("figures"), "complaints").get("value"));
        assertEquals("26", byCode(root.get("figures"), "cases-open").get("value").toString());
        assertEquals("80.0", byCode(root.get("rates"), "acknowledgement-on-time").get("percent").toString());
        assertEquals("[c]", byCode(root.get("rates"), "first-appointment-on-time").get("percent"));
        Map<String, Object> ethnicity = byCode(root.get("tables"), "people-by-ethnicity");
        assertEquals(List.of("code", "title", "columns", "rows", "columnTotals", "notStatedTotal", "total"),
            new ArrayList<>(ethnicity.keySet()));
        Map<String, Object> row = (Map<String, Object>) ((List<Object>) ethnicity.get("rows")).get(0);
        assertEquals("all", row.get("code"));
        Map<String, Object> cells = (Map<String, Object>) row.get("cells");
        assertEquals("[c]", cells.get("black"));
        assertEquals("20", cells.get("white").toString());
        assertEquals("[c]", row.get("notStated"));
        assertEquals("31", ethnicity.get("total").toString());
        List<Object> timeliness = (List<Object>) root.get("timeliness");
        assertEquals(3, timeliness.size());
        Map<String, Object> q2 = (Map<String, Object>) timeliness.get(1);
        assertEquals("2026-27 Q2", q2.get("period"));
        assertEquals("[c]", q2.get("acknowledgementOnTime"));
        assertEquals("60.0", ((Map<String, Object>) timeliness.get(0)).get("acknowledgementOnTime").toString());
        assertFalse(json(SERIES).contains("PRIMARY") || json(SERIES).contains("SECONDARY"), "no reasons");
    }

    @Test
    void csv_hasAHeaderAndOneRowPerPublishedValue_withCrlfLineEnds() throws IOException {
        String text = csv(SERIES);
        assertTrue(text.endsWith("\r\n"));
        List<String> lines = List.of(text.split("\r\n"));
        assertEquals("section,row,column,value", lines.get(0));
        assertTrue(lines.contains("return,tenant,,ealing-iass"));
        assertTrue(lines.contains("return,k,,5"));
        assertTrue(lines.contains("figures,complaints,count,[c]"));
        assertTrue(lines.contains("figures,cases-open,count,26"));
        assertTrue(lines.contains("rates,acknowledgement-on-time,percent,80.0"));
        assertTrue(lines.contains("people-by-ethnicity,all,black,[c]"));
        assertTrue(lines.contains("people-by-ethnicity,all,white,20"));
        assertTrue(lines.contains("people-by-ethnicity,all,not-stated,[c]"));
        assertTrue(lines.contains("people-by-ethnicity,total,total,31"));
        assertTrue(lines.contains("acknowledgement,all,on-time,40"));
        assertTrue(lines.contains("first-appointment,all,total,[c]"));
        assertTrue(lines.contains("timeliness,2026-27 Q2,acknowledgement-on-time,[c]"));
        assertTrue(lines.contains("timeliness,2026-27 Q1,first-appointment-on-time,53.3"));
        int values = 0;
        for (PublishedReturn.Table t : SERIES.tables()) {
            int rows = t.table().rowLabels().size();
            int columns = t.table().columnLabels().size();
            values += (rows + 1) * (columns + 2);
        }
        values += SERIES.figures().size() + SERIES.rates().size() + 2 * SERIES.timeliness().size() + 5;
        assertEquals(values + 1, lines.size());
        for (String line : lines) {
            assertEquals(4, line.split(",", -1).length, line);
        }
    }

    @Test
    void csvFields_withCommasQuotesOrLineBreaks_areQuoted() {
        assertEquals("plain", ReportWriters.csvField("plain"));
        assertEquals("\"a,b\"", ReportWriters.csvField("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", ReportWriters.csvField("say \"hi\""));
        assertEquals("\"two\r\nlines\"", ReportWriters.csvField("two\r\nlines"));
    }

    @Test
    void html_isOnePageWithTheChart_noScripts_andNoSuppressedNumber() throws IOException {
        String page = html(SERIES);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("<svg"));
        assertTrue(page.contains("</svg>"));
        assertFalse(page.toLowerCase().contains("<script"));
        assertFalse(page.contains("http://") && page.replace("http://www.w3.org/2000/svg", "").contains("http://"),
            "no external resources");
        assertTrue(page.contains("Not stated"));
        assertTrue(page.contains("[c]"));
        assertTrue(page.contains("People using the service by ethnic group"));
        // the true small values of the example: 3 black, 2 not stated, 3 complaints, 3 unsuccessful transitions
        Pattern cells = Pattern.compile("<td>([^<]*)</td>");
        Matcher m = cells.matcher(page);
        List<String> shown = new ArrayList<>();
        while (m.find()) {
            shown.add(m.group(1));
        }
        assertTrue(shown.size() > 50);
        for (String v : shown) {
            if (v.matches("\\d+")) {
                long n = Long.parseLong(v);
                assertFalse(n >= 1 && n < 5, "a count of " + n + " is shown");
            }
        }
        // the chart has bars for Q1 and Q3's acknowledgement, and a gap for Q2 (suppressed) and the first appointments
        // of Q2 and Q3
        assertEquals(3, page.split("<rect x=\"\\d+\" y=\"[0-9.]+\" width=\"20\"", -1).length - 1);
        assertTrue(page.contains("No bar: suppressed"));
    }

    @Test
    void htmlText_isEscaped() {
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", ReportWriters.escape("<b> & \"x\" 'y'"));
    }
}
