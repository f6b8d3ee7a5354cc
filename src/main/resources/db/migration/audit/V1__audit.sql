-- The append-only record of who changed what and when.
create table audit_entry (
    id           bigserial primary key,
    occurred_at  timestamptz not null default now(),
    actor        text        not null,
    action       text        not null,
    subject_type text        not null,
    subject_id   text        not null,
    partnership  text,
    before_state jsonb,
    after_state  jsonb
);
create index audit_entry_partnership on audit_entry (partnership, occurred_at desc);
create index audit_entry_occurred on audit_entry (occurred_at desc);

-- Append-only: entries can be added, never changed or removed.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only';
end;
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
