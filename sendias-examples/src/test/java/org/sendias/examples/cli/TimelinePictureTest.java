package org.sendias.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.deadline.DeadlineStatus;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ProcessHistory;
import org.sendias.deadline.ProcessType;
import org.sendias.deadline.Rule;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class TimelinePictureTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);
    private static final String NASTY = "<b>Tom & \"Jerry's\"</b>";

    private static List<TimelinePicture.Row> rows() {
        return List.of(
            new TimelinePicture.Row("EHC_NEEDS_ASSESSMENT", "EHC_FINAL_PLAN", Optional.of(LocalDate.of(2025, 9, 29)),
                Optional.of(LocalDate.of(2026, 2, 16)), DeadlineStatus.MET, Optional.of(LocalDate.of(2026, 2, 20)),
                true, "SEND Regulations 2014 reg 13(2)"),
            new TimelinePicture.Row("APPEAL", "APPEAL_REGISTRATION", Optional.of(LocalDate.of(2026, 3, 25)),
                Optional.of(LocalDate.of(2026, 4, 27)), DeadlineStatus.UPCOMING, Optional.empty(), false,
                "HESC Rules 2008 r.20(1)(c)"),
            new TimelinePicture.Row(NASTY, NASTY, Optional.of(LocalDate.of(2026, 1, 5)),
                Optional.of(LocalDate.of(2026, 3, 2)), DeadlineStatus.OVERDUE, Optional.empty(), false, NASTY),
            new TimelinePicture.Row("APPEAL", "ORDER_AMEND_PLAN", Optional.of(LocalDate.of(2026, 1, 5)),
                Optional.empty(), DeadlineStatus.DISAPPLIED, Optional.empty(), false, "Regs 44(2)"));
    }

    @Test
    void allTextIsEscaped_andTheSvgIsWellFormedXml() throws Exception {
        String html = TimelinePicture.html("Case of " + NASTY, AS_OF, rows());
        assertFalse(html.contains("<b>"), "no markup from the data");
        assertFalse(html.contains("Tom & "), "no bare ampersand");
        assertTrue(html.contains("&lt;b&gt;Tom &amp; &quot;Jerry&#39;s&quot;&lt;/b&gt;"));
        assertTrue(html.contains("<title>Case of &lt;b&gt;"));

        String svg = TimelinePicture.svg(AS_OF, rows());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        boolean found = false;
        NodeList texts = doc.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            found |= texts.item(i).getTextContent().equals(NASTY);
        }
        assertTrue(found, "the rule label reads back as the original text");
        assertEquals(rows().size() + 6, doc.getElementsByTagName("circle").getLength(),
            "a marker per deadline and six in the key");
    }

    @Test
    void eachDeadlineAppears_withItsRuleDueDateStatusAndCitation() {
        String html = TimelinePicture.html("t", AS_OF, rows());
        assertTrue(html.contains(">EHC_FINAL_PLAN<"));
        assertTrue(html.contains("16 Feb 2026  MET (late)"), "the chart's label");
        assertTrue(html.contains("2026-02-16 (Mon 16 Feb 2026)"), "the table's due date");
        assertTrue(html.contains(">20 Feb 2026<"), "met on");
        assertTrue(html.contains(">APPEAL_REGISTRATION<"));
        assertTrue(html.contains("27 Apr 2026  UPCOMING"));
        assertTrue(html.contains("HESC Rules 2008 r.20(1)(c)"));
        assertTrue(html.contains("none  DISAPPLIED"), "a disapplied limit has no due date");
        assertTrue(html.contains(">OVERDUE<"));
        assertTrue(html.contains("as of 1 Apr 2026"));
        assertTrue(html.contains("color:" + TimelinePicture.colour(rows().get(1)) + "\">UPCOMING<"),
            "colour and text together");
    }

    @Test
    void theAxisHasATickForEachMonth_fromTheFirstDateToTheLast() {
        String svg = TimelinePicture.svg(AS_OF, rows());
        for (String month : List.of("Sept", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr")) {
            assertTrue(svg.contains(">" + month + "</text>"), month);
        }
        assertFalse(svg.contains(">Aug</text>") || svg.contains(">May</text>"), "no month outside the dates");
        assertTrue(svg.contains(">2025</text>") && svg.contains(">2026</text>"));
    }

    @Test
    void aRowFromTheEngine_carriesTheLaterTrigger() {
        var deadline = DeadlineEngine.create().compute(ProcessHistory.of(ProcessType.APPEAL)
            .with(EventType.DECISION_NOTICE_SENT, LocalDate.of(2026, 2, 16))
            .with(EventType.CERTIFICATE_ISSUED, LocalDate.of(2026, 3, 25)), AS_OF)
            .deadline(Rule.APPEAL_REGISTRATION).orElseThrow();
        TimelinePicture.Row row = TimelinePicture.Row.of("APPEAL", deadline);
        assertEquals(Optional.of(LocalDate.of(2026, 3, 25)), row.trigger());
        assertEquals(Optional.of(LocalDate.of(2026, 4, 27)), row.due());
        assertEquals("UPCOMING", row.statusText());
        assertEquals(deadline.citation(), row.citation());
    }
}
