package org.sendias.examples.cli;

/** The usage texts of the tool and its commands. */
final class Usage {
    /** The tool's usage. */
    static final String MAIN = """
        Usage: sendias-cli <command> [options]

        Commands:
          deadlines   compute statutory deadlines from scenario JSON on standard input
          calendar    list a year's non-working days
          conflicts   check an adviser's declared interests and gifts against a case's parties
          report      the commissioner's quarterly return, small numbers suppressed
          demo        one family's case end to end, with a timeline picture

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

    /** The {@code conflicts} command's usage. */
    static final String CONFLICTS = """
        Usage: sendias-cli conflicts < checks.json

        Reads one conflict check object, or an array of them, from standard input and
        writes one result object, or an array of results in the same order, to standard
        output. A check compares a case's parties with one adviser's declared interests,
        accepted gifts and the host organisation's other services.

        Check (adviser and parties are required; null means absent):
          {"adviser": "A1",
           "asOf": "2026-07-01",                     (default: today in Europe/London)
           "declarations": [
             {"adviser": "A1", "person": "Jane Doe", "relationship": "sister",
              "description": "...", "from": "...", "until": "...", "declaredOn": "...",
              "note": "..."},
             {"adviser": "A1", "organisation": {"name": "Hill Primary School", "urn": "100001"},
              "role": "GOVERNOR", "endedOn": "...", "from": "...", "until": "..."}],
           "parties": [{"role": "PARENT", "person": "Jane Doe-Smith"},
                       {"role": "SCHOOL", "organisation": {"name": "Hill Primary"}}],
           "gifts": [{"from": "Hill Primary", "urn": "100001", "what": "...",
                      "value": "30.00", "decision": "ACCEPTED", "offeredOn": "2026-05-01"}],
           "host": {"name": "Camden Council", "services": [{"name": "Camden SEN Team"}]}}

        Declarations: each repeats the check's adviser (another adviser's declaration is
        refused) and has either person and relationship, or organisation and role.
          relationship  a word such as sister, brother, wife, husband, partner, ex-partner,
                        mother, father, son, daughter, cousin, aunt, uncle, grandmother,
                        mother-in-law, friend, neighbour, colleague (step- and half- forms
                        too), or SPOUSE_OR_PARTNER, PARENT, CHILD, SIBLING, OTHER_RELATIVE,
                        FRIEND, NEIGHBOUR, FORMER_PARTNER, COLLEAGUE, OTHER; any case
          role          EMPLOYEE, FORMER_EMPLOYEE (needs endedOn), GOVERNOR, TRUSTEE,
                        VOLUNTEER, RELATIVE_WORKS_THERE, CONTRACTOR, OTHER; any case
        declaredOn defaults to asOf, and from to asOf (or to until, if earlier). Only
        declarations in force on asOf count; a former employer counts for 2 years after
        endedOn.
        Parties: role PARENT, CARER, PROFESSIONAL, CHILD_OR_YOUNG_PERSON or CHILD with
        person (a name); or SCHOOL, COLLEGE, EARLY_YEARS_SETTING, LOCAL_AUTHORITY,
        HEALTH_BODY, CHARITY, OTHER or ORGANISATION with organisation; any case.
        An organisation is {"name": ...} with at most one identifier, as a string: "urn"
        (6 digits), "ukprn" (8 digits starting with 1), "ods" (3 to 5 capitals or
        digits), "laCode" (3 digits) or "charityNumber" (6 or 7 digits).
        Gifts: only ACCEPTED gifts worth 25.00 pounds or more, offered in the 12 months up
        to asOf, count. A gift's identifier fields sit beside "from". Dates are strings
        YYYY-MM-DD.

        Result: {"adviser", "asOf", "outcome": "CLEAR|POTENTIAL|CONFLICT", "matches": [...]},
        most serious match first, each:
          {"party": {...as given}, "declaration": {...as given}, "gift": {...as given},
           "source": "DECLARED_PERSON|DECLARED_ORGANISATION|GIFT|HOST_SERVICE",
           "severity": "POTENTIAL|CONFLICT", "score": 0.93, "rule": "NICKNAME",
           "fields": ["given name", ...], "reasons": ["...", ...]}
        "declaration" or "gift" is present when the match is against one; the score is
        from 0 to 1, rounded to 2 places; the last reason says why the match has its
        severity. The output contains the names given: handle it as personal data.

        Options:
          -h, --help  show this help

        Invalid input exits with status 2 and one message naming the field, such as
        "[1].declarations[0].relationship: ...", and writes nothing to standard output.
        Messages never quote a person's or organisation's name.
        """;

    /** The {@code report} command's usage. */
    static final String REPORT = """
        Usage: sendias-cli report [--sample | --jdbc-url URL --tenant ID]
                                  [--year YEAR --quarter N] [--format json|csv|html]
                                  [--out FILE] [--k N]

        Writes a service's quarterly return to its commissioner, with small numbers
        suppressed: people using the service by ethnic group, gender, disability and
        first language; cases and referrals by domain; referrals by source; the
        acknowledgement and first appointment service levels; appeals, tribunal
        alternatives, exclusions, transitions, complaints and commendations;
        interpreters and accessible formats. The timeliness of the 4 quarters up to the
        chosen one is given too (as a chart in HTML).

        Counts from 1 to k-1 are shown as [c], and further values are shown as [c]
        where they would let a hidden count be worked out. Percentages are [c] when
        their count or base is hidden or the base is below k. People who did not
        consent to their monitoring answers being used in reports are counted in the
        totals and "not stated" only. Nothing from a case's notes or names is written.

        Options:
          --sample            a made-up service of 360 cases from a fixed seed (the
                              default when no --jdbc-url is given)
          --jdbc-url URL      read the cases from a database written by sendias-jdbc
                              (PostgreSQL or H2; the schema is not migrated); put
                              credentials in the URL if the database needs them
          --tenant ID         the service whose cases are reported (required with
                              --jdbc-url; default sample-iass)
          --year YEAR         the financial year, by the year it starts in (2026 for
                              2026-27); with --quarter
          --quarter N         1 to 4; quarter 1 starts in April (default, with --year:
                              the last complete quarter before today in Europe/London)
          --format FORMAT     json (default), csv (section,row,column,value) or html
                              (one self-contained page)
          --out FILE          write to FILE instead of standard output
          --k N               the suppression threshold, 2 to 1000 (default 5)
          -h, --help          show this help

        Invalid options exit with status 2 and one message naming the option, such as
        "--quarter: must be from 1 to 4, got 5", and write nothing.
        """;

    /** The {@code demo} command's usage. */
    static final String DEMO = """
        Usage: sendias-cli demo [--jdbc-url URL] [--out DIR]

        Tells one made-up family's case from a school's referral to an appeal, step by
        step, through the guarded and audited CaseService on the JDBC store:
          1. the school's referral is held until the parent consents;
          2. the conflict-of-interest check blocks one adviser and allocates another;
          3. an EHC needs assessment and its statutory deadlines;
          4. the plan's annual review and its deadlines;
          5. a refusal, mediation and the appeal deadline;
          6. a safeguarding disclosure with its lawful basis;
          7. the quarterly return on 360 sample cases, small numbers suppressed;
          8. the audit trail, verified.
        Dates are fixed (the story runs from 2024-09-16 and statuses are as of
        2026-04-01), so every run prints the same dates. The names are invented; they
        are printed here but never written to a log.

        Writes DIR/timeline.html (the case's deadlines on a time axis, an SVG chart with
        a table: rule ids, due dates, statuses and citations) and
        DIR/quarterly-return.html. Both are self-contained pages.

        Options:
          --jdbc-url URL  run on this database (PostgreSQL or H2) instead of a new H2
                          database in memory; the sendias schema is created or
                          migrated first, and each run uses a new tenant, demo-XXXXXXXX;
                          put credentials in the URL if the database needs them
          --out DIR       where to write the pages (default: sendias-demo under the
                          working directory; created if missing)
          -h, --help      show this help

        Invalid options exit with status 2 and one message naming the option, such as
        "--jdbc-url: cannot connect to the database (...)".
        """;

    private Usage() {
    }
}
