package org.sendias.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendias.deadline.Deadline;
import org.sendias.deadline.DeadlineEngine;
import org.sendias.deadline.EventType;
import org.sendias.deadline.ProcessHistory;
import org.sendias.deadline.ProcessType;
import org.sendias.deadline.Rule;
import org.sendias.examples.logs.CapturedLogs;

/** The demo command on H2 in memory: its narrative, its files, its bad options and its logs. */
class DemoCommandTest {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DeadlineEngine ENGINE = DeadlineEngine.create();

    @TempDir
    static Path dir;
    private static Cli.Result run;
    private static List<String> logs;

    @BeforeAll
    static void runTheDemoOnce() {
        CapturedLogs.reset();
        run = Cli.run("", "demo", "--out", dir.toString());
        logs = new ArrayList<>(CapturedLogs.lines());
    }

    private static Deadline computed(ProcessType process, Rule rule, Object... eventsAndDates) {
        ProcessHistory h = ProcessHistory.of(process);
        for (int i = 0; i < eventsAndDates.length; i += 2) {
            h = h.with((EventType) eventsAndDates[i], LocalDate.parse((String) eventsAndDates[i + 1]));
        }
        return ENGINE.compute(h, DemoScenario.AS_OF).deadline(rule).orElseThrow();
    }

    private static String due(Deadline d) {
        return d.due().orElseThrow().format(DAY);
    }

    /** @return the narrative line that starts with the rule id, after the indentation, with runs of spaces as one */
    private static String line(String rule) {
        return line(run, rule);
    }

    private static String line(Cli.Result result, String rule) {
        return result.out().lines().filter(l -> l.strip().startsWith(rule + " ")).findFirst()
            .orElseThrow(() -> new AssertionError("no line for " + rule)).strip().replaceAll(" +", " ");
    }

    @Test
    void runsToTheEnd_withEightNumberedSteps_onAFreshTenant() {
        assertEquals(SendiasCli.OK, run.status(), run.err());
        assertEquals("", run.err());
        for (int step = 1; step <= 8; step++) {
            assertTrue(run.out().contains("\nStep " + step + ". "), "step " + step);
        }
        assertTrue(Pattern.compile("on H2 in memory, tenant demo-[0-9a-f]{8}\\.").matcher(run.out()).find(),
            run.out().lines().findFirst().orElse(""));
        assertTrue(run.out().contains("statuses are as of 2026-04-01"));
    }

    @Test
    void step1_theReferralIsHeldUntilTheParentConsents() {
        assertTrue(run.out().contains("The case opens HELD"));
        assertTrue(run.out().contains("While held, recording a full contact is refused: attempt: the referral is held"));
        assertTrue(run.out().contains("May the service discuss the child with the school? No: the referral is held"));
        assertTrue(run.out().contains("the referral is released and the case is OPEN."));
        Deadline ack = computed(ProcessType.SERVICE_LEVEL, Rule.SERVICE_ACKNOWLEDGEMENT, EventType.REFERRAL_RECEIVED,
            DemoScenario.FIRST_DAY, EventType.REFERRAL_ACKNOWLEDGED, "2024-09-18");
        assertTrue(line("SERVICE_ACKNOWLEDGEMENT").contains("due " + due(ack)), line("SERVICE_ACKNOWLEDGEMENT"));
        assertTrue(line("SERVICE_ACKNOWLEDGEMENT").contains("MET on Wed 18 Sept 2024"));
    }

    @Test
    void step2_theConflictCheckBlocksTheAdviserWhoseSisterIsTheParent_andAllocatesAnother() {
        String out = run.out();
        assertTrue(out.contains("The manager puts adviser-ruth forward: BLOCKED (CONFLICT)."), out);
        assertTrue(out.contains("Katherine Okafor (PARENT) matched DECLARED_PERSON \"Kate Okafor\": rule NICKNAME"));
        assertTrue(out.contains("why CONFLICT: a declared sibling matched closely"));
        assertTrue(out.contains("'Kate' is a usual short form of 'Katherine'"));
        assertTrue(out.contains("audited as conflict.allocation-refused"));
        assertTrue(out.contains("The manager puts adviser-tom forward: CLEAR, allocated."));
        assertTrue(out.indexOf("adviser-ruth forward") < out.indexOf("adviser-tom forward"));
    }

    @Test
    void step3_theAssessmentsDeadlinesAreTheEnginesOwn() {
        Deadline finalPlan = computed(ProcessType.EHC_NEEDS_ASSESSMENT, Rule.EHC_FINAL_PLAN,
            EventType.REQUEST_RECEIVED, "2024-09-30");
        assertEquals(LocalDate.of(2025, 2, 17), finalPlan.due().orElseThrow(), "20 weeks after the request");
        assertTrue(line("EHC_FINAL_PLAN").contains("due " + due(finalPlan) + " MET on Fri 14 Feb 2025"),
            line("EHC_FINAL_PLAN"));
        Deadline decision = computed(ProcessType.EHC_NEEDS_ASSESSMENT, Rule.EHC_DECISION_TO_ASSESS,
            EventType.REQUEST_RECEIVED, "2024-09-30");
        assertTrue(line("EHC_DECISION_TO_ASSESS").contains("due " + due(decision)));
        assertTrue(line("EHC_ADVICE_DUE").contains("MET (late) on Mon 6 Jan 2025"), line("EHC_ADVICE_DUE"));
        assertTrue(run.out().contains(finalPlan.citation()));
        assertTrue(run.out().contains("20 weeks after Monday 30 September 2024 is Monday 17 February 2025."));
    }

    @Test
    void step4_theReviewsDeadlines() {
        Deadline review = computed(ProcessType.ANNUAL_REVIEW, Rule.REVIEW_DUE, EventType.PLAN_ISSUED, "2025-02-14");
        assertTrue(line("REVIEW_DUE").contains("due " + due(review) + " MET on Wed 21 Jan 2026"), line("REVIEW_DUE"));
        Deadline decision = computed(ProcessType.ANNUAL_REVIEW, Rule.REVIEW_DECISION, EventType.REVIEW_MEETING,
            "2026-01-21");
        assertTrue(line("REVIEW_DECISION").contains("due " + due(decision)), line("REVIEW_DECISION"));
        assertTrue(run.out().contains(review.citation()));
    }

    @Test
    void step5_theAppealDeadlineRunsFromTheCertificate_andRollsOffTheWeekend() {
        Deadline appeal = computed(ProcessType.APPEAL, Rule.APPEAL_REGISTRATION, EventType.DECISION_NOTICE_SENT,
            "2026-02-16", EventType.CERTIFICATE_ISSUED, "2026-03-25");
        assertEquals(LocalDate.of(2026, 4, 27), appeal.due().orElseThrow());
        assertTrue(line("APPEAL_REGISTRATION").contains("due " + due(appeal) + " UPCOMING"),
            line("APPEAL_REGISTRATION"));
        Deadline certificate = computed(ProcessType.APPEAL, Rule.CERTIFICATE_AFTER_MEDIATION,
            EventType.MEDIATION_CONCLUDED, "2026-03-23");
        assertTrue(line("CERTIFICATE_AFTER_MEDIATION").contains("due " + due(certificate)));
        assertTrue(run.out().contains("Saturday 25 April 2026 is not a working day"));
        assertTrue(run.out().contains("The mediation certificate is issued"));
    }

    @Test
    void step6_theDisclosureIsRecordedWithItsLawfulBasis() {
        String out = run.out();
        assertTrue(out.contains("Recorded as disclosure.recorded, with its lawful basis:"));
        assertTrue(out.contains("UK GDPR Art 6(1)(e)"));
        assertTrue(out.contains("UK GDPR Art 9(2)(g)"));
        assertTrue(out.contains("DPA 2018 Sch 1 Part 2 para 18"));
        assertFalse(out.contains("the adviser saw bruising"), "the disclosure's reason stays in the record");
    }

    @Test
    void step7_theReturnHasRealNumbers_progress_andSuppression() {
        String out = run.out();
        for (int n = 60; n <= 360; n += 60) {
            assertTrue(out.contains("saving sample cases: " + n + "/360"), "progress " + n);
        }
        assertTrue(out.contains("asks to read the demo case: refused (ARMS_LENGTH)"));
        assertTrue(out.contains("2025-26 Q4"));
        Matcher people = Pattern.compile("People using the service: (\\d+)").matcher(out);
        assertTrue(people.find(), out);
        assertTrue(Long.parseLong(people.group(1)) > 300, people.group());
        Matcher hidden = Pattern.compile("(\\d+) of (\\d+) table cells are shown as \\[c\\]").matcher(out);
        assertTrue(hidden.find());
        assertTrue(Integer.parseInt(hidden.group(1)) > 0);
        assertTrue(Pattern.compile("acknowledged within 2 working days: \\d+\\.\\d% \\(\\d+ of \\d+\\)").matcher(out)
            .find());
    }

    @Test
    void step8_theAuditTrailVerifies() {
        Matcher m = Pattern.compile("Verification: (\\d+) events checked against the stored head: the chain is "
            + "intact \\(verified\\)\\.").matcher(run.out());
        assertTrue(m.find(), run.out());
        assertTrue(Integer.parseInt(m.group(1)) >= 30, m.group());
        assertTrue(run.out().contains("conflict.allocation-refused x1"));
        assertTrue(run.out().contains("disclosure.recorded x1"));
        assertTrue(run.out().contains("access.denied x1"));
    }

    @Test
    void writesTheTimeline_withEveryDeadlinesRuleDateAndStatus_andTheReturn() throws IOException {
        String html = Files.readString(dir.resolve(DemoCommand.TIMELINE), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertFalse(html.contains("<script") || html.contains("href=") || html.contains("src="), "self-contained");
        for (Rule rule : List.of(Rule.SERVICE_ACKNOWLEDGEMENT, Rule.EHC_FINAL_PLAN, Rule.REVIEW_DUE,
                Rule.MEDIATION_MEETING, Rule.APPEAL_REGISTRATION)) {
            assertTrue(html.contains(">" + rule + "<"), rule.name());
        }
        assertTrue(html.contains("2026-04-27 (Mon 27 Apr 2026)"));
        assertTrue(html.contains("27 Apr 2026  UPCOMING"), "the chart's label");
        assertTrue(html.contains("MET (late)"));
        assertTrue(html.contains("Tribunal Procedure (First-tier Tribunal) (HESC) Rules 2008"));
        assertTrue(html.contains(">Jan<") && html.contains(">2025<"), "month ticks and years");
        assertTrue(run.out().contains("Files written to " + dir.toAbsolutePath().normalize() + ": timeline.html"));
        String page = Files.readString(dir.resolve(DemoCommand.RETURN), StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("2025-26 Q4"));
    }

    @Test
    void logsHoldNoNameOrDateOfBirth() {
        assertTrue(logs.stream().anyMatch(l -> l.contains("sendias schema")), "the store's log was captured");
        for (String secret : List.of("Okafor", "Maya", "Katherine", "Brookfield", "2016-05-12", "bruising")) {
            for (String l : logs) {
                assertFalse(l.toLowerCase(Locale.ROOT).contains(secret.toLowerCase(Locale.ROOT)), l);
            }
        }
    }

    @Test
    void eachRunHasItsOwnTenant(@TempDir Path other) {
        Cli.Result again = Cli.run("", "demo", "--out", other.toString());
        assertEquals(0, again.status(), again.err());
        String first = run.out().lines().findFirst().orElseThrow();
        String second = again.out().lines().findFirst().orElseThrow();
        assertNotEquals(first, second, "a new tenant each run");
        assertEquals(line("APPEAL_REGISTRATION"), line(again, "APPEAL_REGISTRATION"), "fixed dates");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--jdbc-url jdbc:nosuchdriver:x|--jdbc-url: cannot connect to the database",
        "--out FILE|--out: is a file, not a directory",
    })
    void badOptionValues_exitWithTwo_andOneLineNamingTheOption(String args, String message,
            @TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        List<String> argv = new ArrayList<>(List.of("demo"));
        for (String a : args.split(" ")) {
            argv.add(a.equals("FILE") ? file.toString() : a);
        }
        if (!args.contains("--out")) {
            argv.addAll(List.of("--out", tmp.resolve("pages").toString()));
        }
        Cli.Result result = Cli.run("", argv.toArray(new String[0]));
        assertEquals(SendiasCli.INVALID, result.status(), result.err());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith(message), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertFalse(Files.exists(tmp.resolve("pages")), "nothing written");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "demo --bogus|unknown option --bogus",
        "demo --out|option --out needs a value",
        "demo stray|unexpected argument stray",
        "demo --out a --out b|option --out is given more than once",
    })
    void badUsage_exitsWithTwo_andShowsTheDemoUsage(String args, String message) {
        Cli.Result result = Cli.run("", args.split(" "));
        assertEquals(SendiasCli.INVALID, result.status());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("sendias-cli: " + message), result.err());
        assertTrue(result.err().contains("Usage: sendias-cli demo"), result.err());
    }

    @Test
    void help_showsTheDemoUsage_andTheMainHelpListsTheCommand() {
        Cli.Result help = Cli.run("", "demo", "--help");
        assertEquals(0, help.status());
        assertEquals(Usage.DEMO, help.out());
        assertTrue(Cli.run("", "--help").out().contains("demo        one family's case end to end"));
    }
}
