-- The guide's "Select senders for each queue": off by default, every sender stays available on every queue.
insert into setting (name, val) values ('sendersPerQueue', 'false');
