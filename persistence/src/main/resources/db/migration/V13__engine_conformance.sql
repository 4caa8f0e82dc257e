-- A priority an agent or supervisor set stays when the conversation is routed again (a bot's handover).
alter table conversation add column priority_set_manually boolean default false not null;
