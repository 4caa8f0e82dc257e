-- Issue 20: conversation_assignee_ix (assignee_id, status) is the leading part of conversation_occupancy_ix
-- (assignee_id, status, channel, V18), which serves every query it served. Each insert of a conversation and each
-- change of its assignee or status wrote both; one is enough.
drop index conversation_assignee_ix;
