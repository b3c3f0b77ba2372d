-- Placeholder from the helpers' shared contract so the gradebook's "current attempt" filter can be tested on
-- this branch; the review branch owns V5 and its version replaces this file on merge.
alter table assignment_attempt add column generation integer default 1 not null;
alter table assignment_attempt add column superseded_at timestamp with time zone;
alter table assignment_attempt drop constraint uq_assignment_attempt;
alter table assignment_attempt add constraint uq_assignment_attempt unique (assignment_id, student_id, generation);

alter table assignment_response add column teacher_comment varchar(2000);
alter table assignment_response add column reviewed_at timestamp with time zone;
alter table assignment_response add column reviewed_by bigint references app_user (id);

create table assignment_extra_try (
    attempt_id bigint not null references assignment_attempt (id),
    question_id varchar(64) not null,
    extra integer not null,
    granted_at timestamp with time zone not null,
    primary key (attempt_id, question_id)
);
