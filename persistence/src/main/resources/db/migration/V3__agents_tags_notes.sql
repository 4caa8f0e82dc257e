-- Agents (people who handle conversations, and bots), their queues, conversation assignees, tags, notes, metadata.

create sequence agent_seq start with 50 increment by 50;

create table agent (
    id         bigint       primary key,
    kind       varchar(10)  not null,
    user_id    bigint       references app_user (id),
    name       varchar(200) not null,
    enabled    boolean      not null,
    title      varchar(100),
    phone      varchar(50),
    created_at timestamp with time zone not null,
    version    bigint       not null,
    constraint agent_user_uk unique (user_id)
);

-- Queues an agent works in besides the Default queue, which every agent is in.
create table agent_queue (
    agent_id bigint not null references agent (id) on delete cascade,
    queue_id bigint not null references queue (id),
    primary key (agent_id, queue_id)
);
create index agent_queue_queue_ix on agent_queue (queue_id);

alter table conversation add column assignee_id bigint references agent (id);
alter table conversation add column metadata varchar(16000);
create index conversation_assignee_ix on conversation (assignee_id, status);

create sequence tag_seq start with 50 increment by 50;

create table tag (
    id         bigint      primary key,
    name       varchar(50) not null,
    created_at timestamp with time zone not null,
    constraint tag_name_uk unique (name)
);

create table conversation_tag (
    conversation_id bigint not null references conversation (id) on delete cascade,
    tag_id          bigint not null references tag (id) on delete cascade,
    primary key (conversation_id, tag_id)
);
create index conversation_tag_tag_ix on conversation_tag (tag_id);

create sequence note_seq start with 50 increment by 50;

create table note (
    id              bigint        primary key,
    conversation_id bigint        not null references conversation (id) on delete cascade,
    author          varchar(120)  not null,
    text            varchar(4096) not null,
    created_at      timestamp with time zone not null
);
create index note_conversation_ix on note (conversation_id, created_at);
