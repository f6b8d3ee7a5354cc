-- A partnership's figures are its own until its lead shares them for comparison: other partnerships' comparators
-- read only shared figures, and Scotland's national statistics, which are published by definition. A revised figure
-- is shared again only when the lead says so.
alter table indicator_value add column shared_at timestamptz;
alter table indicator_value add column shared_by text;
