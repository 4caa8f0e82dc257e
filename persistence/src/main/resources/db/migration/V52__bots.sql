-- External bots (the guide's "Connect external bots"): a bot is an agent of kind BOT (same id) with a webhook, the
-- sender it serves, whether agents who take over see its history, an active flag and an optional session timeout.
create table bot (
    id                      bigint        primary key references agent (id),
    name                    varchar(200)  not null,
    name_key                varchar(200)  not null,
    url                     varchar(2000) not null,
    sender_id               bigint        not null references sender (id),
    history_visible         boolean       not null,
    active                  boolean       not null,
    session_timeout_seconds bigint,
    signing_secret          varchar(100)  not null,
    secret_prefix           varchar(20)   not null,
    created_at              timestamp with time zone not null,
    updated_at              timestamp with time zone not null,
    version                 bigint        not null,
    constraint bot_name_uk unique (name_key),
    constraint bot_sender_uk unique (sender_id)
);

-- One conversation's time with a bot: from the customer's first message until the hand-over to agents or the end
-- (session timeout). While it runs, every customer message goes to the bot's webhook.
create table bot_session (
    conversation_id       bigint      primary key references conversation (id) on delete cascade,
    bot_id                bigint      not null references bot (id),
    started_at            timestamp with time zone not null,
    last_customer_at      timestamp with time zone not null,
    handed_over_at        timestamp with time zone,
    ended_at              timestamp with time zone,
    end_reason            varchar(20),
    version               bigint      not null
);
create index bot_session_bot_ix on bot_session (bot_id, started_at);

-- A bot's webhook call: its URL and secret are read at delivery (the bot may change them), signed like a gateway's.
alter table outbox_entry add column bot_id bigint;
