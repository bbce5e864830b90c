-- sendias storage schema, version 1 (PostgreSQL).
-- Every table carries tenant_id first in its key, so one service's rows are found, locked and indexed apart from
-- another's. Aggregates are stored as JSON text written by sendias (bodies are read back through the domain's own
-- validation); the columns beside them exist for keys, concurrency checks and indexed queries.

-- one row per case: its version is the optimistic-concurrency check
create table sendias_case (
    tenant_id   varchar(64)  not null,
    case_id     uuid         not null,
    version     bigint       not null,
    status      varchar(16)  not null,
    opened_at   timestamp with time zone not null,
    adviser_id  varchar(128),
    body        text         not null,
    primary key (tenant_id, case_id)
);

-- the people and organisations in a case, in the case's order
create table sendias_case_party (
    tenant_id   varchar(64)  not null,
    case_id     uuid         not null,
    position    integer      not null,
    party_id    uuid         not null,
    role        varchar(40)  not null,
    body        text         not null,
    primary key (tenant_id, case_id, position),
    foreign key (tenant_id, case_id) references sendias_case (tenant_id, case_id) on delete cascade
);

-- case notes are append-only: a row is inserted once and never updated
create table sendias_case_note (
    tenant_id   varchar(64)  not null,
    case_id     uuid         not null,
    position    integer      not null,
    note_id     uuid         not null,
    written_at  timestamp with time zone not null,
    written_by  varchar(128) not null,
    body        text         not null,
    primary key (tenant_id, case_id, position),
    foreign key (tenant_id, case_id) references sendias_case (tenant_id, case_id) on delete cascade
);

-- an index of the cases' statutory and service deadlines (process_key is the tracked process's id, or
-- 'service-level'), for "what is due soon" without loading every case; met_on is the day a deadline was met.
-- Rewritten with the case whenever its processes change; the case's body stays the record of truth.
create table sendias_case_deadline (
    tenant_id   varchar(64)  not null,
    case_id     uuid         not null,
    process_key varchar(40)  not null,
    rule        varchar(64)  not null,
    due_on      date         not null,
    met_on      date,
    foreign key (tenant_id, case_id) references sendias_case (tenant_id, case_id) on delete cascade
);
create index sendias_case_deadline_case on sendias_case_deadline (tenant_id, case_id);
create index sendias_case_deadline_due on sendias_case_deadline (tenant_id, due_on);

-- the declarations and the gifts registers, one row each per tenant
create table sendias_register (
    tenant_id   varchar(64)  not null,
    kind        varchar(16)  not null,
    version     bigint       not null,
    body        text         not null,
    primary key (tenant_id, kind)
);

-- events written with the changes they describe; deleted when acknowledged
create table sendias_outbox (
    sequence     bigint generated always as identity primary key,
    tenant_id    varchar(64)  not null,
    case_id      uuid,
    type         varchar(64)  not null,
    event_class  varchar(200) not null,
    body         text         not null,
    deliveries   integer      not null default 0,
    leased_until bigint       not null default -9223372036854775808
);

-- one row that outbox readers lock, so that two readers never claim events of the same case at once
create table sendias_outbox_lock (
    id integer primary key
);
insert into sendias_outbox_lock (id) values (1);

-- the audit trail: ids and kinds only; at is nanoseconds since the epoch, so instants round-trip exactly
create table sendias_audit (
    sequence    bigint generated always as identity primary key,
    tenant_id   varchar(64)  not null,
    at          bigint       not null,
    actor       varchar(128) not null,
    action      varchar(100) not null,
    case_id     uuid
);
create index sendias_audit_tenant_at on sendias_audit (tenant_id, at);
