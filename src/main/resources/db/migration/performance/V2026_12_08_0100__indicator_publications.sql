-- Which document in the log holds an indicator's published charts, so a draft from the data can cite it.
create table indicator_publication (
    partnership    text        not null,
    indicator_code text        not null,
    document_number integer    not null,
    published_at   timestamptz not null default now(),
    primary key (partnership, indicator_code, document_number)
);
