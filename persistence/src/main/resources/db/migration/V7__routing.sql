-- Routing: ordered routes with their condition trees, the revision of the route set (its lock and cache key),
-- the decisions recorded per conversation, and the message fields routing reads that were not stored yet.

create table route (
    id          bigint        primary key,
    name        varchar(200)  not null,
    enabled     boolean       not null,
    queue_id    bigint        not null references queue (id),
    priority    varchar(20)   not null,
    -- The AND/OR condition tree as JSON: always read and written whole, never queried by its parts.
    conditions  varchar(30000) not null,
    -- 1..n, evaluation order; rewritten as a whole under the route_set lock.
    ordinal     integer       not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint        not null
);
create sequence route_seq start with 50 increment by 50;
create index route_queue_ix on route (queue_id);
create index route_ordinal_ix on route (ordinal);

-- One row: every change of the routes locks it and bumps the revision, which serializes reorders and tells every
-- server instance that its compiled routes are stale.
create table route_set (
    id       integer primary key,
    revision bigint  not null
);
insert into route_set (id, revision) values (1, 0);

create table routing_decision (
    id              bigint       primary key,
    conversation_id bigint       not null references conversation (id),
    -- No foreign key: a decision outlives its route; the name is kept as it was.
    route_id        bigint,
    route_name      varchar(200),
    queue_id        bigint       not null references queue (id),
    priority        varchar(20)  not null,
    trigger_kind    varchar(30)  not null,
    -- The routes that did not match and the condition that failed, as a JSON array.
    misses          varchar(30000) not null,
    decided_at      timestamp with time zone not null
);
create sequence routing_decision_seq start with 50 increment by 50;
create index routing_decision_conversation_ix on routing_decision (conversation_id);

-- Live Chat: an anonymous visitor rather than an authenticated customer.
alter table message add column visitor boolean default false not null;
-- Channel-specific fields (Apple Messages for Business: deviceAgent, group, intent, locale) as a JSON object.
alter table message add column channel_attributes varchar(2000);
