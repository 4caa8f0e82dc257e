-- Sentiment of customers' messages (the guide's "Sentiment analysis"): each inbound message's score from -1 to +1,
-- and each conversation's weighted score, with the score of its first message for the trend. Tables of their own:
-- scoring runs after the message committed and must never contend with the conversation's own row and version.
create table message_sentiment (
    message_id bigint primary key references message (id) on delete cascade,
    conversation_id bigint not null references conversation (id) on delete cascade,
    score double precision not null,
    scored_at timestamp with time zone not null
);
create index message_sentiment_conversation on message_sentiment (conversation_id, message_id);

create table conversation_sentiment (
    conversation_id bigint primary key references conversation (id) on delete cascade,
    score double precision not null,
    first_score double precision not null,
    label varchar(16) not null,
    messages integer not null,
    updated_at timestamp with time zone not null
);
create index conversation_sentiment_label on conversation_sentiment (label, conversation_id);

-- Off until a supervisor switches it on (the guide: "turn on the toggle").
insert into setting (name, val) values ('sentiment.enabled', 'false');
