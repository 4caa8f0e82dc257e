-- Issue 20: one row standing for the configuration a message's intake reads (senders, the queues' senders and
-- working hours, bots, forms, working-hours periods, custom attributes). Every change of it bumps the revision in its
-- own transaction, and each server instance keeps what it derived from that configuration under the revision it read,
-- so intake reads one row instead of six. A change made by SQL behind the server's back must bump it too.
create table configuration_revision (
    id       integer primary key,
    revision bigint  not null
);
insert into configuration_revision (id, revision) values (1, 0);
