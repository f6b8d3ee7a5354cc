create table account (
    id                   bigserial primary key,
    username             text        not null unique,
    display_name         text        not null,
    email                text,
    password_hash        text        not null,
    account_roles        text[]      not null default '{}',
    enabled              boolean     not null default true,
    failed_sign_ins      int         not null default 0,
    locked_until         timestamptz,
    created_at           timestamptz not null default now(),
    version              int         not null default 0
);

-- A person's membership of a partnership, for one agency.
create table membership (
    account_id   bigint not null references account (id) on delete cascade,
    partnership  text   not null,
    role         text   not null,
    agency       text   not null,
    agency_name  text,
    primary key (account_id, partnership)
);
create index membership_partnership on membership (partnership);

-- Personal access tokens for API clients; only a SHA-256 hash of each token is kept.
create table access_token (
    id           bigserial primary key,
    account_id   bigint      not null references account (id) on delete cascade,
    name         text        not null,
    token_hash   text        not null unique,
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
