-- A conversation's form is assigned by the forms' triggers when it starts or a bot hands it over (the guide's moments
-- of assignment), or chosen by a person. The rows so far were all chosen by people.
alter table conversation_form add column by_person boolean default true not null;
