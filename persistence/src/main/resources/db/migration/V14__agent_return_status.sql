-- The status an agent at Full capacity returns to once under capacity again (any status of the Available group,
-- custom ones included); null when they are not at Full capacity. A deleted status is cleared first by the engine.
alter table agent_state add column return_status_id bigint references agent_status (id);
