-- The revision that cached pages and the latest published version are keyed by (system/ContentRevision):
-- a counter that every transaction writing the audit log moves on, in that transaction. It used to be the
-- latest audit id; but ids are handed out before commit, so a change committed after one with a higher id
-- did not move it, and pages rendered in between stayed cached with the older content.
create table content_revision (
    singleton boolean primary key default true check (singleton),
    value     bigint  not null check (value >= 0)
);

insert into content_revision (value) select coalesce(max(id), 0) from audit_event;

create function bump_content_revision() returns trigger language plpgsql as $$
begin
    update content_revision set value = value + 1;
    return null;
end
$$;

-- Per statement: one bump per audited change. The row lock also orders concurrent changes: the counter
-- a reader sees never has a change missing below it.
create trigger audit_event_bumps_content_revision after insert on audit_event
    for each statement execute function bump_content_revision();
