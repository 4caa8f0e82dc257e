-- All Work sorts by "SLA time left": the conversation keeps the due time of its most urgent SLA clock on its own row
-- (the earliest due of the clocks still running or breached and not yet ended), written by the SLA tracker in the
-- transaction that changes the clocks. A sort on a column of the conversation needs no subquery per row.
alter table conversation add column sla_due_at timestamp with time zone;

-- Existing conversations: the next due time kept with their SLA, or the oldest still-open breach if earlier.
update conversation c set sla_due_at = (
    select case
               when b.due_at is null then s.next_due_at
               when s.next_due_at is null or b.due_at < s.next_due_at then b.due_at
               else s.next_due_at
           end
    from conversation_sla s
    left join (select conversation_id, min(due_at) as due_at from sla_breach where ended_at is null
               group by conversation_id) b on b.conversation_id = s.conversation_id
    where s.conversation_id = c.id)
where c.status <> 'CLOSED';

create index conversation_sla_due_at_ix on conversation (sla_due_at);
