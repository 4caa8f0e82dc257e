-- Agent utilization (issue 18, Conversations report): one row per period an agent spent in one status, with the
-- status group and whether anything occupied them (a conversation assigned to them in an occupying status, or a
-- call); ended_at is null for the period going on. Written wherever agent_state's status changes (every change goes
-- through AgentState.changeStatus, which needs the history to record into) and, for the occupied flag, by a
-- check each minute. ReportRollup sums it per UTC hour into report_hour (STATUS_* and OCCUPIED measures).
create sequence agent_status_period_seq start with 50 increment by 50;

create table agent_status_period (
    id            bigint       primary key,
    agent_id      bigint       not null,
    status_id     bigint,
    status_name   varchar(50)  not null,
    status_group  varchar(20)  not null,
    occupied      boolean      not null,
    started_at    timestamp with time zone not null,
    ended_at      timestamp with time zone
);
-- The agent's period going on (ended_at null), found at each change.
create index agent_status_period_agent_ix on agent_status_period (agent_id, ended_at);
-- The rollup reads the periods that ended in or after an hour, and those going on.
create index agent_status_period_ended_ix on agent_status_period (ended_at);

-- History starts now: each agent's current status is their first period, since when agent_state says.
insert into agent_status_period (id, agent_id, status_id, status_name, status_group, occupied, started_at, ended_at)
select nextval('agent_status_period_seq'), s.agent_id, st.id, st.name, st.status_group, false, s.status_since, null
from agent_state s join agent_status st on st.id = s.status_id;
