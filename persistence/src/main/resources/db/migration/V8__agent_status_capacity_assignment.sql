-- Agent statuses (default and custom, each in one of four groups), each agent's presence and capacity, which
-- conversation statuses occupy an agent, default capacities, past assignees, and recorded assignment decisions.

-- Starts at 100: EclipseLink takes the block 51..100, clear of the default statuses below.
create sequence agent_status_seq start with 100 increment by 50;

create table agent_status (
    id           bigint      primary key,
    name         varchar(50) not null,
    status_group varchar(12) not null,
    -- The default statuses have a code the engine switches by (Available, Full capacity, Offline...); custom: null.
    system_code  varchar(20),
    created_at   timestamp with time zone not null,
    constraint agent_status_name_uk unique (name),
    constraint agent_status_code_uk unique (system_code)
);
insert into agent_status (id, name, status_group, system_code, created_at) values
    (1, 'Available', 'AVAILABLE', 'AVAILABLE', current_timestamp),
    (2, 'Full capacity', 'BUSY', 'FULL_CAPACITY', current_timestamp),
    (3, 'Busy', 'BUSY', 'BUSY', current_timestamp),
    (4, 'Away', 'AWAY', 'AWAY', current_timestamp),
    (5, 'Offline', 'UNAVAILABLE', 'OFFLINE', current_timestamp);

-- One row per agent, locked (select ... for update) by every assignment decision that may give the agent work:
-- the database, not the JVM, keeps occupancy within capacity across server instances.
create table agent_state (
    agent_id             bigint  primary key references agent (id) on delete cascade,
    status_id            bigint  not null references agent_status (id),
    status_since         timestamp with time zone not null,
    last_activity_at     timestamp with time zone not null,
    last_assigned_at     timestamp with time zone not null,
    voice_state          varchar(10) not null,
    voice_state_since    timestamp with time zone not null,
    wrap_up_seconds      integer not null,
    -- The agent's own capacity per channel group; null takes the default.
    capacity_live_messaging integer,
    capacity_live_chat      integer,
    capacity_email          integer
);
create index agent_state_status_ix on agent_state (status_id);
insert into agent_state (agent_id, status_id, status_since, last_activity_at, last_assigned_at, voice_state,
                         voice_state_since, wrap_up_seconds)
    select id, 5, current_timestamp, current_timestamp, current_timestamp, 'IDLE', current_timestamp, 30 from agent;

insert into setting (name, val) values ('capacity.LIVE_MESSAGING', '5');
insert into setting (name, val) values ('capacity.LIVE_CHAT', '5');
insert into setting (name, val) values ('capacity.EMAIL', '5');
-- Open always occupies an agent; Waiting and Solved do unless excluded.
insert into setting (name, val) values ('occupancy.WAITING', 'true');
insert into setting (name, val) values ('occupancy.SOLVED', 'true');
insert into setting (name, val) values ('presence.inactivityMinutes', '30');

-- Agents once assigned to a conversation: automatic assignment does not pick them for it again.
create table conversation_past_assignee (
    conversation_id bigint not null references conversation (id) on delete cascade,
    agent_id        bigint not null references agent (id) on delete cascade,
    primary key (conversation_id, agent_id)
);

-- Bulk assignment reads unassigned conversations of a queue by priority, then age.
create index conversation_unassigned_ix on conversation (queue_id, assignee_id, status);

create sequence assignment_decision_seq start with 50 increment by 50;

create table assignment_decision (
    id              bigint       primary key,
    conversation_id bigint       not null references conversation (id) on delete cascade,
    queue_id        bigint       not null references queue (id),
    trigger_kind    varchar(20)  not null,
    method          varchar(20)  not null,
    agent_id        bigint       references agent (id) on delete set null,
    agent_name      varchar(200),
    reason          varchar(500) not null,
    candidate_count integer      not null,
    decided_at      timestamp with time zone not null
);
create index assignment_decision_conversation_ix on assignment_decision (conversation_id, decided_at);

create table assignment_candidate (
    decision_id      bigint       not null references assignment_decision (id) on delete cascade,
    agent_id         bigint       not null,
    agent_name       varchar(200) not null,
    workload         double precision not null,
    unserved_seconds bigint       not null,
    score            double precision not null,
    chosen           boolean      not null
);
create index assignment_candidate_decision_ix on assignment_candidate (decision_id);
