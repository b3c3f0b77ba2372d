-- Display settings and read-aloud speed of a learner (issue 15), anonymous or an account's. One row per learner,
-- only once they changed something; names as ReadingSettings' ids. Found by privacy export, erasure and retention
-- through the foreign key.
create table reading_settings (
    learner_id uuid primary key references learner (id),
    text_size integer not null,
    line_spacing integer not null,
    letter_spacing integer not null,
    word_spacing integer not null,
    paragraph_spacing integer not null,
    column_width varchar(16) not null,
    font varchar(32) not null,
    theme varchar(16) not null,
    speech_rate integer not null,
    updated_at timestamp with time zone not null
);
