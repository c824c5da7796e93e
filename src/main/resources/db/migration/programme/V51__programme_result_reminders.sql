-- The result-reporting reminders already given: one row per period and kind (DUE before the period ends, OVERDUE
-- after it ended without an actual). The primary key makes the daily job idempotent across runs and instances.
create table programme.result_reminder (
    period_id bigint not null,
    kind varchar(10) not null,
    sent_at timestamp with time zone not null,
    primary key (period_id, kind),
    constraint result_reminder_kind check (kind in ('DUE', 'OVERDUE'))
);
