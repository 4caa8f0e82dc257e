-- A conversation merged into another (same customer) is closed and points to the one that goes on.
alter table conversation add column merged_into_id bigint references conversation (id);
create index conversation_merged_into_ix on conversation (merged_into_id);
