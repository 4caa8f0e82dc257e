-- 1,000,000 conversations for measuring the Conversations report (docs/reports-query-plans.md), PostgreSQL only.
-- Run against a migrated schema with no seeded rows yet, e.g.:
--   psql -h 127.0.0.1 -U postgres test -v schema=switchboard_reports_bench -f docs/reports-seed.sql
-- Ids start at 10,000,000 so that they never meet the sequences' values. 90 days of conversations (one every 7.8 s,
-- about 460 an hour) in 4 queues, 4 channels, 4 priorities, a third with one of 5 tags (a seventh with a second
-- one); 3 messages each (customer, agent's answer after 20 s to 30 min, customer); 96% Solved and then Closed an hour
-- later; an SLA policy on every conversation, first response breached when the answer took over 15 minutes. Then the
-- hourly pre-aggregates are built from them with the same rules as io.switchboard.reports.ReportRollup (in SQL here,
-- all 2,160 hours at once).
set search_path = :schema;
set timezone = 'UTC';
begin;

insert into sender (id, channel, address, name, created_at, version)
values (10000000, 'SMS', '+10000000000', 'Seed line', now(), 0);

insert into queue (id, name, active_name, is_default, created_at, version, auto_assignment, working_hours_period_id)
select 10000000 + q, 'Seed queue ' || q, 'Seed queue ' || q, false, now(), 0, 'OFF',
       (select working_hours_period_id from queue where is_default)
from generate_series(1, 4) q;

insert into agent (id, kind, name, enabled, created_at, version)
select 10000000 + a, 'HUMAN', 'Seed agent ' || a, true, now(), 0 from generate_series(1, 20) a;
insert into agent_state (agent_id, status_id, status_since, last_activity_at, last_assigned_at, voice_state,
                         voice_state_since, wrap_up_seconds)
select 10000000 + a, 1 + a % 5, now(), now(), now(), 'IDLE', now(), 30 from generate_series(1, 20) a;

insert into tag (id, name, created_at) select 10000000 + t, 'seed-tag-' || t, now() from generate_series(0, 4) t;

insert into person (id, first_name, last_name, created_at, version)
select 10000000 + p, 'Seed', 'Customer ' || p, now(), 0 from generate_series(1, 50000) p;

insert into sla_policy (id, name, enabled, list_order, conditions, queue_scope, exclude_automated, created_at,
                        updated_at, version)
values (10000000, 'Seed policy', true, 1000, '{"join":"ALL","conditions":[]}', 'ALL', false, now(), now(), 0);
insert into sla_severity (id, policy_id, name, list_order, is_default, first_response_minutes, next_reply_minutes,
                          resolution_minutes, working_hours_only)
values (10000000, 10000000, 'Default', 0, true, 15, null, 1440, false);

-- frt: the agent's answer after 20 s to 30 min; res: Solved 1 min to 2 days after the start.
create temporary table seed on commit drop as
select i,
       now() - interval '90 days' + i * interval '7.776 seconds' as at,
       20 + (i * 7919) % 1780 as frt,
       60 + ((i * 104729) % 1000) * ((i * 13) % 173) as res
from generate_series(1::bigint, 1000000) i;

insert into conversation (id, short_id, status, priority, direction, channel, person_id, sender_id, queue_id,
                          open_key, created_at, updated_at, closed_at, version, priority_set_manually, assignee_id)
select 10000000 + i, 10000000 + i,
       case when i % 100 < 4 or s.at + (s.res + 3600) * interval '1 second' > now() then 'OPEN' else 'CLOSED' end,
       case i % 7 when 0 then 'HIGH' when 1 then 'URGENT' when 2 then 'LOW' else 'NORMAL' end,
       'INBOUND',
       case i % 5 when 0 then 'EMAIL' when 1 then 'LIVE_CHAT' when 2 then 'WHATSAPP' else 'SMS' end,
       10000000 + 1 + i % 50000, 10000000, 10000000 + 1 + i % 4,
       case when i % 100 < 4 or s.at + (s.res + 3600) * interval '1 second' > now() then 'seed:' || i end,
       s.at, s.at,
       case when i % 100 >= 4 and s.at + (s.res + 3600) * interval '1 second' <= now()
            then s.at + (s.res + 3600) * interval '1 second' end,
       0, false, 10000000 + 1 + i % 20
from seed s;

insert into conversation_tag (conversation_id, tag_id)
select 10000000 + i, 10000000 + i % 5 from seed where i % 3 = 0
union all
select 10000000 + i, 10000000 + (i + 1) % 5 from seed where i % 3 = 0 and i % 7 = 0;

insert into message (id, conversation_id, direction, author_kind, author, channel, from_address, to_address, text,
                     created_at, sensitive, visitor)
select 10000000 + s.i * 3 + k, 10000000 + s.i,
       case k when 1 then 'OUTBOUND' else 'INBOUND' end,
       case k when 1 then 'AGENT' else 'CUSTOMER' end,
       case k when 1 then 'Seed agent' end,
       'SMS', '+1', '+10000000000', 'Seed message ' || k,
       s.at + case k when 0 then 0 when 1 then s.frt else s.frt + 60 end * interval '1 second',
       false, false
from seed s, generate_series(0, 2) k
where s.at + case k when 0 then 0 when 1 then s.frt else s.frt + 60 end * interval '1 second' <= now();

insert into conversation_event (id, conversation_id, kind, occurred_at)
select 10000000 + s.i * 2, 10000000 + s.i, 'SOLVED', s.at + s.res * interval '1 second'
from seed s where s.i % 100 >= 4 and s.at + s.res * interval '1 second' <= now()
union all
select 10000000 + s.i * 2 + 1, 10000000 + s.i, 'CLOSED', c.closed_at
from seed s join conversation c on c.id = 10000000 + s.i where c.closed_at is not null;

insert into conversation_sla (conversation_id, policy_id, severity_name, next_due_at, evaluated_at, version)
select 10000000 + i, 10000000, 'Default', null, now(), 0 from seed;

insert into sla_breach (id, conversation_id, metric, clock_start, due_at, ended_at, breached_by_s, policy_name,
                        severity_name, queue_id, agent_id, detected_at)
select 10000000 + s.i, 10000000 + s.i, 'FIRST_RESPONSE', s.at, s.at + interval '15 minutes',
       s.at + s.frt * interval '1 second', s.frt - 900, 'Seed policy', 'Default', 10000000 + 1 + s.i % 4, null,
       s.at + interval '15 minutes'
from seed s where s.frt > 900 and s.at + interval '15 minutes' <= now();

-- The facts, as ReportRollup reads them hour by hour: (hour, measure, dimensions, conversation, seconds).
create temporary table fact on commit drop as
select date_trunc('hour', c.created_at) as hour, 'CREATED'::varchar as measure, c.queue_id, c.channel, c.priority,
       c.id as conversation_id, null::bigint as agent_id, null::varchar as policy, null::varchar as severity,
       null::varchar as metric, null::bigint as seconds
from conversation c where c.id > 10000000
union all
select date_trunc('hour', m.created_at), case m.direction when 'INBOUND' then 'MESSAGE_IN' else 'MESSAGE_OUT' end,
       c.queue_id, c.channel, c.priority, c.id, null, null, null, null, null
from message m join conversation c on c.id = m.conversation_id where c.id > 10000000
union all
select date_trunc('hour', m.created_at), 'FIRST_RESPONSE', c.queue_id, c.channel, c.priority, c.id, null, null, null,
       null, extract(epoch from m.created_at - c.created_at)::bigint
from message m join conversation c on c.id = m.conversation_id where c.id > 10000000 and m.author_kind = 'AGENT'
union all
select date_trunc('hour', e.occurred_at), x.measure, c.queue_id, c.channel, c.priority, c.id,
       case x.measure when 'HANDLED' then c.assignee_id end, null, null, null,
       case x.measure when 'RESOLUTION' then extract(epoch from e.occurred_at - c.created_at)::bigint end
from conversation_event e join conversation c on c.id = e.conversation_id,
     (values ('RESOLUTION'), ('HANDLED')) x(measure)
where c.id > 10000000
  and e.id = (select min(p.id) from conversation_event p where p.conversation_id = c.id)
union all
select date_trunc('hour', c.closed_at), x.measure, c.queue_id, c.channel, c.priority, c.id, null, 'Seed policy',
       'Default', x.metric, null
from conversation c
     cross join lateral (select case when exists (select 1 from sla_breach b where b.conversation_id = c.id
                                                     and b.metric = 'FIRST_RESPONSE')
                                     then 'SLA_BREACHED' else 'SLA_MET' end, 'FIRST_RESPONSE'
                         union all select 'SLA_MET', 'RESOLUTION') x(measure, metric)
where c.id > 10000000 and c.closed_at is not null;

insert into report_hour (id, hour_start, measure, queue_id, channel, priority, tag_id, agent_id, policy, severity,
                         metric, n, total_s, b00, b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15, b16, b17, b18, b19)
select nextval('report_hour_seq'), f.hour, f.measure, f.queue_id, f.channel, f.priority, f.tag_id, f.agent_id,
       f.policy, f.severity, f.metric, count(*), coalesce(sum(f.seconds), 0),
       sum(case when f.b = 0 then 1 else 0 end),
       sum(case when f.b = 1 then 1 else 0 end),
       sum(case when f.b = 2 then 1 else 0 end),
       sum(case when f.b = 3 then 1 else 0 end),
       sum(case when f.b = 4 then 1 else 0 end),
       sum(case when f.b = 5 then 1 else 0 end),
       sum(case when f.b = 6 then 1 else 0 end),
       sum(case when f.b = 7 then 1 else 0 end),
       sum(case when f.b = 8 then 1 else 0 end),
       sum(case when f.b = 9 then 1 else 0 end),
       sum(case when f.b = 10 then 1 else 0 end),
       sum(case when f.b = 11 then 1 else 0 end),
       sum(case when f.b = 12 then 1 else 0 end),
       sum(case when f.b = 13 then 1 else 0 end),
       sum(case when f.b = 14 then 1 else 0 end),
       sum(case when f.b = 15 then 1 else 0 end),
       sum(case when f.b = 16 then 1 else 0 end),
       sum(case when f.b = 17 then 1 else 0 end),
       sum(case when f.b = 18 then 1 else 0 end),
       sum(case when f.b = 19 then 1 else 0 end)
from (select fact.*, t.tag_id,
             case when fact.seconds is null then -1 else width_bucket(greatest(fact.seconds, 0), array[0,30,60,120,180,300,600,900,1200,1800,2700,3600,7200,10800,14400,28800,43200,86400,172800,604800]) - 1 end as b
      from fact
           cross join lateral (select 0::bigint as tag_id
                               union all
                               select ct.tag_id from conversation_tag ct where ct.conversation_id = fact.conversation_id) t
     ) f
group by f.hour, f.measure, f.queue_id, f.channel, f.priority, f.tag_id, f.agent_id, f.policy, f.severity, f.metric;

update report_rollup set rolled_until = date_trunc('hour', now());

commit;

analyze conversation;
analyze message;
analyze conversation_event;
analyze conversation_tag;
analyze sla_breach;
analyze report_hour;
select count(*) as conversations from conversation where id > 10000000;
select count(*) as messages from message where id > 10000000;
select count(*) as report_rows from report_hour;
