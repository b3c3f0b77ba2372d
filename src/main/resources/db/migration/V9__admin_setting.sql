-- When lectern.admin first named a login name. Only an account signed up before that becomes admin through the
-- setting: one signed up afterwards may belong to whoever was quickest to take the name.
create table admin_setting (
    login_name varchar(64) primary key,
    first_named_at timestamp with time zone not null
);
