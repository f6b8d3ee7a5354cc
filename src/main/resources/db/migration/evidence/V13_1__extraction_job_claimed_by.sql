-- Which running instance holds a job (its advisory lock key), so a stopped instance's jobs are taken back at once.
alter table extraction_job add column claimed_by int;
