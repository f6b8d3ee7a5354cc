-- An item's details (title, description, source, agency, date, indicators, core category) can be corrected after it
-- is added; the number counts those changes so two people correcting one item never overwrite each other unseen.
alter table evidence_item add column details_version integer not null default 0;
