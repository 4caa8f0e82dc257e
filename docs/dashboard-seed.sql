-- 100,000 conversations for measuring the live dashboard (docs/dashboard-query-plans.md), PostgreSQL only.
-- Run against a migrated schema with no seeded rows yet, e.g.:
--   psql -h 127.0.0.1 -U postgres test -v schema=switchboard_it_allwork -f docs/dashboard-seed.sql
-- Ids start at 10,000,000 so that they never meet the sequences' values. Spread over 90 days: most are closed, the
-- last day is busy, about 1% are open and waiting, 1% assigned, and the open ones run SLA clocks.
set search_path = :schema;
begin;

-- A configuration change behind the servers' back: their caches of it must see a new revision (V61).
update configuration_revision set revision = revision + 1 where id = 1;

insert into sender (id, channel, address, name, created_at, version)
values (10000000, 'SMS', '+10000000000', 'Seed line', now(), 0);

insert into queue (id, name, active_name, is_default, created_at, version, auto_assignment, working_hours_period_id)
select 10000000 + q, 'Seed queue ' || q, 'Seed queue ' || q, false, now(), 0, 'OFF',
       (select working_hours_period_id from queue where is_default)
from generate_series(1, 4) q;

insert into agent (id, kind, name, enabled, created_at, version)
select 10000000 + a, 'HUMAN', 'Seed agent ' || a, true, now(), 0 from generate_series(1, 20) a;

insert into person (id, first_name, last_name, created_at, version)
select 10000000 + p, 'Seed', 'Customer ' || p, now(), 0 from generate_series(1, 20000) p;

-- i mod 100: 0 open and waiting, 1 open and assigned, 2 waiting (status) and assigned, 3 solved, the rest closed.
-- The newest 2,000 (i > 98,000) started within the last day; the rest over the 90 days before.
insert into conversation (id, short_id, status, priority, direction, channel, person_id, sender_id, queue_id,
                          open_key, created_at, updated_at, closed_at, version, priority_set_manually, assignee_id)
select 10000000 + i,
       10000000 + i,
       case i % 100 when 0 then 'OPEN' when 1 then 'OPEN' when 2 then 'WAITING' when 3 then 'SOLVED' else 'CLOSED' end,
       case i % 7 when 0 then 'HIGH' when 1 then 'URGENT' else 'NORMAL' end,
       'INBOUND', 'SMS',
       10000000 + 1 + i % 20000,
       10000000,
       10000000 + 1 + i % 4,
       case when i % 100 < 4 then 'seed:' || i end,
       t.at, t.at, case when i % 100 >= 4 then t.at + interval '1 hour' end, 0, false,
       case when i % 100 in (1, 2) then 10000000 + 1 + i % 20 end
from generate_series(1, 100000) i,
     lateral (select case when i > 98000 then now() - (100000 - i) * interval '43 seconds'
                          else now() - interval '1 day' - (98000 - i) * interval '79 seconds' end as at) t;

-- Three messages each: the customer, an agent's answer five minutes later, the customer again.
insert into message (id, conversation_id, direction, author_kind, author, channel, from_address, to_address, text,
                     created_at, sensitive, visitor)
select 10000000 + (c.id - 10000000) * 3 + k,
       c.id,
       case k when 1 then 'OUTBOUND' else 'INBOUND' end,
       case k when 1 then 'AGENT' else 'CUSTOMER' end,
       case k when 1 then 'Seed agent' end,
       'SMS', '+1', '+10000000000', 'Seed message ' || k,
       least(now(), c.created_at + k * interval '5 minutes'),
       false, false
from conversation c, generate_series(0, 2) k
where c.id > 10000000 and (k = 0 or c.status <> 'OPEN' or c.assignee_id is not null);

-- SLA clocks of the live ones, due from an hour ago to two hours ahead; breaches for a fifth of them today.
insert into conversation_sla (conversation_id, policy_id, severity_name, next_due_at, evaluated_at, version)
select c.id, null, 'Seed', now() + ((c.id % 180) - 60) * interval '1 minute', now(), 0
from conversation c where c.id > 10000000 and c.status in ('OPEN', 'WAITING');

insert into sla_breach (id, conversation_id, metric, clock_start, due_at, ended_at, breached_by_s, policy_name,
                        severity_name, queue_id, agent_id, detected_at)
select 10000000 + (c.id - 10000000), c.id, 'FIRST_REPLY', c.created_at,
       greatest(date_trunc('day', now()), now() - interval '1 hour'), null, 60, 'Seed policy', 'Seed', c.queue_id,
       null, now()
from conversation c where c.id > 10000000 and c.status in ('OPEN', 'WAITING') and c.id % 5 = 0;

-- The history: a tenth of the closed ones breached their first reply half an hour after they started.
insert into sla_breach (id, conversation_id, metric, clock_start, due_at, ended_at, breached_by_s, policy_name,
                        severity_name, queue_id, agent_id, detected_at)
select 10000000 + (c.id - 10000000), c.id, 'FIRST_REPLY', c.created_at, c.created_at + interval '30 minutes',
       c.created_at + interval '40 minutes', 600, 'Seed policy', 'Seed', c.queue_id, null,
       c.created_at + interval '30 minutes'
from conversation c where c.id > 10000000 and c.status = 'CLOSED' and c.id % 10 = 5;

commit;

analyze conversation;
analyze message;
analyze conversation_sla;
analyze sla_breach;
