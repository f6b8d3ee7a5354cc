-- An action of a cycle's improvement plan: what will change, who owns it, by when, and how we will know
-- (an indicator with its baseline and target, in the indicator's own units). The area for improvement it came
-- from is kept as written, so rewording an evaluation later does not rewrite the plan. The version number
-- stops two people overwriting each other.
create table improvement_action (
    id                bigserial primary key,
    cycle_id          bigint      not null,
    partnership       text        not null,
    description       text        not null,
    owner_name        text        not null default '',
    owner_agency      text,
    owner_agency_name text,
    due_date          date,
    indicator_code    text,
    baseline          numeric,
    target            numeric,
    quality_indicator text,
    area_indicator    text,
    area_text         text,
    status            text        not null default 'NOT_STARTED',
    version           int         not null default 0,
    created_by        text        not null,
    created_at        timestamptz not null default now(),
    updated_by        text,
    updated_at        timestamptz
);
create index improvement_action_cycle on improvement_action (cycle_id, id);

-- Plan, do, study, act: the small tests of change an action is worked through, numbered from 1 per action.
create table pdsa_cycle (
    action_id  bigint      not null references improvement_action (id) on delete cascade,
    number     int         not null,
    plan       text        not null default '',
    do_text    text        not null default '',
    study      text        not null default '',
    act        text        not null default '',
    start_date date,
    end_date   date,
    version    int         not null default 0,
    updated_by text        not null,
    updated_at timestamptz not null default now(),
    primary key (action_id, number)
);
