-- When a personal registration link was first followed. The link was sent to the invitation's address only, so a
-- followed link proves that address: the workshop's mail other than the invitation (confirmation with its calendar,
-- agenda updates, cancellation, waiting-list promotion, the reminder before the workshop) goes only to an address
-- proven so or verified on a user account (see WorkshopMail).
alter table workshop.invitation_link add column followed_at timestamp with time zone;
