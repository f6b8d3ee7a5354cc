-- A counter for each indicator, raised in the same transaction as any change to its figures (any partnership's:
-- comparators read them all). Charts and summaries computed from the figures are cached under the counters, so
-- every instance sharing this database sees a change with one cheap query, whichever instance or statement made it.
create table indicator_figures_version (
    indicator_code text   primary key,
    version        bigint not null
);

create function raise_indicator_figures_version() returns trigger language plpgsql as $$
begin
    -- In code order, so two transactions changing several indicators take the rows' locks in the same order.
    insert into indicator_figures_version as v (indicator_code, version)
    select distinct indicator_code, 1 from changed order by indicator_code
    on conflict (indicator_code) do update set version = v.version + 1;
    return null;
end $$;

create trigger indicator_value_inserted after insert on indicator_value
    referencing new table as changed for each statement execute function raise_indicator_figures_version();
create trigger indicator_value_updated after update on indicator_value
    referencing new table as changed for each statement execute function raise_indicator_figures_version();
create trigger indicator_value_deleted after delete on indicator_value
    referencing old table as changed for each statement execute function raise_indicator_figures_version();
