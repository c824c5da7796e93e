-- Tables of Hibernate Search's outbox-polling coordination, used only in the clustered mode (profile "clustered",
-- ADR library-03): each change of an indexed document is written to hsearch_outbox_event in the same transaction as
-- the change, and the agents of all instances (hsearch_agent) share out the events and send them to OpenSearch.
-- Columns as Hibernate Search 8.2 maps them (checked with ddl-auto=validate on PostgreSQL). The clustered mode needs
-- PostgreSQL (the application refuses to start it on H2); on H2 these tables exist but nothing maps them.
create table library.hsearch_agent (
    id uuid not null,
    type varchar(255) not null check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name varchar(255) not null,
    expiration timestamp(6) with time zone not null,
    state varchar(255) not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    total_shard_count integer,
    assigned_shard_index integer,
    payload bytea,
    tenant_id varchar(255),
    primary key (id)
);

create table library.hsearch_outbox_event (
    id uuid not null,
    entity_name varchar(256) not null,
    entity_id varchar(256) not null,
    entity_id_hash integer not null,
    payload bytea not null,
    retries integer not null,
    process_after timestamp(6) with time zone not null,
    status varchar(255) not null check (status in ('PENDING', 'ABORTED')),
    tenant_id varchar(255),
    primary key (id)
);

create index hsearch_outbox_event_process_after on library.hsearch_outbox_event (process_after);
