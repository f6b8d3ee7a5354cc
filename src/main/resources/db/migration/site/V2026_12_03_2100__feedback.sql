-- What people tell the service team through the Beta banner's feedback link, read by administrators.
create table feedback (
    id           bigserial primary key,
    received_at  timestamptz not null default now(),
    from_path    text,
    feedback     text        not null,
    reply_to     text,
    account      text
);
create index feedback_received on feedback (received_at desc);
