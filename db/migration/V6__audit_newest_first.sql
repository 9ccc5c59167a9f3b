-- The audit log is read newest first, unfiltered or by entity id prefix, one keyset page at a time
-- ((occurred_at, id) < cursor): without this index every page sorts the whole table.
create index audit_event_occurred_idx on audit_event (occurred_at desc, id desc);
