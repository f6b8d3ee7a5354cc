-- What personal-data screening found in free text written outside evidence (position statement sections,
-- evaluation answers and cited points, improvement actions, PDSA notes). The owning module names the place:
-- a subject (e.g. "evaluation/12/2.1") and a field within it; the text itself stays with its owner, and only
-- its hash is kept here, so findings are replaced when, and only when, the text changes.
create table text_screening_finding (
    id             bigserial primary key,
    partnership    text        not null,
    cycle_id       bigint      not null,
    subject_type   text        not null,
    subject        text        not null,
    label          text        not null,
    link           text        not null,
    field          text        not null,
    text_sha256    text        not null,
    kind           text        not null,
    excerpt        text        not null,
    found_at       timestamptz not null default now(),
    cleared_by     text,
    cleared_at     timestamptz,
    cleared_reason text
);
create index text_screening_finding_subject on text_screening_finding (partnership, subject);
create index text_screening_finding_cycle on text_screening_finding (cycle_id) where cleared_at is null;

-- A version that held personal data and was erased: its file, name and text are gone; this tombstone says
-- who erased it, when and why. Findings keep their masked excerpts.
alter table evidence_version drop constraint evidence_version_check;
alter table evidence_version add constraint evidence_version_file_or_link
    check (((file_sha256 is null) <> (url is null)) or (file_sha256 is null and url is null and file_name is null));

create table evidence_erasure (
    version_id      bigint primary key references evidence_version (id),
    item_id         bigint      not null references evidence_item (id),
    version_number  int         not null,
    erased_by       text        not null,
    erased_at       timestamptz not null default now(),
    reason          text        not null,
    file_removed    boolean     not null
);
