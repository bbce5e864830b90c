package org.sendias.examples.cli;

/** The usage texts of the tool and its commands. */
final class Usage {
    /** The tool's usage. */
    static final String MAIN = """
        Usage: sendias-cli <command> [options]

        Commands:
          deadlines   compute statutory deadlines from scenario JSON on standard input
          calendar    list a year's non-working days

        Options:
          -h, --help  show this help

        Run "sendias-cli <command> --help" for a command's options.
        Exit status: 0 on success, 2 for invalid usage or input, 1 for an internal error.
        """;

    /** The {@code deadlines} command's usage. */
    static final String DEADLINES = """
        Usage: sendias-cli deadlines [--bank-holidays FILE] < scenarios.json

        Reads one scenario object, or an array of them, from standard input and writes
        one result object, or an array of results in the same order, to standard output.

        Scenario (only process and events are required; null means absent):
          {"process": "APPEAL",
           "events": {"DECISION_NOTICE_SENT": "2026-06-15"},
           "asOf": "2026-07-01",                      (default: today in Europe/London)
           "exceptions": [{"rule": "EHC_FINAL_PLAN", "reason": "ABSENT_FROM_AREA",
                           "from": "2026-03-01", "to": "...", "recordedBy": "...", "note": "..."}],
           "parameters": {"transferKind": "SCHOOL|POST16", "transferYear": 2027,
                          "orderKind": "AMEND_PLAN|NAME_INSTITUTION|MAKE_AND_MAINTAIN_PLAN",
                          "acknowledgementWorkingDays": 2, "firstAppointmentWorkingDays": 5},
           "schoolCalendar": {"terms": [{"start": "2026-09-03", "end": "2026-10-23"}],
                              "closedDays": ["2026-10-09"]}}
        Parameters are validated for every process but used only by the process they
        belong to: the transfer by ANNUAL_REVIEW, orderKind by APPEAL, the working-day
        targets by SERVICE_LEVEL. Dates are strings YYYY-MM-DD.

        Result: {"process", "calendar", "asOf", "deadlines": [...], "notes": [...]}, with
        one deadline for each rule whose trigger events are recorded: "rule", "due",
        "status", "citation", "explanation", "triggers", "calendar", "wouldHaveBeenDue",
        "exception", "completedOn", "completedBy", "late". Empty keys are left out: "due"
        when an exception disapplies the limit (then "wouldHaveBeenDue" gives the date it
        would have been; it is written only then), "late" unless true. Notes are never
        copied from an exception.

        Options:
          --bank-holidays FILE  update the calendars from gov.uk's bank-holidays.json
          -h, --help            show this help

        Invalid input exits with status 2 and one message naming the field, such as
        "[1].events.REQUEST_RECEIVED: ...", and writes nothing to standard output.
        """;

    /** The {@code calendar} command's usage. */
    static final String CALENDAR = """
        Usage: sendias-cli calendar [--year YEAR] [--calendar NAME] [--format json|text]
                                    [--bank-holidays FILE]

        Lists a year's non-working days (bank holidays, substitute days, Christmas Day
        and Good Friday) with their names.

        Options:
          --year YEAR           the year, 1995 to 2099 (default: this year in Europe/London)
          --calendar NAME       england-and-wales (default), scotland, northern-ireland
                                or united-kingdom
          --format json|text    JSON (default) or one line per day:
                                2027-01-01  Friday  New Year's Day
          --bank-holidays FILE  update the calendar from gov.uk's bank-holidays.json
          -h, --help            show this help
        """;

    private Usage() {
    }
}
