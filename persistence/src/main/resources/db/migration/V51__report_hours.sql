-- The Conversations report reads hourly pre-aggregates, never the conversation and message tables themselves
-- (docs/reports-query-plans.md). One row per UTC hour, measure and dimension values: how many (n), their summed
-- seconds (total_s, for durations) and, for durations, a histogram in 20 fixed buckets (b00..b19, see
-- io.switchboard.reports.logic.DurationBuckets). tag_id 0 is every conversation; a conversation with tags also
-- counts once under each of its tags. ReportRollup fills it from the raw tables hour by hour.
create sequence report_hour_seq start with 50 increment by 50;

create table report_hour (
    id        bigint       primary key,
    hour_start timestamp with time zone not null,
    measure   varchar(20)  not null,
    queue_id  bigint,
    channel   varchar(30),
    priority  varchar(10),
    tag_id    bigint       not null,
    agent_id  bigint,
    policy    varchar(100),
    severity  varchar(100),
    metric    varchar(20),
    n         bigint       not null,
    total_s   bigint       not null,
    b00 integer not null, b01 integer not null, b02 integer not null, b03 integer not null, b04 integer not null,
    b05 integer not null, b06 integer not null, b07 integer not null, b08 integer not null, b09 integer not null,
    b10 integer not null, b11 integer not null, b12 integer not null, b13 integer not null, b14 integer not null,
    b15 integer not null, b16 integer not null, b17 integer not null, b18 integer not null, b19 integer not null
);
-- Every report reads a span of hours for one tag (0 or the filter's) and a few measures.
create index report_hour_ix on report_hour (tag_id, measure, hour_start);
-- Rolling up an hour again deletes its rows first.
create index report_hour_hour_ix on report_hour (hour_start);

-- How far the rollup has got: hours before rolled_until are final (the last two are rolled up again each time).
create table report_rollup (
    id            bigint primary key,
    rolled_until  timestamp with time zone,
    version       bigint not null
);
insert into report_rollup (id, rolled_until, version) values (1, null, 0);

-- The rollup reads one hour of each source at a time.
create index conversation_event_occurred_ix on conversation_event (occurred_at, kind);
create index conversation_closed_ix on conversation (closed_at);
