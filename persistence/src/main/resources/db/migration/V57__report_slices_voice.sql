-- Issue 18, "aggregates stay fast" over a year, and the sentiment filter (docs/reports-query-plans.md):
-- 1. A dimension more in the pre-aggregates: the conversation's sentiment label (NEGATIVE, NEUTRAL, POSITIVE; null:
--    not scored) as it was when the hour was rolled up (a conversation's start hour is rolled up again whenever its
--    label changes), for the Conversations report's sentiment filter and the Voice of the Customer's labels.
-- 2. report_day in slices (io.switchboard.reports.Slice): the rows of every dimension (ALL, as before) and, summed
--    from them, rows that keep at most one of queue, channel, priority and agent, with or without the sentiment
--    label (TOTAL keeps none). A report that groups by one of them and filters by none of the others reads its
--    slice: a few rows per day, not every combination of queue, channel, priority and agent.
-- 3. The Voice of the Customer reads the same pre-aggregates (new measures HAPPY, NOT_HAPPY, MESSAGE_SCORE), so the
--    hours are rolled up anew: the mark is reset and the engine's rollup rebuilds every hour from the oldest
--    conversation on, 500 hours a minute (until then the reports show what is rolled up so far).
alter table report_hour add column sentiment varchar(10);
alter table report_day add column sentiment varchar(10);
alter table report_day add column slice varchar(20) default 'ALL' not null;
drop index report_day_ix;
-- Every report reads a span of days of one slice, a few measures and one tag (0, the filter's, or every tag but 0).
create index report_day_ix on report_day (slice, measure, tag_id, local_day);

-- The rollup rolls up again the start hour of each conversation whose sentiment changed since it last looked.
create index conversation_sentiment_updated on conversation_sentiment (updated_at);
alter table report_rollup add column sentiment_seen_at timestamp with time zone;

delete from report_hour;
delete from report_day;
update report_rollup set rolled_until = null, day_zone = null;
