-- An agent's email address (optional): the workflows' {{agent.email}} placeholder, the assignee's address.
alter table agent add column email varchar(254);
