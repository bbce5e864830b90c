-- The audit trail becomes a hash chain per tenant (see org.sendias.audit.AuditChain): each event has a sequence
-- 1, 2, 3... within its tenant, the hash of the event before it and its own hash. The application chains a unit of
-- work's records at commit, after locking the tenant's row in sendias_audit_head, so a tenant's chain has no gaps.
--
-- Rows written before this migration were never hashed. Hashing them now would vouch for rows that could have been
-- changed before they were chained, so they are kept apart, unchanged, in sendias_audit_unchained (still append-only
-- from here on), and every tenant's chain starts afresh at sequence 1 in the new sendias_audit.
alter table sendias_audit rename to sendias_audit_unchained;
alter table sendias_audit_unchained rename constraint sendias_audit_pkey to sendias_audit_unchained_pkey;
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

-- Append-only, enforced by the database: UPDATE and DELETE (per row) and TRUNCATE (per statement) fail with
-- SQLSTATE SDA01. The table's owner can still disable these triggers, so the application must not own the table
-- (see the README, "The audit trail", for the privileges to revoke).
create function sendias_audit_refuse_change() returns trigger
    language plpgsql as $$
begin
    raise exception '% is append-only: % is refused', tg_table_name, tg_op
        using errcode = 'SDA01',
              hint = 'audit events are never changed or removed; see the sendias README, The audit trail';
end;
$$;

create trigger sendias_audit_no_update_or_delete
    before update or delete on sendias_audit
    for each row execute function sendias_audit_refuse_change();
create trigger sendias_audit_no_truncate
    before truncate on sendias_audit
    for each statement execute function sendias_audit_refuse_change();

create trigger sendias_audit_unchained_no_update_or_delete
    before update or delete on sendias_audit_unchained
    for each row execute function sendias_audit_refuse_change();
create trigger sendias_audit_unchained_no_truncate
    before truncate on sendias_audit_unchained
    for each statement execute function sendias_audit_refuse_change();
