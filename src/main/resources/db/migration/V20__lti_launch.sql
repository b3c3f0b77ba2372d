-- LTI 1.3 launches (issue 16). Registration ids are plain numbers, not foreign keys: deleting a registration stops
-- its launches, but the accounts, classes and assignments its launches made stay the school's (and their links stay,
-- so registering the platform again would not find them under the new id: docs/lti.md).

-- One OIDC login in progress: the state and nonce Lectern made, used at most once, for a few minutes.
create table lti_login_state (
    state varchar(64) primary key,
    nonce varchar(64) not null,
    registration_id bigint not null,
    created_at timestamp with time zone not null,
    used_at timestamp with time zone
);

-- A platform user (the token's sub) linked to a Lectern account, per registration.
create table lti_account (
    registration_id bigint not null,
    subject varchar(255) not null,
    user_id bigint not null references app_user (id) on delete cascade,
    created_at timestamp with time zone not null,
    primary key (registration_id, subject)
);

-- A platform context (course) mapped to the Lectern class made for it.
create table lti_context (
    registration_id bigint not null,
    context_id varchar(255) not null,
    class_id bigint not null references school_class (id) on delete cascade,
    created_at timestamp with time zone not null,
    primary key (registration_id, context_id)
);

-- A resource link (one activity in a course) mapped to the assignment made for it.
create table lti_resource_link (
    registration_id bigint not null,
    resource_link_id varchar(255) not null,
    context_id varchar(255) not null,
    assignment_id bigint not null references assignment (id) on delete cascade,
    created_at timestamp with time zone not null,
    primary key (registration_id, resource_link_id)
);

-- A deep linking request waiting for the teacher's choice: one-time, keyed by a random id only the server made.
create table lti_deep_link (
    id varchar(64) primary key,
    registration_id bigint not null,
    user_id bigint not null references app_user (id) on delete cascade,
    deployment_id varchar(255) not null,
    return_url varchar(1000) not null,
    data varchar(2000),
    line_item_accepted boolean not null,
    created_at timestamp with time zone not null,
    used_at timestamp with time zone
);
