-- Which instance runs a solve, and when it last said it is alive: a starting instance abandons only the runs whose
-- owner stopped beating, not those another live instance is running.
alter table planning.solve_run add column owner_instance varchar(64);
alter table planning.solve_run add column heartbeat_at timestamp with time zone;
create index solve_run_unfinished_idx on planning.solve_run (status, heartbeat_at);
