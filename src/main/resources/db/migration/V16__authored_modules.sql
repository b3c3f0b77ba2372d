-- Modules teachers write in the browser. The draft is module.yaml text, saved with a revision number that every
-- save must name (optimistic locking: a second editor's stale save is refused, nothing overwritten). Publishing
-- copies the draft into an immutable authored_module_version; assignments pin a version through module_snapshot
-- as for bundled modules. visibility: PRIVATE (owner and co-authors), TEACHERS (every teacher of this server may
-- assign it) or PUBLIC (also in the self-study library, once library_approved when approval is required).
create table authored_module (
    module_id varchar(64) primary key,
    owner_id bigint not null references app_user (id),
    visibility varchar(16) not null,
    library_approved boolean default false not null,
    draft_yaml varchar(1048576) not null,
    draft_revision integer not null,
    draft_saved_at timestamp with time zone not null,
    draft_saved_by bigint not null references app_user (id),
    published_version integer,
    created_at timestamp with time zone not null
);
create index ix_authored_module_owner on authored_module (owner_id);

-- Co-authors may edit and publish a module; only its owner shares it or changes who co-authors it.
create table authored_module_author (
    module_id varchar(64) not null references authored_module (module_id),
    account_id bigint not null references app_user (id),
    primary key (module_id, account_id)
);
create index ix_authored_module_author_account on authored_module_author (account_id);

-- Every published version, never changed: version N's text says "version: N".
create table authored_module_version (
    module_id varchar(64) not null references authored_module (module_id),
    version integer not null,
    yaml_text varchar(1048576) not null,
    published_at timestamp with time zone not null,
    published_by bigint not null references app_user (id),
    primary key (module_id, version)
);
