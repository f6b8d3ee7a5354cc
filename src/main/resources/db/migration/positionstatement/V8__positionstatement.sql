-- The position statement of a self-evaluation cycle. The cycle belongs to the selfevaluation module, so its id
-- is held here without a foreign key: modules never reach into each other's tables.

-- The current draft: one row a section, with a version number so two people never overwrite each other.
create table position_statement_section (
    cycle_id    bigint      not null,
    section_key text        not null,
    text        text        not null default '',
    version     int         not null default 0,
    updated_by  text        not null,
    updated_at  timestamptz not null default now(),
    primary key (cycle_id, section_key)
);

-- A submitted version, frozen: who submitted it, when, under which structure, and its word count.
create table position_statement_submission (
    id           bigserial primary key,
    cycle_id     bigint      not null,
    number       int         not null,
    template_id  text        not null,
    word_count   int         not null,
    submitted_by text        not null,
    submitted_at timestamptz not null default now(),
    unique (cycle_id, number)
);

-- The sections of a submitted version as they were, titles included, so a later change of structure
-- leaves them as submitted.
create table position_statement_submitted_section (
    submission_id bigint not null references position_statement_submission (id),
    position      int    not null,
    section_key   text   not null,
    title         text   not null,
    text          text   not null,
    primary key (submission_id, section_key)
);
