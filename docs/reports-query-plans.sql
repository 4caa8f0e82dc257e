-- The SQL the reports run (EclipseLink's translation of ReportService's JPQL, same conditions and grouping) over the
-- daily pre-aggregates, with EXPLAIN (ANALYZE, BUFFERS), over the local days :from to :to (both included), e.g.
-- (benchmarks/reports-1m.sh runs it for 366 days)
--   psql -h 127.0.0.1 -U postgres test -v schema=switchboard_rep1m_bench \
--        -v from="'2025-12-02'" -v to="'2026-12-02'" -f docs/reports-query-plans.sql
-- Each query reads the slice of report_day that keeps what it groups and filters by (io.switchboard.reports.Slice).
-- 1-9: the Conversations report; 10-15: the Voice of the Customer; 16-18: the rollup.
set search_path = :schema;
\timing on

\echo '### 1. Volume per day (TOTAL)'
explain (analyze, buffers, costs off)
select local_day, measure, sum(n), sum(total_s) from report_day
where slice = 'TOTAL' and measure in ('CREATED', 'MESSAGE_IN', 'MESSAGE_OUT') and tag_id = 0
  and local_day >= :from::date and local_day <= :to::date
group by local_day, measure;

\echo '### 2. Durations by queue, also the totals and the histogram (QUEUE)'
explain (analyze, buffers, costs off)
select queue_id, measure, sum(n), sum(total_s), sum(b00), sum(b01), sum(b02), sum(b03), sum(b04), sum(b05), sum(b06), sum(b07), sum(b08), sum(b09), sum(b10), sum(b11), sum(b12), sum(b13), sum(b14), sum(b15), sum(b16), sum(b17), sum(b18), sum(b19) from report_day
where slice = 'QUEUE' and measure in ('CREATED', 'FIRST_RESPONSE', 'RESOLUTION') and tag_id = 0
  and local_day >= :from::date and local_day <= :to::date
group by queue_id, measure;

\echo '### 3. Durations by channel (CHANNEL)'
explain (analyze, buffers, costs off)
select channel, measure, sum(n), sum(total_s), sum(b00), sum(b01), sum(b02), sum(b03), sum(b04), sum(b05), sum(b06), sum(b07), sum(b08), sum(b09), sum(b10), sum(b11), sum(b12), sum(b13), sum(b14), sum(b15), sum(b16), sum(b17), sum(b18), sum(b19) from report_day
where slice = 'CHANNEL' and measure in ('CREATED', 'FIRST_RESPONSE', 'RESOLUTION') and tag_id = 0
  and local_day >= :from::date and local_day <= :to::date
group by channel, measure;

\echo '### 4. Durations by priority, one queue and channel (filters: ALL)'
explain (analyze, buffers, costs off)
select priority, measure, sum(n), sum(total_s), sum(b00), sum(b01), sum(b02), sum(b03), sum(b04), sum(b05), sum(b06), sum(b07), sum(b08), sum(b09), sum(b10), sum(b11), sum(b12), sum(b13), sum(b14), sum(b15), sum(b16), sum(b17), sum(b18), sum(b19) from report_day
where slice = 'ALL' and measure in ('CREATED', 'FIRST_RESPONSE', 'RESOLUTION') and tag_id = 0
  and local_day >= :from::date and local_day <= :to::date and queue_id = 10000001 and channel = 'SMS'
group by priority, measure;

\echo '### 5. Durations by tag (TOTAL)'
explain (analyze, buffers, costs off)
select tag_id, measure, sum(n), sum(total_s), sum(b00), sum(b01), sum(b02), sum(b03), sum(b04), sum(b05), sum(b06), sum(b07), sum(b08), sum(b09), sum(b10), sum(b11), sum(b12), sum(b13), sum(b14), sum(b15), sum(b16), sum(b17), sum(b18), sum(b19) from report_day
where slice = 'TOTAL' and measure in ('CREATED', 'FIRST_RESPONSE', 'RESOLUTION') and tag_id <> 0
  and local_day >= :from::date and local_day <= :to::date
group by tag_id, measure;

\echo '### 6. SLA met and breached by policy, severity and metric (TOTAL)'
explain (analyze, buffers, costs off)
select policy, severity, metric, measure, sum(n) from report_day
where slice = 'TOTAL' and measure in ('SLA_MET', 'SLA_BREACHED') and tag_id = 0
  and local_day >= :from::date and local_day <= :to::date
group by policy, severity, metric, measure;

\echo '### 7. Handled per agent (AGENT)'
explain (analyze, buffers, costs off)
select agent_id, sum(n) from report_day
where slice = 'AGENT' and measure = 'HANDLED' and tag_id = 0 and local_day >= :from::date and local_day <= :to::date
group by agent_id;

\echo '### 8. Time per agent and status group (AGENT)'
explain (analyze, buffers, costs off)
select agent_id, measure, sum(total_s) from report_day
where slice = 'AGENT' and local_day >= :from::date and local_day <= :to::date
  and measure in ('STATUS_AVAILABLE', 'STATUS_BUSY', 'STATUS_AWAY', 'STATUS_UNAVAILABLE', 'OCCUPIED') and tag_id = 0
group by agent_id, measure;

\echo '### 9. Durations by queue, sentiment filter (QUEUE_SENTIMENT)'
explain (analyze, buffers, costs off)
select queue_id, measure, sum(n), sum(total_s), sum(b00), sum(b01), sum(b02), sum(b03), sum(b04), sum(b05), sum(b06), sum(b07), sum(b08), sum(b09), sum(b10), sum(b11), sum(b12), sum(b13), sum(b14), sum(b15), sum(b16), sum(b17), sum(b18), sum(b19) from report_day
where slice = 'QUEUE_SENTIMENT' and measure in ('CREATED', 'FIRST_RESPONSE', 'RESOLUTION') and tag_id = 0
  and local_day >= :from::date and local_day <= :to::date and sentiment = 'NEGATIVE'
group by queue_id, measure;

\echo '### 10. Voice of the Customer: CSAT and message scores per day (TOTAL)'
explain (analyze, buffers, costs off)
select local_day, measure, sum(n), sum(total_s) from report_day
where slice = 'TOTAL' and measure in ('HAPPY', 'NOT_HAPPY', 'MESSAGE_SCORE') and tag_id = 0
  and local_day >= :from::date and local_day <= :to::date
group by local_day, measure;

\echo '### 11. Voice of the Customer: conversations started per sentiment label (SENTIMENT)'
explain (analyze, buffers, costs off)
select sentiment, measure, sum(n), sum(total_s) from report_day
where slice = 'SENTIMENT' and measure = 'CREATED' and tag_id = 0 and local_day >= :from::date and local_day <= :to::date
group by sentiment, measure;

\echo '### 12. Voice of the Customer: CSAT by queue (QUEUE)'
explain (analyze, buffers, costs off)
select queue_id, measure, sum(n), sum(total_s) from report_day
where slice = 'QUEUE' and measure in ('HAPPY', 'NOT_HAPPY') and tag_id = 0
  and local_day >= :from::date and local_day <= :to::date
group by queue_id, measure;

\echo '### 13. Voice of the Customer: CSAT by agent (AGENT)'
explain (analyze, buffers, costs off)
select agent_id, measure, sum(n), sum(total_s) from report_day
where slice = 'AGENT' and measure in ('HAPPY', 'NOT_HAPPY') and tag_id = 0
  and local_day >= :from::date and local_day <= :to::date
group by agent_id, measure;

\echo '### 14. Voice of the Customer: CSAT by tag (TOTAL)'
explain (analyze, buffers, costs off)
select tag_id, measure, sum(n), sum(total_s) from report_day
where slice = 'TOTAL' and measure in ('HAPPY', 'NOT_HAPPY') and tag_id <> 0
  and local_day >= :from::date and local_day <= :to::date
group by tag_id, measure;

\echo '### 15. Voice of the Customer: the newest 100 comments'
explain (analyze, buffers, costs off)
select s.conversation_id, c.short_id, s.score, s.comment_text, s.scored_at, q.name, a.name
from survey s join conversation c on c.id = s.conversation_id join queue q on q.id = c.queue_id
left join agent a on a.id = c.assignee_id
where s.comment_text is not null and s.scored_at >= :from::timestamptz and s.scored_at < :to::timestamptz + interval '1 day'
order by s.scored_at desc, s.id desc limit 100;

\echo '### 16. The rollup of one hour: first answers given in it (the heaviest of its reads)'
explain (analyze, buffers, costs off)
select c.id, c.queue_id, c.channel, c.priority, c.created_at, m.created_at
from message m join conversation c on c.id = m.conversation_id
where m.created_at >= :to::timestamptz + interval '1 hour' and m.created_at < :to::timestamptz + interval '2 hours'
  and m.author_kind = 'AGENT'
  and not exists (select p.id from message p where p.conversation_id = c.id and p.author_kind = 'AGENT'
                  and (p.created_at < m.created_at or (p.created_at = m.created_at and p.id < m.id)));

\echo '### 17. The rollup of one hour: first Solved or Closed in it'
explain (analyze, buffers, costs off)
select c.id, c.queue_id, c.channel, c.priority, c.created_at, e.occurred_at, c.assignee_id
from conversation_event e join conversation c on c.id = e.conversation_id
where e.kind in ('SOLVED', 'CLOSED') and e.occurred_at >= :to::timestamptz + interval '1 hour'
  and e.occurred_at < :to::timestamptz + interval '2 hours'
  and not exists (select p.id from conversation_event p where p.conversation_id = e.conversation_id
                  and p.kind in ('SOLVED', 'CLOSED')
                  and (p.occurred_at < e.occurred_at or (p.occurred_at = e.occurred_at and p.id < e.id)));

\echo '### 18. The rollup of one day from its hours, and its QUEUE slice from those (rolled back)'
begin;
explain (analyze, buffers, costs off)
insert into report_day (local_day, slice, measure, queue_id, channel, priority, tag_id, agent_id, policy, severity, metric, sentiment, n, total_s, b00, b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15, b16, b17, b18, b19)
select :to::date, 'ALL', measure, queue_id, channel, priority, tag_id, agent_id, policy, severity, metric, sentiment, sum(n), sum(total_s), sum(b00), sum(b01), sum(b02), sum(b03), sum(b04), sum(b05), sum(b06), sum(b07), sum(b08), sum(b09), sum(b10), sum(b11), sum(b12), sum(b13), sum(b14), sum(b15), sum(b16), sum(b17), sum(b18), sum(b19)
from report_hour where hour_start >= :to::timestamptz - interval '1 day' and hour_start < :to::timestamptz
group by measure, queue_id, channel, priority, tag_id, agent_id, policy, severity, metric, sentiment;
explain (analyze, buffers, costs off)
insert into report_day (local_day, slice, measure, queue_id, channel, priority, tag_id, agent_id, policy, severity, metric, sentiment, n, total_s, b00, b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15, b16, b17, b18, b19)
select local_day, 'QUEUE', measure, queue_id, cast(null as varchar(30)), cast(null as varchar(30)), tag_id,
       cast(null as bigint), policy, severity, metric, cast(null as varchar(30)), sum(n), sum(total_s), sum(b00), sum(b01), sum(b02), sum(b03), sum(b04), sum(b05), sum(b06), sum(b07), sum(b08), sum(b09), sum(b10), sum(b11), sum(b12), sum(b13), sum(b14), sum(b15), sum(b16), sum(b17), sum(b18), sum(b19)
from report_day where local_day = :to::date and slice = 'ALL'
group by local_day, measure, queue_id, tag_id, policy, severity, metric;
rollback;
