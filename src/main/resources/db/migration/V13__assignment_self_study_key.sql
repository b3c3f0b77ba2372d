-- A teacher may keep the module's self-study key text (key, explanations, model answers, evidence, option
-- feedback) back from the class's students, signed in, while the assignment is open.
alter table assignment add column self_study_key_held_back boolean default false not null;
