-- Voice of the Customer (issue 18): its reports read surveys by answer time and customers' message scores by scoring
-- time, over a date range; both stay index range scans however many conversations there are.
create index survey_scored_at on survey (scored_at);
create index message_sentiment_scored_at on message_sentiment (scored_at);

-- The account's default time zone: report days are its calendar days. Inserted only when missing, so another
-- migration that needs the same setting may insert it too.
insert into setting (name, val)
select 'account.timeZone', 'UTC'
where not exists (select 1 from setting where name = 'account.timeZone');
