-- An audit record says why, and may name the thing in the case it acted on (ids and codes only).
alter table sendias_audit add column subject varchar(100);
alter table sendias_audit add column reason varchar(100) default 'unspecified' not null;
