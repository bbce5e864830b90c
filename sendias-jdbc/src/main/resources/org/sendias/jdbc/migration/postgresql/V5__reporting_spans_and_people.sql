-- sendias storage schema, version 5: the reporting index answers "open in the period" and "each person once" without
-- joining or grouping every row.
-- A case open in one run of days carries that run on its case row and its people's rows; a case open in several
-- runs has one row per run for each of its people (its case row leaves the run empty and sendias_report_open stays
-- the record of its runs). sendias_report_party counts each person's cases; a person in more than one case has all
-- their rows marked shared. The return counts rows of people in one case opened once directly, and groups only the
-- others by person.

alter table sendias_report_case add column open_runs smallint default 0 not null;
alter table sendias_report_case add column open_from date;
alter table sendias_report_case add column open_to date;

alter table sendias_report_person add column open_runs smallint default 0 not null;
alter table sendias_report_person add column open_from date;
alter table sendias_report_person add column open_to date;
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
update sendias_report_person p set
    open_runs = (select c.open_runs from sendias_report_case c where c.tenant_id = p.tenant_id and c.case_id = p.case_id),
    open_from = (select c.open_from from sendias_report_case c where c.tenant_id = p.tenant_id and c.case_id = p.case_id),
    open_to = (select c.open_to from sendias_report_case c where c.tenant_id = p.tenant_id and c.case_id = p.case_id);
insert into sendias_report_person (tenant_id, case_id, party_id, ethnic_group, gender, disability, first_language,
        open_runs, open_from, open_to)
    select p.tenant_id, p.case_id, p.party_id, p.ethnic_group, p.gender, p.disability, p.first_language, p.open_runs,
        o.open_from, o.open_to
    from sendias_report_person p join sendias_report_open o on o.tenant_id = p.tenant_id and o.case_id = p.case_id
    where p.open_runs > 1 and p.open_from is null;
delete from sendias_report_person where open_runs > 1 and open_from is null;
insert into sendias_report_party (tenant_id, party_id, cases)
    select tenant_id, party_id, count(distinct case_id) from sendias_report_person group by tenant_id, party_id;

create index sendias_report_person_party on sendias_report_person (tenant_id, party_id);
update sendias_report_person p set shared = true where exists (select 1 from sendias_report_party q
    where q.tenant_id = p.tenant_id and q.party_id = p.party_id and q.cases > 1);
