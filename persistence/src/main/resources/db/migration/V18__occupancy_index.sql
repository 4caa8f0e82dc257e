-- Issue 20: every assignment counts the candidates' occupancy (their conversations in an occupying status, by
-- channel); with the channel in the index the count can read the index alone.
create index conversation_occupancy_ix on conversation (assignee_id, status, channel);
