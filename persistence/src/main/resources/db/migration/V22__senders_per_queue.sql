-- "Select senders for each queue": agents start conversations only from their queues' senders (off: any sender).
insert into setting (name, val) values ('conversation.sendersPerQueue', 'false');
