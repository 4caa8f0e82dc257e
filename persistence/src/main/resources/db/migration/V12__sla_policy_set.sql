-- One row standing for the whole SLA policy list, as route_set does for the routes: every change of the policies
-- bumps its revision, which tells every server instance that its compiled policy conditions are stale.
create table sla_policy_set (
    id       integer primary key,
    revision bigint  not null
);
insert into sla_policy_set (id, revision) values (1, 0);
