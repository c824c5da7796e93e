-- Infrastructure shared by all modules: HTTP sessions (Spring Session JDBC, so that several instances can serve one
-- user) and the registry of published application events (Spring Modulith), so that an event whose listener failed
-- is retried instead of lost. Types are chosen to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.
create table spring_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);

create table event_publication (
    id uuid not null,
    listener_id varchar not null,
    event_type varchar not null,
    serialized_event varchar not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status varchar(20),
    completion_attempts int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
