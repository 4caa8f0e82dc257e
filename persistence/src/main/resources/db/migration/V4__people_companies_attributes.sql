-- Customers' standard attributes, companies, typed custom attributes, and which attributes are sensitive.

create sequence company_seq start with 50 increment by 50;

create table company (
    id              bigint       primary key,
    name            varchar(200) not null,
    account_manager varchar(200),
    country         varchar(100),
    customer_stage  varchar(100),
    external_id     varchar(200),
    industry        varchar(100),
    notes           varchar(4000),
    segment         varchar(100),
    vat_number      varchar(50),
    region          varchar(100),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint       not null,
    constraint company_external_id_uk unique (external_id)
);
create index company_name_ix on company (name);

create table company_domain (
    company_id bigint       not null references company (id) on delete cascade,
    domain     varchar(253) not null,
    primary key (company_id, domain)
);

create table company_tag (
    company_id bigint      not null references company (id) on delete cascade,
    tag        varchar(50) not null,
    primary key (company_id, tag)
);

alter table person add column middle_name varchar(100);
alter table person add column nick_name varchar(100);
alter table person add column address varchar(300);
alter table person add column city varchar(100);
alter table person add column country varchar(100);
alter table person add column birth_date date;
alter table person add column gender varchar(10);
alter table person add column external_person_id varchar(200);
alter table person add column preferred_service varchar(100);
alter table person add column person_type varchar(20);
alter table person add column modified_from varchar(50);
alter table person add column company_id bigint references company (id) on delete set null;
alter table person add column updated_at timestamp with time zone;
update person set updated_at = created_at;
alter table person add constraint person_external_id_uk unique (external_person_id);
create index person_last_name_ix on person (last_name, first_name);
create index person_company_ix on person (company_id);

create table person_tag (
    person_id bigint      not null references person (id) on delete cascade,
    tag       varchar(50) not null,
    primary key (person_id, tag)
);

create table person_integration (
    person_id   bigint       not null references person (id) on delete cascade,
    integration varchar(100) not null,
    primary key (person_id, integration)
);

-- An attribute of people or companies: a custom one with its type, or a standard one (to mark it sensitive).
create sequence attribute_definition_seq start with 50 increment by 50;

create table attribute_definition (
    id        bigint       primary key,
    owner     varchar(10)  not null,
    name      varchar(100) not null,
    data_type varchar(20)  not null,
    standard  boolean      not null,
    sensitive boolean      not null,
    version   bigint       not null,
    constraint attribute_definition_owner_name_uk unique (owner, name)
);

create table person_attribute (
    person_id bigint        not null references person (id) on delete cascade,
    name      varchar(100)  not null,
    attribute_value varchar(4000) not null,
    primary key (person_id, name)
);

create table company_attribute (
    company_id bigint        not null references company (id) on delete cascade,
    name       varchar(100)  not null,
    attribute_value varchar(4000) not null,
    primary key (company_id, name)
);

-- Messages a bot or gateway marks sensitive are masked for agents.
alter table message add column sensitive boolean default false not null;
