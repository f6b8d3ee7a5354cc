-- Files, stored once each under their SHA-256.
create table stored_file (
    sha256       text primary key,
    size_bytes   bigint      not null,
    content_type text        not null,
    stored_at    timestamptz not null default now()
);

-- Each partnership's document log: numbers D001, D002, ... are assigned from here, never reused.
create table evidence_log (
    partnership text primary key,
    last_number int  not null default 0
);

create table evidence_item (
    id                 bigserial primary key,
    partnership        text        not null,
    number             int         not null,
    title              text        not null,
    description        text        not null default '',
    agency             text        not null,
    document_date      date,
    source_type        text        not null,
    indicator_codes    text[]      not null default '{}',
    core_category      text,
    current_version_id bigint,
    created_by         text        not null,
    created_at         timestamptz not null default now(),
    search_vector      tsvector,
    unique (partnership, number)
);
create index evidence_item_search on evidence_item using gin (search_vector);
create index evidence_item_indicators on evidence_item using gin (indicator_codes);

-- Every version of a document is kept; the item points at its current one.
create table evidence_version (
    id                 bigserial primary key,
    item_id            bigint      not null references evidence_item (id),
    version_number     int         not null,
    file_sha256        text references stored_file (sha256),
    file_name          text,
    content_type       text,
    size_bytes         bigint,
    url                text,
    extraction_status  text        not null,
    extraction_problem text,
    page_count         int,
    extracted_text     text,
    uploaded_by        text        not null,
    uploaded_at        timestamptz not null default now(),
    unique (item_id, version_number),
    check ((file_sha256 is null) <> (url is null))
);
alter table evidence_item add constraint evidence_item_current_version
    foreign key (current_version_id) references evidence_version (id);
create index evidence_version_sha on evidence_version (file_sha256);

-- What personal-data screening found in a version (its text and the item's free-text fields).
create table screening_finding (
    id             bigserial primary key,
    version_id     bigint      not null references evidence_version (id),
    kind           text        not null,
    page           int,
    line           int,
    field          text,
    excerpt        text        not null,
    cleared_by     text,
    cleared_at     timestamptz,
    cleared_reason text
);
create index screening_finding_version on screening_finding (version_id);

-- Text extraction jobs, held here so a job interrupted by a crash or restart is picked up again.
create table extraction_job (
    id          bigserial primary key,
    version_id  bigint      not null unique references evidence_version (id),
    state       text        not null default 'QUEUED',
    attempts    int         not null default 0,
    lease_until timestamptz,
    last_error  text,
    created_at  timestamptz not null default now(),
    finished_at timestamptz
);
create index extraction_job_waiting on extraction_job (id) where state in ('QUEUED', 'RUNNING');

-- A core document category the partnership does not hold, with its reason.
create table core_document_not_held (
    partnership text        not null,
    category    text        not null,
    reason      text        not null,
    recorded_by text        not null,
    recorded_at timestamptz not null default now(),
    primary key (partnership, category)
);
