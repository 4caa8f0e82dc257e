-- An API key may act as one agent (a bot, or an integration acting as a person).
-- Revoked keys let go of a deleted agent; active ones keep it from deletion (AgentService.delete answers 409).
alter table api_key add column agent_id bigint references agent (id) on delete set null;

-- Idempotency keys and channel external ids of inbound messages are scoped to the caller (API key or user) and the
-- sender: two gateways may use the same key for different messages. The fingerprint (SHA-256 of the canonical
-- request) tells a repeat (replayed) from a different message under the same key (refused).
create sequence intake_key_seq start with 50 increment by 50;

create table intake_key (
    id          bigint       primary key,
    caller      varchar(120) not null,
    sender_id   bigint       not null references sender (id),
    kind        varchar(20)  not null,
    key_value   varchar(200) not null,
    fingerprint varchar(64)  not null,
    message_id  bigint       not null references message (id) on delete cascade,
    created_at  timestamp with time zone not null,
    constraint intake_key_uk unique (caller, sender_id, kind, key_value)
);
create index intake_key_message_ix on intake_key (message_id);

-- The keys stay on the message as what the gateway sent; they are no longer unique across callers.
alter table message drop constraint message_idempotency_key_uk;
alter table message drop constraint message_channel_external_id_uk;

-- Conversation metadata keys (what bots leave) may be marked sensitive, as people's and companies' attributes are.
alter table attribute_definition alter column owner set data type varchar(20);
