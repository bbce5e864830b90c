-- sendias storage schema, version 4 (PostgreSQL): the reporting index.
-- Rows derived from each case and rewritten with it at every commit that inserts or changes it (and deleted with
-- it), so that the commissioner's return is aggregated in SQL without loading cases. The case's body stays the
-- record of truth; JdbcStore.rebuildReportingIndex rewrites these rows from it (run it once for cases stored before
-- this version). No names, dates of birth or free text are held here: dates, codes and ids only.

-- one row per case: when and how its referral arrived, its domains, and its two service-level targets as the store's
-- deadline engine computes them under the case's own numbers of working days (due_on: the day the target falls, also
-- when released; met_on: the day it was met; released_on: the first day an exception released it, when one did)
create table sendias_report_case (
    tenant_id         varchar(64) not null,
    case_id           uuid        not null,
    arrived_on        date        not null,
    source            varchar(40) not null,
    education         smallint    not null,
    health            smallint    not null,
    social_care       smallint    not null,
    ack_days          integer     not null,
    ack_due_on        date,
    ack_met_on        date,
    ack_released_on   date,
    first_days        integer     not null,
    first_due_on      date,
    first_met_on      date,
    first_released_on date,
    primary key (tenant_id, case_id),
    foreign key (tenant_id, case_id) references sendias_case (tenant_id, case_id) on delete cascade
);
create index sendias_report_case_arrived on sendias_report_case (tenant_id, arrived_on);

-- the runs of days on which the case was open, paused or reopened (open_to null while it still is)
create table sendias_report_open (
    tenant_id varchar(64) not null,
    case_id   uuid        not null,
    open_from date        not null,
    open_to   date,
    foreign key (tenant_id, case_id) references sendias_case (tenant_id, case_id) on delete cascade
);
create index sendias_report_open_case on sendias_report_open (tenant_id, case_id);

-- the people using the service in a case (the child or young person, parents and carers), with only the equality
-- answers they consented to be used in reports, as codes; null when not given, not consented, or "prefer not to say"
create table sendias_report_person (
    tenant_id      varchar(64) not null,
    case_id        uuid        not null,
    party_id       uuid        not null,
    ethnic_group   varchar(40),
    gender         varchar(40),
    disability     varchar(40),
    first_language varchar(40),
    foreign key (tenant_id, case_id) references sendias_case (tenant_id, case_id) on delete cascade
);
create index sendias_report_person_case on sendias_report_person (tenant_id, case_id);

-- dated facts counted in the return: outcomes (kind: the outcome kind), appeals registered (APPEAL_REGISTERED),
-- contacts with an interpreter (INTERPRETER, detail: the language code) and accessible formats used in contacts
-- (FORMAT, detail: the format), attempts left out
create table sendias_report_event (
    tenant_id varchar(64) not null,
    case_id   uuid        not null,
    kind      varchar(40) not null,
    on_date   date        not null,
    detail    varchar(40),
    foreign key (tenant_id, case_id) references sendias_case (tenant_id, case_id) on delete cascade
);
create index sendias_report_event_on on sendias_report_event (tenant_id, on_date);
create index sendias_report_event_case on sendias_report_event (tenant_id, case_id);
