-- SLA policies (ordered; the top one wins), their severities, each conversation's policy and severity, the breaches
-- kept for reports, and the conversation history the SLA clocks are computed from besides the messages.

create sequence sla_policy_seq start with 50 increment by 50;

create table sla_policy (
    id                bigint        primary key,
    name              varchar(100)  not null,
    enabled           boolean       not null,
    -- Order of the list, 0 on top; kept dense by the service under a lock on the whole list.
    list_order        integer       not null,
    valid_from        timestamp with time zone,
    valid_to          timestamp with time zone,
    -- The condition tree in routing's vocabulary, as JSON.
    conditions        varchar(20000) not null,
    queue_scope       varchar(12)   not null,
    exclude_automated boolean       not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint        not null
);
create index sla_policy_order_ix on sla_policy (list_order);

-- With queue_scope ONLY the policy applies in these queues; with EXCEPT it is ignored in them.
create table sla_policy_queue (
    policy_id bigint not null references sla_policy (id) on delete cascade,
    queue_id  bigint not null references queue (id),
    primary key (policy_id, queue_id)
);

create sequence sla_severity_seq start with 50 increment by 50;

create table sla_severity (
    id                     bigint       primary key,
    policy_id              bigint       not null references sla_policy (id) on delete cascade,
    name                   varchar(100) not null,
    list_order             integer      not null,
    is_default             boolean      not null,
    first_response_minutes integer,
    next_reply_minutes     integer,
    resolution_minutes     integer,
    working_hours_only     boolean      not null,
    constraint sla_severity_name_uk unique (policy_id, name)
);

-- The policy and severity a conversation runs under, and when its clocks are next due.
create table conversation_sla (
    conversation_id bigint       primary key references conversation (id) on delete cascade,
    policy_id       bigint       references sla_policy (id) on delete set null,
    severity_name   varchar(100),
    next_due_at     timestamp with time zone,
    evaluated_at    timestamp with time zone not null,
    version         bigint       not null
);
create index conversation_sla_policy_ix on conversation_sla (policy_id);

create sequence sla_breach_seq start with 50 increment by 50;

-- One row per breached clock, kept after closing for reports; recomputed when the policy or severity changes.
create table sla_breach (
    id              bigint       primary key,
    conversation_id bigint       not null references conversation (id) on delete cascade,
    metric          varchar(20)  not null,
    clock_start     timestamp with time zone not null,
    due_at          timestamp with time zone not null,
    ended_at        timestamp with time zone,
    breached_by_s   bigint       not null,
    policy_name     varchar(100) not null,
    severity_name   varchar(100) not null,
    queue_id        bigint,
    agent_id        bigint,
    detected_at     timestamp with time zone not null,
    constraint sla_breach_clock_uk unique (conversation_id, metric, clock_start)
);
create index sla_breach_due_ix on sla_breach (due_at);

create sequence conversation_event_seq start with 50 increment by 50;

-- Status changes and bot handovers, in order: with the messages, the history SLA clocks are computed from.
create table conversation_event (
    id              bigint      primary key,
    conversation_id bigint      not null references conversation (id) on delete cascade,
    kind            varchar(20) not null,
    occurred_at     timestamp with time zone not null
);
create index conversation_event_conversation_ix on conversation_event (conversation_id, occurred_at);

create sequence sla_breach_export_seq start with 50 increment by 50;

-- A CSV export of the breach report, written by a batch job; kept in the database so any instance can serve it.
create table sla_breach_export (
    id           bigint       primary key,
    criteria     varchar(1000) not null,
    status       varchar(12)  not null,
    row_count    bigint       not null,
    content      text,
    requested_by varchar(120) not null,
    requested_at timestamp with time zone not null,
    finished_at  timestamp with time zone,
    version      bigint       not null
);
