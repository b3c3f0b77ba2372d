-- What the gradebook sorts by, stored on each attempt and kept up to date in the transaction that changes it
-- (an answer, a submit, a reopen, a teacher's review): points of the latest answers (pending ones count 0, each
-- capped at the question's points), questions answered, latest answers waiting for review, and active seconds
-- (null before the first answer). points is null for rows written before V22 until the start-up backfill
-- (AttemptTotals) fills them.
alter table assignment_attempt add column points double precision;
alter table assignment_attempt add column answered integer;
alter table assignment_attempt add column pending integer;
alter table assignment_attempt add column active_seconds double precision;

create index ix_attempt_points on assignment_attempt (assignment_id, points);
create index ix_attempt_active on assignment_attempt (assignment_id, active_seconds);
create index ix_attempt_started on assignment_attempt (assignment_id, started_at);
create index ix_attempt_submitted on assignment_attempt (assignment_id, submitted_at);
create index ix_attempt_totals_missing on assignment_attempt (points, id);
