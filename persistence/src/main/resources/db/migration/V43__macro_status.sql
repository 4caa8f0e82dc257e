-- A macro's status: an inactive macro is kept but neither offered to agents nor applied.
alter table macro add column active boolean default true not null;
