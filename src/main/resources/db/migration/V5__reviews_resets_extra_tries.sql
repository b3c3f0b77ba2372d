-- Teacher actions on attempts: reviews of open answers, resets, extra tries.

-- A reset never deletes work: the teacher's "reset attempt" sets superseded_at on the current attempt and the
-- student's next open starts a new attempt with generation + 1. Only the attempt with superseded_at null counts.
-- first_submitted_at keeps the first submission time when "allow one more try" reopens a submitted attempt
-- (submitted_at is cleared then and set again by the next submit).
alter table assignment_attempt add column generation integer default 1 not null;
alter table assignment_attempt add column superseded_at timestamp with time zone;
alter table assignment_attempt add column first_submitted_at timestamp with time zone;
alter table assignment_attempt drop constraint uq_assignment_attempt;
alter table assignment_attempt add constraint uq_assignment_attempt_generation
    unique (assignment_id, student_id, generation);

-- A teacher's review of an open answer: grading updates points and fraction and clears pending; the student's
-- answer_json is never changed. Grading again overwrites the review.
alter table assignment_response add column teacher_comment varchar(2000);
alter table assignment_response add column reviewed_at timestamp with time zone;
alter table assignment_response add column reviewed_by bigint references app_user (id);

-- Tries a teacher granted on top of the assignment's attempts per question, for one attempt and question.
create table assignment_extra_try (
    attempt_id bigint not null references assignment_attempt (id),
    question_id varchar(64) not null,
    extra integer not null,
    granted_at timestamp with time zone not null,
    primary key (attempt_id, question_id)
);
