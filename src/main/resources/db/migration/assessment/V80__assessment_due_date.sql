-- The date by which a country is asked to submit a cycle (optional), and the due-date reminders already given: one
-- row per cycle, due date and step (SOON a few days before, DUE on the day, OVERDUE after it while the cycle is still
-- a draft or returned). The primary key makes the daily job idempotent across runs and instances; a moved due date
-- gets its own reminders.
alter table assessment.cycle add column due_date date;
alter table assessment.cycle_aud add column due_date date;

create table assessment.due_reminder (
    cycle_id bigint not null references assessment.cycle (id),
    due_date date not null,
    kind varchar(10) not null,
    sent_at timestamp with time zone not null,
    primary key (cycle_id, due_date, kind),
    constraint due_reminder_kind check (kind in ('SOON', 'DUE', 'OVERDUE'))
);
