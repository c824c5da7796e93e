-- The SHA-256 of each programme document (lower-case hex), as request attachments and library documents have: the
-- entity tag of its download. Filled for the documents already stored, and made not null, by V97 (Java).
alter table programme.document add column sha256 varchar(64);
alter table programme.document_aud add column sha256 varchar(64);
