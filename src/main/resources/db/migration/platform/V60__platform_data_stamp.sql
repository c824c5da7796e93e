-- Data stamps: one counter per topic, raised in the same transaction as every change to the data of that topic, so
-- that every instance's in-memory caches (keyed with the stamp) see a change made on any instance at their next read
-- (ADR platform-02). Topics are added by the code that raises them; these are the known ones.
create table platform.data_stamp (
    topic varchar(100) primary key,
    stamp bigint not null
);

insert into platform.data_stamp (topic, stamp) values ('mobility', 0);
insert into platform.data_stamp (topic, stamp) values ('reference.countries', 0);
insert into platform.data_stamp (topic, stamp) values ('cooperation.objectives', 0);
