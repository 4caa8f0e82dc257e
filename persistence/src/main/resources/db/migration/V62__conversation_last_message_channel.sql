-- Issue 20: the channel of the conversation's latest message, kept on the conversation by the one place that stores
-- messages, so that a customer's next message knows whether it changed the conversation's channel without reading
-- the conversation's messages (one statement less per appended message). Filled here for conversations that can still
-- get messages; for the others (and any without a message) the engine reads the messages, as before, the first time.
alter table conversation add column last_message_channel varchar(30);

update conversation c set last_message_channel = (
    select m.channel from message m where m.conversation_id = c.id order by m.created_at desc, m.id desc
    fetch first 1 rows only)
where c.status <> 'CLOSED';
