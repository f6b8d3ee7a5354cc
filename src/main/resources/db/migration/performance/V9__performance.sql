-- Indicator values: the current figure for each partnership, indicator and period. National figures published
-- for Scotland as a whole are held under the partnership 'scotland'.
create table indicator_value (
    partnership    text        not null,
    indicator_code text        not null,
    period_start   date        not null,
    numerator      numeric,
    denominator    numeric,
    value          numeric     not null,
    revision       int         not null default 1,
    recorded_by    text        not null,
    recorded_at    timestamptz not null default now(),
    primary key (partnership, indicator_code, period_start)
);
create index indicator_value_by_indicator on indicator_value (indicator_code, period_start);

-- Every figure ever recorded, first published and each revision, so a revised series can be told from the
-- figures people read at the time.
create table indicator_value_revision (
    id             bigserial primary key,
    partnership    text        not null,
    indicator_code text        not null,
    period_start   date        not null,
    revision       int         not null,
    numerator      numeric,
    denominator    numeric,
    value          numeric     not null,
    recorded_by    text        not null,
    recorded_at    timestamptz not null default now(),
    unique (partnership, indicator_code, period_start, revision)
);

-- How a partnership charts an indicator: a frozen baseline, or change points after which limits are recalculated.
create table indicator_phases (
    partnership    text   not null,
    indicator_code text   not null,
    baseline_from  date,
    baseline_to    date,
    change_points  date[] not null default '{}',
    version        int    not null default 0,
    primary key (partnership, indicator_code)
);

-- The partnerships a partnership chooses to compare itself with, besides its family group.
create table comparator_choice (
    partnership   text not null,
    compared_with text not null,
    primary key (partnership, compared_with)
);
