-- Record-reading exercises, the population a pre-inspection return gives each, and the sample drawn from it.
-- An exercise belongs to a partnership; cycle_id is the self-evaluation cycle it serves, an id this module keeps
-- without reading the cycle's table. inspection_id leaves room for exercises of an inspection.
create table record_reading_exercise (
    id bigserial primary key,
    partnership text not null,
    cycle_id bigint,
    inspection_id bigint,
    title text not null,
    first_reading_day date not null,
    last_reading_day date not null,
    target_size integer not null check (target_size between 1 and 500),
    population_file text,
    population_loaded_by text,
    population_loaded_at timestamptz,
    seed bigint,
    sampled_by text,
    sampled_at timestamptz,
    version integer not null default 1,
    created_by text not null,
    created_at timestamptz not null default now(),
    check (last_reading_day >= first_reading_day)
);
create index record_reading_exercise_partnership on record_reading_exercise (partnership);

create table record_reading_population (
    exercise_id bigint not null references record_reading_exercise (id) on delete cascade,
    reference text not null check (length(reference) between 1 and 40),
    agency text not null,
    category text not null,
    age_band text,
    row_number integer not null,
    primary key (exercise_id, reference)
);

-- A sampled record keeps its label for ever: a record swapped out is marked removed, never deleted, so no label
-- is given twice.
create table record_reading_sample (
    exercise_id bigint not null references record_reading_exercise (id) on delete cascade,
    label_number integer not null,
    label text not null,
    reference text not null,
    how text not null check (how in ('DRAWN', 'ADDED', 'SWAPPED_IN')),
    reason text,
    added_by text not null,
    added_at timestamptz not null default now(),
    removed_by text,
    removed_at timestamptz,
    removed_reason text,
    replaced_by text,
    primary key (exercise_id, label_number),
    foreign key (exercise_id, reference) references record_reading_population (exercise_id, reference)
);
create unique index record_reading_sample_in_sample on record_reading_sample (exercise_id, reference)
    where removed_at is null;
