-- Quality frameworks as versioned data: each file is held whole, and its text passages are indexed for search.
create table evaluation_scale (
    id       text primary key,
    document jsonb not null
);

create table framework (
    id          text primary key,
    title       text        not null,
    version     text        not null,
    publisher   text        not null,
    built_in    boolean     not null,
    checksum    text        not null,
    document    jsonb       not null,
    imported_by text,
    imported_at timestamptz not null default now()
);

create table framework_passage (
    id             bigserial primary key,
    framework_id   text not null references framework (id) on delete cascade,
    indicator_code text,
    key_area_code  text,
    part           text not null,
    ordinal        int  not null,
    body           text not null,
    search_vector  tsvector generated always as (to_tsvector('english', body)) stored
);
create index framework_passage_search on framework_passage using gin (search_vector);
create index framework_passage_framework on framework_passage (framework_id);
