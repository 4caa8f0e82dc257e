-- Workflows: supervisors' ordered automations (triggers, conditions, actions as checked JSON), the revision row that
-- serializes their changes and tells every instance to recompile, and the runs kept per conversation.

create table workflow (
    id          bigint         primary key,
    name        varchar(200)   not null,
    enabled     boolean        not null,
    triggers    varchar(10000) not null,
    conditions  varchar(30000),
    actions     varchar(100000) not null,
    -- 1..n, run order; rewritten as a whole under the workflow_set lock.
    ordinal     integer        not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint         not null
);
create sequence workflow_seq start with 50 increment by 50;

create table workflow_set (
    id       integer primary key,
    revision bigint  not null
);
insert into workflow_set (id, revision) values (1, 0);

create table workflow_run (
    id              bigint        primary key,
    conversation_id bigint        not null references conversation (id),
    -- No foreign key: a run outlives its workflow; the name is kept as it was.
    workflow_id     bigint,
    workflow_name   varchar(200)  not null,
    trigger_type    varchar(40)   not null,
    depth           integer       not null,
    outcome         varchar(20)   not null,
    reason          varchar(1000),
    actions         varchar(30000) not null,
    ran_at          timestamp with time zone not null
);
create sequence workflow_run_seq start with 50 increment by 50;
-- The run history of a conversation, and the loop breaker's count of its runs in the last minute.
create index workflow_run_conversation_ix on workflow_run (conversation_id, ran_at);
