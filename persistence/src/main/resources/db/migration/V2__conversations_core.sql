-- Conversations core: senders, queues (with the system Default queue), customers and their contacts,
-- conversations and messages. Sequences start at their increment (EclipseLink allocation blocks of 50).

create sequence sender_seq start with 50 increment by 50;

create table sender (
    id         bigint       primary key,
    channel    varchar(30)  not null,
    address    varchar(320) not null,
    name       varchar(100),
    created_at timestamp with time zone not null,
    version    bigint       not null,
    constraint sender_channel_address_uk unique (channel, address)
);

create sequence queue_seq start with 50 increment by 50;

-- A deleted queue keeps its row (its conversations keep their history); active_name is its name while it is not
-- deleted, so the database keeps the names of the queues in use unique.
create table queue (
    id          bigint       primary key,
    name        varchar(100) not null,
    active_name varchar(100),
    is_default  boolean      not null,
    created_at  timestamp with time zone not null,
    deleted_at  timestamp with time zone,
    version     bigint       not null,
    constraint queue_active_name_uk unique (active_name)
);

-- The Default queue is system-defined: it collects unrouted conversations and cannot be deleted.
insert into queue (id, name, active_name, is_default, created_at, version)
values (nextval('queue_seq'), 'Default', 'Default', true, current_timestamp, 0);

create sequence person_seq start with 50 increment by 50;

create table person (
    id         bigint       primary key,
    first_name varchar(100),
    last_name  varchar(100),
    created_at timestamp with time zone not null,
    version    bigint       not null
);

create sequence person_contact_seq start with 50 increment by 50;

-- How a customer is reached on a channel; one address belongs to one person per channel.
create table person_contact (
    id        bigint       primary key,
    person_id bigint       not null references person (id) on delete cascade,
    channel   varchar(30)  not null,
    address   varchar(320) not null,
    constraint person_contact_channel_address_uk unique (channel, address)
);
create index person_contact_person_ix on person_contact (person_id);

create sequence conversation_seq start with 50 increment by 50;
-- Short IDs: one by one, for people to quote.
create sequence conversation_short_id_seq start with 1 increment by 1;

create table conversation (
    id         bigint      primary key,
    short_id   bigint      not null,
    status     varchar(10) not null,
    priority   varchar(10) not null,
    direction  varchar(10) not null,
    channel    varchar(30) not null,
    person_id  bigint      not null references person (id),
    sender_id  bigint      not null references sender (id),
    queue_id   bigint      not null references queue (id),
    topic      varchar(998),
    -- person:sender while the conversation is not closed, null once closed: the database keeps one open
    -- conversation per customer and sender, whatever the concurrency.
    open_key   varchar(60),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    closed_at  timestamp with time zone,
    version    bigint      not null,
    constraint conversation_short_id_uk unique (short_id),
    constraint conversation_open_key_uk unique (open_key)
);
create index conversation_queue_status_ix on conversation (queue_id, status, created_at);
create index conversation_person_ix on conversation (person_id);
create index conversation_created_ix on conversation (created_at);

create sequence message_seq start with 50 increment by 50;

create table message (
    id              bigint       primary key,
    conversation_id bigint       not null references conversation (id) on delete cascade,
    direction       varchar(10)  not null,
    author_kind     varchar(12)  not null,
    author          varchar(120),
    channel         varchar(30)  not null,
    from_address    varchar(320) not null,
    to_address      varchar(320) not null,
    text            varchar(4096),
    subject         varchar(998),
    external_id     varchar(200),
    idempotency_key varchar(200),
    created_at      timestamp with time zone not null,
    constraint message_idempotency_key_uk unique (idempotency_key),
    constraint message_channel_external_id_uk unique (channel, external_id)
);
create index message_conversation_ix on message (conversation_id, created_at);
