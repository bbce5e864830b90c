-- The audit trail becomes a hash chain per tenant (see org.sendias.audit.AuditChain): each event has a sequence
-- 1, 2, 3... within its tenant, the hash of the event before it and its own hash. The application chains a unit of
-- work's records at commit, after locking the tenant's row in sendias_audit_head, so a tenant's chain has no gaps.
--
-- Rows written before this migration were never hashed. Hashing them now would vouch for rows that could have been
-- changed before they were chained, so they are kept apart, unchanged, in sendias_audit_unchained, and every
-- tenant's chain starts afresh at sequence 1 in the new sendias_audit.
--
-- H2 has no triggers here that refuse UPDATE, DELETE or TRUNCATE (its triggers are Java classes, and H2 is for
-- development and tests): on H2 the chain still shows any change, but nothing prevents one.
alter table sendias_audit rename to sendias_audit_unchained;
alter index sendias_audit_tenant_at rename to sendias_audit_unchained_tenant_at;

create table sendias_audit (
    tenant_id     varchar(64)  not null,
    sequence      bigint       not null,
    at            bigint       not null,
    actor         varchar(128) not null,
    action        varchar(100) not null,
    case_id       uuid,
    subject       varchar(100),
    reason        varchar(100) not null,
    previous_hash char(64)     not null,
    hash          char(64)     not null,
    constraint sendias_audit_chain_pkey primary key (tenant_id, sequence)
);
create index sendias_audit_tenant_at on sendias_audit (tenant_id, at);

-- the head of each tenant's chain; its row is locked while a commit chains, and updated in the same transaction
create table sendias_audit_head (
    tenant_id varchar(64) primary key,
    sequence  bigint      not null,
    hash      char(64)    not null
);
