-- Queue settings (automatic assignment mode, senders with one default), email fields and structured content of
-- messages, and the general settings (short ID display).

alter table queue add column auto_assignment varchar(30) default 'OFF' not null;
-- Sound notifications for the queue's agents: on a new conversation, on a new message.
alter table queue add column notify_new_conversation boolean default false not null;
alter table queue add column notify_new_message boolean default false not null;

create table queue_sender (
    queue_id  bigint not null references queue (id),
    sender_id bigint not null references sender (id),
    primary key (queue_id, sender_id)
);
create index queue_sender_sender_ix on queue_sender (sender_id);
-- One of the queue's senders is its default (what the business replies from when it starts a conversation).
alter table queue add column default_sender_id bigint references sender (id);

alter table message add column cc varchar(2000);
alter table message add column bcc varchar(2000);
-- Attachment, location and link descriptors as a JSON array.
alter table message add column attachments varchar(16000);
-- Custom data the channel passed with the message (IVR inputs, web-call data): a JSON object routing can read.
alter table message add column custom_attributes varchar(8000);

create table setting (
    name  varchar(100) primary key,
    val   varchar(1000) not null
);
insert into setting (name, val) values ('shortIdEnabled', 'false');
