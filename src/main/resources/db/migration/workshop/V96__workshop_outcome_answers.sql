-- Conversions of action points and the area weights of a vote are made by other modules after an event (ADR
-- workshop-06): the action point and the ballot say that the answer is pending, or why it was a refusal.
alter table workshop.action_point add column request_pending boolean default false not null;
alter table workshop.action_point add column request_refused varchar(120);
alter table workshop.action_point add column agreement_pending boolean default false not null;
alter table workshop.action_point add column agreement_refused varchar(120);
alter table workshop.action_point_aud add column request_pending boolean;
alter table workshop.action_point_aud add column request_refused varchar(120);
alter table workshop.action_point_aud add column agreement_pending boolean;
alter table workshop.action_point_aud add column agreement_refused varchar(120);
alter table workshop.ballot add column weights_sent_scenario_id bigint;
alter table workshop.ballot add column weights_refused varchar(120);
alter table workshop.ballot_aud add column weights_sent_scenario_id bigint;
alter table workshop.ballot_aud add column weights_refused varchar(120);
