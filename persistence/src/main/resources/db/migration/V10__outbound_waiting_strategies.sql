-- Outbound delivery (the outbox and each sender's channel gateway) and the configuration of waiting strategies
-- (messaging channels and voice), with the audio files voice prompts play.

-- The webhook a sender's messages are delivered to. The signing secret is kept as issued because HMAC needs it;
-- the API shows it once, when it is issued, and only its prefix afterwards.
create table sender_gateway (
    sender_id      bigint        primary key references sender (id),
    url            varchar(2000) not null,
    signing_secret varchar(100)  not null,
    secret_prefix  varchar(20)   not null,
    updated_at     timestamp with time zone not null,
    version        bigint        not null
);

create sequence outbox_entry_seq start with 50 increment by 50;

-- One message to deliver. PENDING rows are due at next_attempt_at (a claim pushes it forward as a lease);
-- DELIVERED and DEAD rows have none.
create table outbox_entry (
    id               bigint        primary key,
    sender_id        bigint        not null references sender (id),
    message_id       bigint        references message (id),
    idempotency_key  varchar(64)   not null,
    payload          varchar(40000) not null,
    status           varchar(12)   not null,
    attempts         integer       not null,
    next_attempt_at  timestamp with time zone,
    last_error       varchar(1000),
    created_at       timestamp with time zone not null,
    delivered_at     timestamp with time zone,
    dead_at          timestamp with time zone,
    version          bigint        not null,
    constraint outbox_entry_idempotency_key_uk unique (idempotency_key)
);
-- The dispatcher's claim: due pending rows, oldest due first.
create index outbox_entry_due_ix on outbox_entry (status, next_attempt_at);
create index outbox_entry_message_ix on outbox_entry (message_id);

create sequence waiting_strategy_seq start with 50 increment by 50;

-- Messaging channels: at most one strategy per sender (the unique key settles concurrent creations).
create table waiting_strategy (
    id                       bigint       primary key,
    sender_id                bigint       not null references sender (id),
    name                     varchar(100) not null,
    welcome_enabled          boolean      not null,
    welcome_text             varchar(2000),
    announcement_enabled     boolean      not null,
    announcement_text        varchar(2000),
    announcement_every       integer,
    announcement_max_count   integer,
    max_wait_enabled         boolean      not null,
    max_wait_text            varchar(2000),
    max_wait                 integer,
    created_at               timestamp with time zone not null,
    updated_at               timestamp with time zone not null,
    version                  bigint       not null,
    constraint waiting_strategy_sender_uk unique (sender_id)
);

create sequence voice_waiting_strategy_seq start with 50 increment by 50;

-- Voice: numbers and web/in-app call applications (voice senders), one strategy each.
create table voice_waiting_strategy (
    id                   bigint       primary key,
    sender_id            bigint       not null references sender (id),
    name                 varchar(100) not null,
    max_wait_seconds     integer      not null,
    announcement_every_seconds integer,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              bigint       not null,
    constraint voice_waiting_strategy_sender_uk unique (sender_id)
);

create sequence voice_audio_seq start with 50 increment by 50;

-- Uploaded audio, apart from the prompts so that reading a strategy never loads the files.
create table voice_audio (
    id           bigint       primary key,
    content_type varchar(50)  not null,
    file_name    varchar(255),
    size_bytes   integer      not null,
    bytes        bytea        not null
);

-- One of the strategy's four messages (greeting, hold music, announcement, maximum wait time message).
create table voice_prompt (
    strategy_id  bigint       not null references voice_waiting_strategy (id) on delete cascade,
    message      varchar(20)  not null,
    enabled      boolean      not null,
    source       varchar(20)  not null,
    text         varchar(2000),
    language     varchar(35),
    voice        varchar(50),
    speech_rate  numeric(3, 2),
    audio_id     bigint       references voice_audio (id),
    primary key (strategy_id, message)
);
