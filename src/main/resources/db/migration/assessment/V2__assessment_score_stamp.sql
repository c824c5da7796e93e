-- A counter raised whenever what the score queries answer can change (a cycle is published, its confidentiality
-- changes, data is bulk-loaded). Every instance compares it with the stamp of what it has cached, so that cached
-- scores and profiles are never served after such a change, whichever instance made it.
create table assessment.score_stamp (
    id int primary key,
    stamp bigint not null
);
insert into assessment.score_stamp (id, stamp) values (1, 0);
