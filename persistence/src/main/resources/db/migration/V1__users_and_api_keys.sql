-- Users of the admin and the API, their roles, and the API keys of enterprise systems.
-- Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.
-- Sequences start at their increment: EclipseLink takes each value as the last id of a block of allocationSize (50).

create sequence app_user_seq start with 50 increment by 50;

create table app_user (
    id            bigint       primary key,
    username      varchar(100) not null,
    password_hash varchar(255) not null,
    display_name  varchar(200),
    enabled       boolean      not null,
    created_at    timestamp with time zone not null,
    version       bigint       not null,
    constraint app_user_username_uk unique (username)
);

create table app_user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(40) not null,
    primary key (user_id, role)
);

create sequence api_key_seq start with 50 increment by 50;

create table api_key (
    id           bigint       primary key,
    name         varchar(100) not null,
    token_hash   char(64)     not null,
    token_prefix varchar(16)  not null,
    created_by   varchar(100) not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    version      bigint       not null,
    constraint api_key_name_uk unique (name),
    constraint api_key_token_hash_uk unique (token_hash)
);

create table api_key_role (
    api_key_id bigint      not null references api_key (id) on delete cascade,
    role       varchar(40) not null,
    primary key (api_key_id, role)
);
