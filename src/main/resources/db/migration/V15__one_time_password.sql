-- A password set by a teacher's or an admin's reset is one-time: its owner chooses their own at the next sign-in.
alter table app_user add column must_change_password boolean default false not null;
