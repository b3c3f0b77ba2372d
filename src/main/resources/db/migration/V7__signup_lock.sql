-- One row that sign-ups lock (SELECT ... FOR UPDATE) while they decide whether the installation is empty:
-- without it two simultaneous first sign-ups could both see no account and both become admin.
create table signup_lock (
    id integer primary key
);
insert into signup_lock (id) values (1);
