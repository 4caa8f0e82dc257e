-- Workflow calls through the outbox: a Call API or Slack action is an outbox entry with its own address, method,
-- content type and headers (JSON object), and no sender (nothing to sign with a gateway's secret).
alter table outbox_entry alter column sender_id drop not null;
alter table outbox_entry add column target_url varchar(2000);
alter table outbox_entry add column http_method varchar(10);
alter table outbox_entry add column content_type varchar(200);
alter table outbox_entry add column headers varchar(10000);
