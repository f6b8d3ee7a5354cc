-- Partnerships: the 32 Scottish council areas to start with, with their LGBF family groups.
create table partnership (
    slug                text primary key,
    name                text not null,
    people_family_group int  not null check (people_family_group between 1 and 4),
    place_family_group  int  not null check (place_family_group between 1 and 4),
    version             int  not null default 0
);
