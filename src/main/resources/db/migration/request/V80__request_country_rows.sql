-- A request's countries become rows (issue 17): a country query matches whole codes through the index on country,
-- where it was LIKE '%KEN%' on a comma-separated string (which also matched "EN"). The strings are split by a
-- recursive query that runs on PostgreSQL 15 and H2 2.4 alike, the audit trail's creations and deletions too, and
-- the old columns are dropped. The lead country stays a column of its own (it is also the first row, ordinal 0).
create table request.assistance_request_country (
    request_id bigint not null references request.assistance_request (id) on delete cascade,
    ordinal integer not null,
    country varchar(3) not null references reference.country (iso3),
    primary key (request_id, ordinal),
    constraint assistance_request_country_once unique (request_id, country)
);
create index assistance_request_country_idx on request.assistance_request_country (country, request_id);

create table request.assistance_request_country_aud (
    rev bigint not null references audit.revision (id),
    revtype smallint,
    request_id bigint not null,
    ordinal integer not null,
    country varchar(3) not null,
    primary key (rev, request_id, ordinal, country)
);

insert into request.assistance_request_country (request_id, ordinal, country)
with recursive parts (request_id, ordinal, code, rest) as (
    select id, 0,
           cast(case when position(',' in countries) > 0
                     then substring(countries from 1 for position(',' in countries) - 1) else countries end as varchar(400)),
           cast(case when position(',' in countries) > 0
                     then substring(countries from position(',' in countries) + 1) else '' end as varchar(400))
    from request.assistance_request
    union all
    select request_id, ordinal + 1,
           cast(case when position(',' in rest) > 0
                     then substring(rest from 1 for position(',' in rest) - 1) else rest end as varchar(400)),
           cast(case when position(',' in rest) > 0
                     then substring(rest from position(',' in rest) + 1) else '' end as varchar(400))
    from parts
    where rest <> ''
)
select request_id, ordinal, trim(code) from parts where trim(code) <> '';

-- Countries never change after submission, so the history needs the rows of each creation (revtype 0) and, as
-- deletions store their data, of each deletion (revtype 2).
insert into request.assistance_request_country_aud (rev, revtype, request_id, ordinal, country)
with recursive parts (rev, revtype, request_id, ordinal, code, rest) as (
    select rev, revtype, id, 0,
           cast(case when position(',' in countries) > 0
                     then substring(countries from 1 for position(',' in countries) - 1) else countries end as varchar(400)),
           cast(case when position(',' in countries) > 0
                     then substring(countries from position(',' in countries) + 1) else '' end as varchar(400))
    from request.assistance_request_aud
    where countries is not null and revtype in (0, 2)
    union all
    select rev, revtype, request_id, ordinal + 1,
           cast(case when position(',' in rest) > 0
                     then substring(rest from 1 for position(',' in rest) - 1) else rest end as varchar(400)),
           cast(case when position(',' in rest) > 0
                     then substring(rest from position(',' in rest) + 1) else '' end as varchar(400))
    from parts
    where rest <> ''
)
select rev, revtype, request_id, ordinal, trim(code) from parts where trim(code) <> '';

alter table request.assistance_request drop column countries;
alter table request.assistance_request_aud drop column countries;
