-- Conversation forms: input fields, forms (ordered fields, conditional ones, triggers, one default), the form a
-- conversation was given and the values filled in, which belong to the conversation whatever its form.

create table form_field (
    id          bigint        primary key,
    name        varchar(100)  not null,
    type        varchar(20)   not null,
    -- REGEX only: the pattern every value must match as a whole.
    pattern     varchar(500),
    -- DROPDOWN only: one option a line, levels joined by ": " (Clothing: Shirts).
    options     varchar(100000),
    created_at  timestamp with time zone not null,
    version     bigint        not null,
    constraint form_field_name_uq unique (name)
);
create sequence form_field_seq start with 50 increment by 50;

create table form (
    id            bigint        primary key,
    name          varchar(100)  not null,
    -- TRUE on the default form, NULL on every other: the unique constraint keeps at most one default.
    default_mark  boolean,
    -- The trigger's AND/OR condition tree as JSON (routing's language); NULL: the form has no trigger.
    conditions    varchar(30000),
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint        not null,
    constraint form_name_uq unique (name),
    constraint form_default_uq unique (default_mark)
);
create sequence form_seq start with 50 increment by 50;

-- A form's fields in order; a conditional one names the field and value that show it.
create table form_item (
    form_id        bigint        not null references form (id) on delete cascade,
    ordinal        integer       not null,
    field_id       bigint        not null references form_field (id),
    mandatory      boolean       not null,
    when_field_id  bigint        references form_field (id),
    when_value     varchar(1000)
);
create index form_item_form_ix on form_item (form_id, ordinal);
create index form_item_field_ix on form_item (field_id);
create index form_item_when_field_ix on form_item (when_field_id);

-- The form someone chose for a conversation (without a row, the triggers or the default form decide).
create table conversation_form (
    conversation_id bigint       primary key references conversation (id),
    form_id         bigint       not null references form (id) on delete cascade,
    chosen_at       timestamp with time zone not null
);
create index conversation_form_form_ix on conversation_form (form_id);

create table form_value (
    id              bigint         primary key,
    conversation_id bigint         not null references conversation (id),
    field_id        bigint         not null references form_field (id) on delete cascade,
    val             varchar(10000) not null,
    updated_at      timestamp with time zone not null,
    constraint form_value_uq unique (conversation_id, field_id)
);
create sequence form_value_seq start with 50 increment by 50;
-- By field (deleting a field's values); not by value: a multi-line value is too long for a B-tree entry.
create index form_value_field_ix on form_value (field_id);
