-- Item pools: the variants of each pool drawn for one student and assignment. Written the first time the student's
-- attempt needs them and never changed, so a reload (or a reset) draws nothing new.
create table assignment_item_draw (
    assignment_id bigint not null references assignment (id),
    student_id bigint not null references app_user (id),
    pool_id varchar(64) not null,
    question_id varchar(64) not null,
    drawn_at timestamp with time zone not null,
    primary key (assignment_id, student_id, question_id)
);
