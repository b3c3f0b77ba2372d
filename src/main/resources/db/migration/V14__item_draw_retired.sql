-- A reset retires a student's drawn variants (issue #11, finding 16): the next attempt draws variants the student
-- has not seen where the pool has enough, and only then falls back to retired ones (which are made current again).
alter table assignment_item_draw add column retired_at timestamp with time zone;
