-- Workflow email: an Email sender may be marked no-reply (the only From a workflow's email uses), and an outbox entry
-- says what it delivers: a message to its sender's gateway, a workflow's HTTP call, or a mail sent over SMTP.
alter table sender add column no_reply boolean default false not null;
alter table outbox_entry add column kind varchar(10) default 'MESSAGE' not null;
update outbox_entry set kind = 'CALL' where target_url is not null;
