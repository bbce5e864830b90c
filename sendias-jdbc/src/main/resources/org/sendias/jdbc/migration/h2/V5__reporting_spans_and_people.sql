-- sendias storage schema, version 5: the reporting index answers "open in the period" and "each person once" without
-- joining or grouping every row.
-- sendias_report_case and sendias_report_event carry the number of runs of days the case was open, and the run when
-- there is only one; the event rows also carry the referral's arrival day. sendias_report_open now holds only the
-- runs of cases open more than once. A person has one row for each run of the case (one without a run if it never
-- opened), with the end of the run before it, so exactly one of their rows in a case is the first to meet a period.
-- sendias_report_party counts each person's cases, and every row of a person in more than one case is marked shared:
-- only those rows are grouped by person.

alter table sendias_report_case add column open_runs smallint default 0 not null;
alter table sendias_report_case add column open_from date;
alter table sendias_report_case add column open_to date;

alter table sendias_report_event add column arrived_on date;
alter table sendias_report_event add column open_runs smallint default 0 not null;
alter table sendias_report_event add column open_from date;
alter table sendias_report_event add column open_to date;

alter table sendias_report_person add column open_from date;
alter table sendias_report_person add column open_to date;
alter table sendias_report_person add column previous_open_to date;
alter table sendias_report_person add column shared boolean default false not null;

create table sendias_report_party (
    tenant_id varchar(64) not null,
    party_id  uuid        not null,
    cases     integer     not null,
    primary key (tenant_id, party_id)
);

-- the rows written before this version
update sendias_report_case c set open_runs = (select count(*) from sendias_report_open o
    where o.tenant_id = c.tenant_id and o.case_id = c.case_id);
update sendias_report_case c set
    open_from = (select o.open_from from sendias_report_open o where o.tenant_id = c.tenant_id and o.case_id = c.case_id),
    open_to = (select o.open_to from sendias_report_open o where o.tenant_id = c.tenant_id and o.case_id = c.case_id)
    where c.open_runs = 1;
update sendias_report_event e set
    arrived_on = (select c.arrived_on from sendias_report_case c where c.tenant_id = e.tenant_id and c.case_id = e.case_id),
    open_runs = (select c.open_runs from sendias_report_case c where c.tenant_id = e.tenant_id and c.case_id = e.case_id),
    open_from = (select c.open_from from sendias_report_case c where c.tenant_id = e.tenant_id and c.case_id = e.case_id),
    open_to = (select c.open_to from sendias_report_case c where c.tenant_id = e.tenant_id and c.case_id = e.case_id);
alter table sendias_report_event alter column arrived_on set not null;
insert into sendias_report_person (tenant_id, case_id, party_id, ethnic_group, gender, disability, first_language,
        open_from, open_to, previous_open_to)
    select p.tenant_id, p.case_id, p.party_id, p.ethnic_group, p.gender, p.disability, p.first_language,
        o.open_from, o.open_to, o.previous_open_to
    from sendias_report_person p join (select tenant_id, case_id, open_from, open_to, lag(open_to) over (
            partition by tenant_id, case_id order by open_from, open_to nulls last) as previous_open_to
        from sendias_report_open) o on o.tenant_id = p.tenant_id and o.case_id = p.case_id;
delete from sendias_report_person p where p.open_from is null and exists (select 1 from sendias_report_open o
    where o.tenant_id = p.tenant_id and o.case_id = p.case_id);
delete from sendias_report_open o where exists (select 1 from sendias_report_case c
    where c.tenant_id = o.tenant_id and c.case_id = o.case_id and c.open_runs = 1);
insert into sendias_report_party (tenant_id, party_id, cases)
    select tenant_id, party_id, count(distinct case_id) from sendias_report_person group by tenant_id, party_id;

create index sendias_report_person_party on sendias_report_person (tenant_id, party_id);
update sendias_report_person p set shared = true where exists (select 1 from sendias_report_party q
    where q.tenant_id = p.tenant_id and q.party_id = p.party_id and q.cases > 1);
