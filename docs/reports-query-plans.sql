-- The SQL the Conversations report runs (EclipseLink's translation of ReportService's JPQL, same conditions and
-- grouping) over the daily pre-aggregates, with EXPLAIN (ANALYZE, BUFFERS), over the local days :from to :to (both
-- included), e.g. (benchmarks/reports-1m.sh runs it for 366 days)
--   psql -h 127.0.0.1 -U postgres test -v schema=switchboard_rep1m_bench \
--        -v from="'2025-12-02'" -v to="'2026-12-02'" -f docs/reports-query-plans.sql
-- Queries 8 and 9 are the rollup's heaviest reads of one hour (the last hour but 23 of :to's day).
set search_path = :schema;
\timing on

\echo '### 1. Volume per day'
explain (analyze, buffers, costs off)
select local_day, measure, sum(n) from report_day
where measure in ('CREATED', 'MESSAGE_IN', 'MESSAGE_OUT') and local_day >= :from::date and local_day <= :to::date and tag_id = 0
group by local_day, measure;

\echo '### 2. Durations by queue (also the totals and the histogram)'
explain (analyze, buffers, costs off)
select queue_id, measure, sum(n), sum(total_s), sum(b00), sum(b01), sum(b02), sum(b03), sum(b04), sum(b05), sum(b06), sum(b07), sum(b08), sum(b09), sum(b10), sum(b11), sum(b12), sum(b13), sum(b14), sum(b15), sum(b16), sum(b17), sum(b18), sum(b19) from report_day
where measure in ('CREATED', 'FIRST_RESPONSE', 'RESOLUTION') and local_day >= :from::date and local_day <= :to::date
  and tag_id = 0
group by queue_id, measure;

\echo '### 3. Durations by channel'
explain (analyze, buffers, costs off)
select channel, measure, sum(n), sum(total_s), sum(b00), sum(b01), sum(b02), sum(b03), sum(b04), sum(b05), sum(b06), sum(b07), sum(b08), sum(b09), sum(b10), sum(b11), sum(b12), sum(b13), sum(b14), sum(b15), sum(b16), sum(b17), sum(b18), sum(b19) from report_day
where measure in ('CREATED', 'FIRST_RESPONSE', 'RESOLUTION') and local_day >= :from::date and local_day <= :to::date
  and tag_id = 0
group by channel, measure;

\echo '### 4. Durations by priority, one queue and channel (filters)'
explain (analyze, buffers, costs off)
select priority, measure, sum(n), sum(total_s), sum(b00), sum(b01), sum(b02), sum(b03), sum(b04), sum(b05), sum(b06), sum(b07), sum(b08), sum(b09), sum(b10), sum(b11), sum(b12), sum(b13), sum(b14), sum(b15), sum(b16), sum(b17), sum(b18), sum(b19) from report_day
where measure in ('CREATED', 'FIRST_RESPONSE', 'RESOLUTION') and local_day >= :from::date and local_day <= :to::date
  and tag_id = 0 and queue_id = 10000001 and channel = 'SMS'
group by priority, measure;

\echo '### 5. Durations by tag'
explain (analyze, buffers, costs off)
select tag_id, measure, sum(n), sum(total_s), sum(b00), sum(b01), sum(b02), sum(b03), sum(b04), sum(b05), sum(b06), sum(b07), sum(b08), sum(b09), sum(b10), sum(b11), sum(b12), sum(b13), sum(b14), sum(b15), sum(b16), sum(b17), sum(b18), sum(b19) from report_day
where measure in ('CREATED', 'FIRST_RESPONSE', 'RESOLUTION') and local_day >= :from::date and local_day <= :to::date
  and tag_id <> 0
group by tag_id, measure;

\echo '### 6. SLA met and breached by policy, severity and metric'
explain (analyze, buffers, costs off)
select policy, severity, metric, measure, sum(n) from report_day
where measure in ('SLA_MET', 'SLA_BREACHED') and local_day >= :from::date and local_day <= :to::date and tag_id = 0
group by policy, severity, metric, measure;

\echo '### 7. Handled per agent'
explain (analyze, buffers, costs off)
select agent_id, sum(n) from report_day
where measure = 'HANDLED' and local_day >= :from::date and local_day <= :to::date and tag_id = 0
group by agent_id;

\echo '### 8. The rollup of one hour: first answers given in it (the heaviest of its reads)'
explain (analyze, buffers, costs off)
select c.id, c.queue_id, c.channel, c.priority, c.created_at, m.created_at
from message m join conversation c on c.id = m.conversation_id
where m.created_at >= :to::timestamptz + interval '1 hour' and m.created_at < :to::timestamptz + interval '2 hours'
  and m.author_kind = 'AGENT'
  and not exists (select p.id from message p where p.conversation_id = c.id and p.author_kind = 'AGENT'
                  and (p.created_at < m.created_at or (p.created_at = m.created_at and p.id < m.id)));

\echo '### 9. The rollup of one hour: first Solved or Closed in it'
explain (analyze, buffers, costs off)
select c.id, c.queue_id, c.channel, c.priority, c.created_at, e.occurred_at, c.assignee_id
from conversation_event e join conversation c on c.id = e.conversation_id
where e.kind in ('SOLVED', 'CLOSED') and e.occurred_at >= :to::timestamptz + interval '1 hour'
  and e.occurred_at < :to::timestamptz + interval '2 hours'
  and not exists (select p.id from conversation_event p where p.conversation_id = e.conversation_id
                  and p.kind in ('SOLVED', 'CLOSED')
                  and (p.occurred_at < e.occurred_at or (p.occurred_at = e.occurred_at and p.id < e.id)));

\echo '### 10. The rollup of one day from its hours (rolled back)'
begin;
explain (analyze, buffers, costs off)
insert into report_day (local_day, measure, queue_id, channel, priority, tag_id, agent_id, policy, severity, metric,
                        n, total_s, b00, b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15, b16,
                        b17, b18, b19)
select :to::date, measure, queue_id, channel, priority, tag_id, agent_id, policy, severity, metric, sum(n),
       sum(total_s), sum(b00), sum(b01), sum(b02), sum(b03), sum(b04), sum(b05), sum(b06), sum(b07), sum(b08), sum(b09),
       sum(b10), sum(b11), sum(b12), sum(b13), sum(b14), sum(b15), sum(b16), sum(b17), sum(b18), sum(b19)
from report_hour where hour_start >= :to::timestamptz - interval '1 day' and hour_start < :to::timestamptz
group by measure, queue_id, channel, priority, tag_id, agent_id, policy, severity, metric;
rollback;
