-- What each agent has read of a conversation: up to the newest message the conversation view showed them. My Work
-- marks a conversation unread while a customer message newer than this exists.
create table read_mark (
    agent_id        bigint not null references agent (id) on delete cascade,
    conversation_id bigint not null references conversation (id) on delete cascade,
    read_up_to      timestamp with time zone not null,
    primary key (agent_id, conversation_id)
);
-- Deleting a conversation finds its marks without a scan.
create index read_mark_conversation_ix on read_mark (conversation_id);
