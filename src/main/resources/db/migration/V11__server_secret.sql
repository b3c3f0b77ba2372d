-- Secrets the server generates once and never sends: the key from which display orders (shuffled options, order
-- items, match choices, word banks) are derived per learner and question (issue #11, finding 4).
create table server_secret (
    name varchar(40) primary key,
    secret varchar(200) not null,
    created_at timestamp with time zone not null
);
