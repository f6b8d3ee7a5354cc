-- A self-evaluation cycle: a partnership judging itself against a framework version's indicators in scope.
create table cycle (
    id           bigserial primary key,
    partnership  text        not null,
    framework_id text        not null,
    title        text        not null,
    due_date     date        not null,
    indicators   text[]      not null,
    perspective  text        not null default 'AGENCY',
    created_by   text        not null,
    created_at   timestamptz not null default now()
);
create index cycle_partnership on cycle (partnership, created_at desc);

-- The partnership's evaluation of one indicator in a cycle: the three questions, strengths, areas for
-- improvement, and the agreed grade. Version numbers stop two people overwriting each other.
create table evaluation (
    id                    bigserial primary key,
    cycle_id              bigint      not null references cycle (id),
    indicator_code        text        not null,
    how_good_now          text        not null default '',
    how_do_we_know        text        not null default '',
    what_next             text        not null default '',
    strengths             text        not null default '',
    areas_for_improvement text        not null default '',
    contextual_challenges text        not null default '',
    grade                 int check (grade between 1 and 6),
    grade_rationale       text        not null default '',
    version               int         not null default 0,
    updated_by            text,
    updated_at            timestamptz,
    unique (cycle_id, indicator_code)
);

-- Evidence cited by an evaluation, each with the point it supports.
create table evaluation_citation (
    evaluation_id bigint not null references evaluation (id) on delete cascade,
    evidence_number int  not null,
    point         text   not null default '',
    primary key (evaluation_id, evidence_number)
);

-- Grades given independently from each perspective (an agency, or a role such as chief executive).
create table perspective_grade (
    evaluation_id bigint      not null references evaluation (id) on delete cascade,
    perspective   text        not null,
    grade         int         not null check (grade between 1 and 6),
    rationale     text        not null default '',
    graded_by     text        not null,
    graded_at     timestamptz not null default now(),
    primary key (evaluation_id, perspective)
);
