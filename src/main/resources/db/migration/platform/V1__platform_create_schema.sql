-- Which startup data sets (reference files, demo data) have been loaded, and at which version. A row is written in
-- the same transaction as its data, so a failed load leaves no row and runs again.
create schema if not exists platform;

create table platform.data_load (
    name varchar(100) primary key,
    version varchar(100) not null,
    loaded_at timestamp with time zone not null,
    demo boolean not null default false
);
