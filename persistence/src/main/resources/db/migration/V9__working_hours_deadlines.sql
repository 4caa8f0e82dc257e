-- Working-hours periods (weekly intervals in a time zone, holidays, away message) with one default period, each
-- queue on one period; and durable deadlines: every future action as a row, claimed by the deadline ticker.

create table working_hours_period (
    id                       bigint        primary key,
    name                     varchar(100)  not null,
    time_zone                varchar(64)   not null,
    away_message             varchar(4000),
    close_after_away_message boolean       default false not null,
    -- true on the default period and null on all others: unique without a partial index.
    default_marker           boolean,
    created_at               timestamp with time zone not null,
    version                  bigint        not null,
    constraint working_hours_period_name_uk unique (name),
    constraint working_hours_period_default_uk unique (default_marker),
    constraint working_hours_period_default_ck check (default_marker is null or default_marker = true)
);
-- The first block (ids 51..100) stays clear of the default period, id 1.
create sequence working_hours_period_seq start with 100 increment by 50;

-- An interval starts on its weekday; it ends on the same day (end 00:00 = 24:00) or, with ends_next_day, the next.
create table working_hours_interval (
    period_id     bigint      not null references working_hours_period (id),
    day_of_week   varchar(10) not null,
    start_time    time        not null,
    end_time      time        not null,
    ends_next_day boolean     not null
);
create index working_hours_interval_period_ix on working_hours_interval (period_id);

-- From 00:00 on start_date to 24:00 on end_date, in the period's time zone.
create table working_hours_holiday (
    period_id  bigint       not null references working_hours_period (id),
    name       varchar(100),
    start_date date         not null,
    end_date   date         not null
);
create index working_hours_holiday_period_ix on working_hours_holiday (period_id);

-- The default period is open around the clock, so queues behave as before until a supervisor sets hours.
insert into working_hours_period (id, name, time_zone, close_after_away_message, default_marker, created_at, version)
values (1, 'Around the clock', 'UTC', false, true, current_timestamp, 0);
insert into working_hours_interval (period_id, day_of_week, start_time, end_time, ends_next_day) values
    (1, 'MONDAY', '00:00', '00:00', false),
    (1, 'TUESDAY', '00:00', '00:00', false),
    (1, 'WEDNESDAY', '00:00', '00:00', false),
    (1, 'THURSDAY', '00:00', '00:00', false),
    (1, 'FRIDAY', '00:00', '00:00', false),
    (1, 'SATURDAY', '00:00', '00:00', false),
    (1, 'SUNDAY', '00:00', '00:00', false);

alter table queue add column working_hours_period_id bigint;
update queue set working_hours_period_id = 1;
alter table queue alter column working_hours_period_id set not null;
alter table queue add constraint queue_working_hours_period_fk
    foreign key (working_hours_period_id) references working_hours_period (id);
create index queue_working_hours_period_ix on queue (working_hours_period_id);

-- A due action: handled by the handler of its kind, then deleted. Cancelling is deleting. A claim leases the row to
-- one ticker (claimed_by until claimed_until); a crash leaves the lease to expire and the row due again.
create table deadline (
    id            bigint        primary key,
    kind          varchar(100)  not null,
    subject_id    bigint        not null,
    due_at        timestamp with time zone not null,
    payload       varchar(4000),
    attempts      integer       default 0 not null,
    claimed_by    varchar(36),
    claimed_until timestamp with time zone,
    -- Set when the attempts ran out: the row stays for inspection and is never claimed again.
    gave_up_at    timestamp with time zone,
    last_error    varchar(2000),
    created_at    timestamp with time zone not null
);
create sequence deadline_seq start with 50 increment by 50;
-- The ticker reads the earliest due rows: an index scan that stops after one batch, however many are pending.
create index deadline_due_ix on deadline (due_at);
create index deadline_subject_ix on deadline (subject_id, kind);
