-- Sign-in attempts, counted per username (whether or not an account has it) and per source address. Beyond
-- an allowance each further attempt waits longer than the one before, up to a limit; nothing is locked outright.
create table sign_in_throttle (
    throttle_key  text        primary key,
    attempts      int         not null,
    not_before    timestamptz,
    last_attempt  timestamptz not null
);
create index sign_in_throttle_last_attempt on sign_in_throttle (last_attempt);

alter table account drop column failed_sign_ins, drop column locked_until;
