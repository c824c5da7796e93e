-- Workshop invitations and calendars by e-mail (issue 14).
-- A workshop's time zone (an IANA zone id: the agenda's times are local to the venue) and registration deadline (the
-- last day on which one may register, in that zone; personal registration links expire at its end).
alter table workshop.workshop add column time_zone varchar(60) default 'UTC' not null;
alter table workshop.workshop add column registration_deadline date;
alter table workshop.workshop_aud add column time_zone varchar(60);
alter table workshop.workshop_aud add column registration_deadline date;

-- What the participant's calendar was last told: the SEQUENCE of its events and a digest of their content, so that an
-- agenda change sends an update (same UID, higher SEQUENCE) only to those whose events changed. Mail bookkeeping, not
-- audited.
alter table workshop.registration add column calendar_sequence int default 0 not null;
alter table workshop.registration add column calendar_stamp varchar(64);

-- Personal registration links: only the SHA-256 of the token is kept. A link leads to its invitation's registration
-- page until it expires; an invitation may have several (the invitation, then a reminder).
create table workshop.invitation_link (
    token_hash varchar(64) primary key,
    invitation_id bigint not null references workshop.invitation (id) on delete cascade,
    expires_at timestamp with time zone not null,
    created_at timestamp with time zone not null
);
create index invitation_link_invitation_idx on workshop.invitation_link (invitation_id);

-- Reminders sent, one row each: the primary key makes each reminder go out once, whichever instance's job runs first.
create table workshop.reminder_sent (
    kind varchar(20) not null,
    workshop_id bigint not null references workshop.workshop (id) on delete cascade,
    recipient varchar(320) not null,
    sent_at timestamp with time zone not null,
    primary key (kind, workshop_id, recipient)
);
