-- Optional row-level security for sendias on PostgreSQL: a second line of defence, so that a query run on the
-- application's connections can only reach the rows of the tenant the unit of work is for.
--
-- Run it once, as the owner of the sendias tables, after the migrations. The application must then connect as a role
-- that does not own the tables (owners and superusers bypass these policies) and build its store with
-- JdbcStore.builder(dataSource).tenantSetting(true), which sets sendias.tenant_id at the start of each unit of work.
--
-- The outbox is read across tenants by the event dispatcher, so it has no policy here: give it to a separate role.

alter table sendias_case enable row level security;
create policy sendias_tenant on sendias_case
    using (tenant_id = current_setting('sendias.tenant_id', true))
    with check (tenant_id = current_setting('sendias.tenant_id', true));

alter table sendias_case_party enable row level security;
create policy sendias_tenant on sendias_case_party
    using (tenant_id = current_setting('sendias.tenant_id', true))
    with check (tenant_id = current_setting('sendias.tenant_id', true));

alter table sendias_case_note enable row level security;
create policy sendias_tenant on sendias_case_note
    using (tenant_id = current_setting('sendias.tenant_id', true))
    with check (tenant_id = current_setting('sendias.tenant_id', true));

alter table sendias_case_deadline enable row level security;
create policy sendias_tenant on sendias_case_deadline
    using (tenant_id = current_setting('sendias.tenant_id', true))
    with check (tenant_id = current_setting('sendias.tenant_id', true));

alter table sendias_register enable row level security;
create policy sendias_tenant on sendias_register
    using (tenant_id = current_setting('sendias.tenant_id', true))
    with check (tenant_id = current_setting('sendias.tenant_id', true));

alter table sendias_audit enable row level security;
create policy sendias_tenant on sendias_audit
    using (tenant_id = current_setting('sendias.tenant_id', true))
    with check (tenant_id = current_setting('sendias.tenant_id', true));

alter table sendias_audit_head enable row level security;
create policy sendias_tenant on sendias_audit_head
    using (tenant_id = current_setting('sendias.tenant_id', true))
    with check (tenant_id = current_setting('sendias.tenant_id', true));

alter table sendias_report_case enable row level security;
create policy sendias_tenant on sendias_report_case
    using (tenant_id = current_setting('sendias.tenant_id', true))
    with check (tenant_id = current_setting('sendias.tenant_id', true));

alter table sendias_report_open enable row level security;
create policy sendias_tenant on sendias_report_open
    using (tenant_id = current_setting('sendias.tenant_id', true))
    with check (tenant_id = current_setting('sendias.tenant_id', true));

alter table sendias_report_person enable row level security;
create policy sendias_tenant on sendias_report_person
    using (tenant_id = current_setting('sendias.tenant_id', true))
    with check (tenant_id = current_setting('sendias.tenant_id', true));

alter table sendias_report_event enable row level security;
create policy sendias_tenant on sendias_report_event
    using (tenant_id = current_setting('sendias.tenant_id', true))
    with check (tenant_id = current_setting('sendias.tenant_id', true));
