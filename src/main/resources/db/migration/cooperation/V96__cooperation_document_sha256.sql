-- The SHA-256 of each uploaded agreement document (lower-case hex), as request attachments and library documents
-- have: the entity tag of its download. Null for links; filled for the files already stored by V97 (Java).
alter table cooperation.agreement_document add column sha256 varchar(64);
alter table cooperation.agreement_document_aud add column sha256 varchar(64);
