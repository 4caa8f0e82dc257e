-- Customer satisfaction surveys (issue 18): the one survey setting, and every survey sent with its answer.
create table survey_setting (
    id                    bigint primary key,
    enabled               boolean not null,
    delay_after_solved    varchar(40) not null,
    minimum_interval      varchar(40) not null,
    satisfaction_question varchar(500) not null,
    resolved_question     varchar(500) not null,
    happy_label           varchar(100) not null,
    not_happy_label       varchar(100) not null,
    follow_up_question    varchar(500),
    -- The server's key for signing survey links: written once, by the first instance that needs it.
    signing_secret        varchar(100),
    version               bigint not null
);
insert into survey_setting (id, enabled, delay_after_solved, minimum_interval, satisfaction_question,
                            resolved_question, happy_label, not_happy_label, follow_up_question, version)
values (1, false, 'PT5M', 'P7D', 'How satisfied are you with how we handled your request?',
        'Was your issue resolved?', 'Happy', 'Not happy', null, 0);

create sequence survey_seq start with 1 increment by 50;
create table survey (
    id              bigint primary key,
    conversation_id bigint not null references conversation (id),
    person_id       bigint not null references person (id),
    channel         varchar(40) not null,
    -- LINK: the customer answers on the public page; REPLY: by answering the message ("1" / "2").
    answer_by       varchar(10) not null,
    sent_at         timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    score           varchar(20),
    scored_at       timestamp with time zone,
    comment_text    varchar(2000),
    -- Set when the answer is complete (score, and the follow-up's comment when one was asked): a token is used then.
    answered_at     timestamp with time zone,
    version         bigint not null
);
create index survey_person_sent on survey (person_id, sent_at);
create index survey_conversation on survey (conversation_id, sent_at);
