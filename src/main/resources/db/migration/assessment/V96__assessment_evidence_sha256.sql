-- The SHA-256 of each evidence file (lower-case hex), as request attachments and library documents have: the entity
-- tag of its download. Filled for the files already stored, and made not null, by V97 (Java, for PostgreSQL and H2).
alter table assessment.evidence_file add column sha256 varchar(64);
alter table assessment.evidence_file_aud add column sha256 varchar(64);
