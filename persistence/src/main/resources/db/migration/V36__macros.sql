-- Macros: supervisors' ordered actions that agents apply to a conversation in one go, available to every agent or
-- to the agents of selected queues, and grouped by macro tags (unrelated to conversation tags).

create table macro (
    id           bigint        primary key,
    name         varchar(200)  not null,
    description  varchar(1000),
    -- ALL: every agent; QUEUES: the agents of the queues in macro_queue.
    availability varchar(20)   not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint        not null,
    constraint macro_name_uk unique (name)
);
create sequence macro_seq start with 50 increment by 50;

create table macro_queue (
    macro_id bigint not null references macro (id) on delete cascade,
    queue_id bigint not null references queue (id) on delete cascade,
    primary key (macro_id, queue_id)
);
create index macro_queue_queue_ix on macro_queue (queue_id);

create table macro_action (
    macro_id bigint         not null references macro (id) on delete cascade,
    -- 0..n-1, the order the actions run in.
    position integer        not null,
    type     varchar(30)    not null,
    -- The action's settings as checked JSON (status, priority, form, values, templates, tags, agent, queue).
    settings varchar(30000) not null,
    primary key (macro_id, position)
);

create table macro_tag (
    id         bigint      primary key,
    name       varchar(50) not null,
    created_at timestamp with time zone not null,
    constraint macro_tag_name_uk unique (name)
);
create sequence macro_tag_seq start with 50 increment by 50;

create table macro_macro_tag (
    macro_id     bigint not null references macro (id) on delete cascade,
    macro_tag_id bigint not null references macro_tag (id) on delete cascade,
    primary key (macro_id, macro_tag_id)
);
create index macro_macro_tag_tag_ix on macro_macro_tag (macro_tag_id);
