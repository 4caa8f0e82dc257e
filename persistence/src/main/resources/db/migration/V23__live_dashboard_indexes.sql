-- The live supervisor dashboard and All Work's SLA filters read aggregates on every refresh: each query gets an
-- index so that none scans the whole table (plans in docs/dashboard-query-plans.md).

-- Waiting (Open, no assignee) and assigned (Open/Waiting with one) per queue, with the oldest waiting: the few live
-- conversations are found by status without reading the closed ones.
create index conversation_live_ix on conversation (status, assignee_id, queue_id, created_at);

-- SLA at risk: clocks due within the next minutes.
create index conversation_sla_due_ix on conversation_sla (next_due_at);

-- Messages in and out in the last hour, and the last day's chart points.
create index message_created_ix on message (created_at);
