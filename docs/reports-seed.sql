-- 1,000,000 conversations over the last 366 days for measuring the reports (docs/reports-query-plans.md),
-- PostgreSQL only, in a few minutes: pure SQL (generate_series) into the real tables of a freshly migrated schema.
-- It writes raw rows only; the engine's own rollup (ReportRollup) then builds report_hour and report_day from them,
-- so the timings are of engine output. benchmarks/reports-1m.sh runs it; by hand:
--   psql -h 127.0.0.1 -U postgres test -v schema=switchboard_rep1m -f docs/reports-seed.sql
-- Ids start at 10,000,000 so that they never meet the sequences' values. One conversation every 31.6 s (about 114 an
-- hour), spread by a hash over 6 queues, 5 channels, 4 priorities and 30 agents; 40% with one of 8 tags, a tenth
-- with a second; 3 messages each (customer; agent's answer after 20 s to 45 min; customer again a minute later);
-- 96% Solved 1 min to 2 days after the start and Closed an hour after that; an SLA policy on every conversation
-- (first response 15 min, resolution 24 h; breaches recorded when missed); a survey answered on a fifth of the closed
-- ones (three quarters happy, a tenth with a comment); every customer's message scored for sentiment and every
-- conversation labelled.
\set ON_ERROR_STOP on
set search_path = :schema;
set timezone = 'UTC';
begin;

-- A configuration change behind the servers' back: their caches of it must see a new revision (V61).
update configuration_revision set revision = revision + 1 where id = 1;

insert into sender (id, channel, address, name, created_at, version)
values (10000000, 'SMS', '+10000000000', 'Seed line', now(), 0);

insert into queue (id, name, active_name, is_default, created_at, version, auto_assignment, working_hours_period_id)
select 10000000 + q, 'Seed queue ' || q, 'Seed queue ' || q, false, now(), 0, 'OFF',
       (select working_hours_period_id from queue where is_default)
from generate_series(1, 6) q;

-- Offline, so that they take no live work.
insert into agent (id, kind, name, enabled, created_at, version)
select 10000000 + a, 'HUMAN', 'Seed agent ' || a, true, now(), 0 from generate_series(1, 30) a;
insert into agent_state (agent_id, status_id, status_since, last_activity_at, last_assigned_at, voice_state,
                         voice_state_since, wrap_up_seconds)
select 10000000 + a, (select id from agent_status where system_code = 'OFFLINE'), now(), now(), now(), 'IDLE', now(), 30
from generate_series(1, 30) a;

insert into tag (id, name, created_at) select 10000000 + t, 'seed-tag-' || t, now() from generate_series(0, 7) t;

insert into person (id, first_name, last_name, created_at, version)
select 10000000 + p, 'Seed', 'Customer ' || p, now(), 0 from generate_series(1, 50000) p;

insert into sla_policy (id, name, enabled, list_order, conditions, queue_scope, exclude_automated, created_at,
                        updated_at, version)
values (10000000, 'Seed policy', true, 1000, '{"join":"ALL","conditions":[]}', 'ALL', false, now(), now(), 0);
insert into sla_severity (id, policy_id, name, list_order, is_default, first_response_minutes, next_reply_minutes,
                          resolution_minutes, working_hours_only)
values (10000000, 10000000, 'Default', 0, true, 15, null, 1440, false);

-- h1..h4: independent hashes of i; frt: the agent's answer after 20 s to 45 min; res: Solved 1 min to 2 days after
-- the start (skewed short).
create temporary table seed on commit drop as
select i, at, h1, h2, h3, h4,
       20 + h1 % 2680 as frt,
       60 + (h2 % 1000) * (h3 % 173) as res
from (select i,
             date_trunc('day', now()) - interval '365 days' + (i - 1) * interval '31.5792 seconds' as at,
             abs(hashint8(i)) as h1, abs(hashint8(i + 7000000)) as h2, abs(hashint8(i + 14000000)) as h3,
             abs(hashint8(i + 21000000)) as h4
      from generate_series(1::bigint, 1000000) i) x;
-- The last conversations would start after now: they start in the last hours instead.
update seed set at = now() - (1000000 - i) * interval '2 seconds' where at > now();

insert into conversation (id, short_id, status, priority, direction, channel, person_id, sender_id, queue_id,
                          open_key, created_at, updated_at, closed_at, version, priority_set_manually, assignee_id)
select 10000000 + i, 10000000 + i,
       case when closed then 'CLOSED' else 'OPEN' end,
       case h3 % 4 when 0 then 'HIGH' when 1 then 'URGENT' when 2 then 'LOW' else 'NORMAL' end,
       'INBOUND',
       case h4 % 5 when 0 then 'EMAIL' when 1 then 'LIVE_CHAT' when 2 then 'WHATSAPP' when 3 then 'MESSENGER'
                   else 'SMS' end,
       10000000 + 1 + h2 % 50000, 10000000, 10000000 + 1 + h1 % 6,
       case when not closed then 'seed:' || i end,
       at, at,
       case when closed then at + (res + 3600) * interval '1 second' end,
       0, false, 10000000 + 1 + (h1 / 7) % 30
from (select s.*, h1 % 100 >= 4 and s.at + (s.res + 3600) * interval '1 second' <= now() as closed from seed s) s;

insert into conversation_tag (conversation_id, tag_id)
select 10000000 + i, 10000000 + h2 % 8 from seed where h4 % 10 < 4
union all
select 10000000 + i, 10000000 + (h2 % 8 + 1 + h3 % 7) % 8 from seed where h4 % 10 < 4 and h1 % 10 = 0;

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
from seed s where s.h1 % 100 >= 4 and s.at + s.res * interval '1 second' <= now()
union all
select 10000000 + (c.id - 10000000) * 2 + 1, c.id, 'CLOSED', c.closed_at
from conversation c where c.id > 10000000 and c.closed_at is not null;

insert into conversation_sla (conversation_id, policy_id, severity_name, next_due_at, evaluated_at, version)
select 10000000 + i, 10000000, 'Default', null, now(), 0 from seed;

insert into sla_breach (id, conversation_id, metric, clock_start, due_at, ended_at, breached_by_s, policy_name,
                        severity_name, queue_id, agent_id, detected_at)
select 10000000 + s.i * 2, 10000000 + s.i, 'FIRST_RESPONSE', s.at, s.at + interval '15 minutes',
       s.at + s.frt * interval '1 second', s.frt - 900, 'Seed policy', 'Default', 10000000 + 1 + s.h1 % 6, null::bigint,
       s.at + interval '15 minutes'
from seed s where s.frt > 900 and s.at + interval '15 minutes' <= now()
union all
select 10000000 + s.i * 2 + 1, 10000000 + s.i, 'RESOLUTION', s.at, s.at + interval '24 hours',
       s.at + s.res * interval '1 second', s.res - 86400, 'Seed policy', 'Default', 10000000 + 1 + s.h1 % 6, null::bigint,
       s.at + interval '24 hours'
from seed s where s.res > 86400 and s.at + interval '24 hours' <= now();

-- Surveys: a fifth of the closed conversations, answered an hour after closing (when that is already past).
insert into survey (id, conversation_id, person_id, channel, answer_by, sent_at, expires_at, score, scored_at,
                    comment_text, answered_at, version)
select c.id, c.id, c.person_id, c.channel, 'LINK', c.closed_at, c.closed_at + interval '7 days',
       case when s.h3 % 4 = 0 then 'NOT_HAPPY' else 'HAPPY' end,
       c.closed_at + interval '1 hour',
       case when s.h3 % 10 = 1 then 'Seed comment ' || s.i end,
       c.closed_at + interval '1 hour', 0
from seed s join conversation c on c.id = 10000000 + s.i
where c.closed_at is not null and s.h2 % 5 = 0 and c.closed_at + interval '1 hour' <= now();

-- Sentiment: each customer's message scored when it came, each conversation labelled by its messages' mean.
insert into message_sentiment (message_id, conversation_id, score, scored_at)
select m.id, m.conversation_id, ((abs(hashint8(m.id)) % 2001) - 1000) / 1000.0, m.created_at
from message m where m.id > 10000000 and m.direction = 'INBOUND';

insert into conversation_sentiment (conversation_id, score, first_score, label, messages, updated_at)
select conversation_id, avg(score), min(score),
       case when round(avg(score)::numeric, 2) <= -0.35 then 'NEGATIVE' when round(avg(score)::numeric, 2) >= 0.35 then 'POSITIVE'
            else 'NEUTRAL' end,
       count(*), max(scored_at)
from message_sentiment where conversation_id > 10000000 group by conversation_id;

-- The rollup has already run on the empty schema: as on a first start over an existing database, it starts again
-- from the oldest conversation.
delete from report_hour;
delete from report_day;
update report_rollup set rolled_until = null, day_zone = null;

commit;

analyze conversation;
analyze conversation_tag;
analyze message;
analyze conversation_event;
analyze conversation_sla;
analyze sla_breach;
analyze survey;
analyze message_sentiment;
analyze conversation_sentiment;
select (select count(*) from conversation where id > 10000000) as conversations,
       (select count(*) from message where id > 10000000) as messages,
       (select count(*) from survey where id > 10000000) as surveys,
       (select count(*) from message_sentiment where message_id > 10000000) as scored_messages;
