set search_path = :schema;
\echo '### 1. Waiting per queue (Open, no assignee) and the oldest'
explain (analyze, buffers, costs off) select queue_id, count(id), min(created_at) from conversation where status = 'OPEN' and assignee_id is null group by queue_id;
\echo '### 2. Assigned per queue (Open or Waiting, with an assignee)'
explain (analyze, buffers, costs off) select queue_id, count(id) from conversation where status in ('OPEN', 'WAITING') and assignee_id is not null group by queue_id;
\echo '### 3. SLA at risk per queue (next clock due within 15 minutes, not breached)'
explain (analyze, buffers, costs off) select c.queue_id, count(c.id) from conversation_sla s, conversation c where s.conversation_id = c.id and s.next_due_at > now() and s.next_due_at <= now() + interval '15 minutes' and c.status <> 'CLOSED' and not exists (select b.id from sla_breach b where b.conversation_id = c.id) group by c.queue_id;
\echo '### 4. SLA breached today per queue'
explain (analyze, buffers, costs off) select queue_id, count(id) from sla_breach where due_at >= date_trunc('day', now()) and due_at <= now() group by queue_id;
\echo '### 5. Messages in and out in the last hour per queue'
explain (analyze, buffers, costs off) select c.queue_id, m.direction, count(m.id) from message m, conversation c where c.id = m.conversation_id and m.created_at >= now() - interval '1 hour' group by c.queue_id, m.direction;
\echo '### 6. Chart: conversations started in the last 24 hours'
explain (analyze, buffers, costs off) select id, created_at from conversation where created_at >= date_trunc('hour', now()) - interval '23 hours';
\echo '### 7. Chart: first agent answer of those conversations'
explain (analyze, buffers, costs off) select m.conversation_id, min(m.created_at) from message m, conversation c where c.id = m.conversation_id and m.created_at >= date_trunc('hour', now()) - interval '23 hours' and m.author_kind = 'AGENT' and c.created_at >= date_trunc('hour', now()) - interval '23 hours' group by m.conversation_id;
\echo '### 8. Chart: customers messages in the last 24 hours'
explain (analyze, buffers, costs off) select m.created_at from message m where m.created_at >= date_trunc('hour', now()) - interval '23 hours' and m.direction = 'INBOUND';
\echo '### 8b. The same for one queue'
explain (analyze, buffers, costs off) select m.created_at from message m, conversation c where c.id = m.conversation_id and m.created_at >= date_trunc('hour', now()) - interval '23 hours' and m.direction = 'INBOUND' and c.queue_id = 10000001;
\echo '### 9. All Work: first page in work order, filtered by SLA breached (not a dashboard query)'
explain (analyze, buffers, costs off) select c.id from conversation c where exists (select 1 from sla_breach b where b.conversation_id = c.id) order by case c.priority when 'URGENT' then 0 when 'HIGH' then 1 when 'NORMAL' then 2 else 3 end, c.created_at, c.id limit 20;
