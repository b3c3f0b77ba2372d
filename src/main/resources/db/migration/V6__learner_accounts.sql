-- Self-study progress can belong to an account: when someone signs in, the progress of the browser's anonymous
-- learner is claimed into the account's learner, which the reader then uses on every device they sign in on.
-- At most one learner per account; anonymous learners keep user_id null.
alter table learner add column user_id bigint;
alter table learner add constraint uq_learner_user unique (user_id);
alter table learner add constraint fk_learner_user foreign key (user_id) references app_user (id);

-- An anonymous learner whose progress was merged into an account's learner. Modules the account had already
-- started were not moved: those rounds stay stored here, under the old learner id (nothing is deleted).
alter table learner add column merged_into uuid;
alter table learner add constraint fk_learner_merged foreign key (merged_into) references learner (id);
alter table learner add column claimed_at timestamp with time zone;
