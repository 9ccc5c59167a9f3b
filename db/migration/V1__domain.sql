-- The whole domain of Framework Advisor. Later migrations add behaviour, not rework.
-- Keys (topic, candidate, criterion, metric, question, option keys and dataset slugs) are public
-- contracts used by the API and by saved links: they are lower-case identifiers and never change.

-- Topics and what they compare ------------------------------------------------------------------

create table topic (
    id          bigint generated always as identity primary key,
    key         text        not null unique check (key ~ '^[a-z0-9][a-z0-9-]{0,118}$'),
    name        text        not null check (length(name) between 1 and 200),
    description text        not null default '',
    created_at  timestamptz not null default now(),
    version     bigint      not null default 0
);

create table candidate (
    id          bigint generated always as identity primary key,
    topic_id    bigint     not null references topic (id),
    key text not null check (key ~ '^[a-z0-9][a-z0-9_]{0,62}$'),
    name        text       not null check (length(name) between 1 and 100),
    description text       not null default '',
    position    int        not null default 0,
    version     bigint     not null default 0,
    unique (topic_id, key)
);

create table criterion (
    id          bigint generated always as identity primary key,
    topic_id    bigint     not null references topic (id),
    key text not null check (key ~ '^[a-z0-9][a-z0-9_]{0,62}$'),
    name        text       not null check (length(name) between 1 and 200),
    description text       not null default '',
    position    int        not null default 0,
    version     bigint     not null default 0,
    unique (topic_id, key)
);

create table metric (
    id          bigint generated always as identity primary key,
    topic_id    bigint     not null references topic (id),
    key text not null check (key ~ '^[a-z0-9][a-z0-9_]{0,62}$'),
    name        text       not null check (length(name) between 1 and 200),
    unit        text       not null check (unit in ('ms', 's', 'MB', 'GB', 'req/s')),
    better      text       not null check (better in ('lower', 'higher')),
    statistic   text       not null check (statistic in ('p50', 'p90', 'p95', 'p99', 'mean', 'median', 'max', 'unspecified')),
    position    int        not null default 0,
    version     bigint     not null default 0,
    unique (topic_id, key)
);

-- Which measurements a metric-backed criterion is derived from (scenario null: every scenario).
create table criterion_metric (
    criterion_id bigint     not null references criterion (id),
    metric_id    bigint     not null references metric (id),
    scenario text check (scenario ~ '^[a-z0-9][a-z0-9_]{0,62}$'),
    unique nulls not distinct (criterion_id, metric_id, scenario)
);

-- Evidence ----------------------------------------------------------------------------------------

create table source (
    id           bigint generated always as identity primary key,
    topic_id     bigint   not null references topic (id),
    key text not null unique check (key ~ '^[a-z0-9][a-z0-9-]{0,118}$'),
    title        text     not null check (length(title) between 1 and 300),
    title_note   text,
    publisher    text,
    author       text,
    url          text check (url ~ '^https?://'),
    published_on date,
    seed_file    text,
    notes        text     not null default '',
    version      bigint   not null default 0
);

create table dataset (
    id           bigint generated always as identity primary key,
    source_id    bigint   not null references source (id),
    slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{0,118}$'),
    title        text     not null check (length(title) between 1 and 300),
    hardware     text,
    os           text,
    runtime      text,
    load_tool    text,
    load_profile text,
    connections  int check (connections > 0),
    duration     text,
    database     text,
    methodology  text     not null,
    caveats      text     not null default '',
    version      bigint   not null default 0
);

-- The server/stack each candidate ran on in a dataset ("server per candidate").
create table dataset_stack (
    dataset_id   bigint not null references dataset (id) on delete cascade,
    candidate_id bigint not null references candidate (id),
    stack        text   not null check (length(stack) between 1 and 300),
    primary key (dataset_id, candidate_id)
);

create table measurement (
    id           bigint generated always as identity primary key,
    dataset_id   bigint     not null references dataset (id) on delete cascade,
    candidate_id bigint     not null references candidate (id),
    metric_id    bigint     not null references metric (id),
    scenario text not null check (scenario ~ '^[a-z0-9][a-z0-9_]{0,62}$'),
    workload     text       not null check (length(workload) between 1 and 300),
    stack        text       not null check (length(stack) between 1 and 300),
    value        numeric    not null check (value >= 0),
    value_max    numeric check (value_max > value),
    approximate  boolean    not null default false,
    unit         text       not null check (unit in ('ms', 's', 'MB', 'GB', 'req/s')),
    quote        text       not null check (length(quote) > 0),
    note         text,
    position     int        not null default 0,
    version      bigint     not null default 0,
    unique (dataset_id, candidate_id, metric_id, scenario, workload, stack)
);

create index measurement_metric_idx on measurement (metric_id);

create table claim (
    id           bigint generated always as identity primary key,
    source_id    bigint not null references source (id) on delete cascade,
    criterion_id bigint references criterion (id),
    kind         text   not null check (kind in ('assessment', 'recommendation')),
    section      text,
    quote        text   not null check (length(quote) > 0),
    position     int    not null default 0,
    version      bigint not null default 0
);

create index claim_source_idx on claim (source_id);
create index claim_criterion_idx on claim (criterion_id);

create table claim_candidate (
    claim_id     bigint not null references claim (id) on delete cascade,
    candidate_id bigint not null references candidate (id),
    stance       text   not null check (stance in ('favours', 'against', 'neutral')),
    primary key (claim_id, candidate_id)
);

-- The decision matrix ---------------------------------------------------------------------------
-- The editable draft lives in score/score_evidence; a published version is an immutable jsonb
-- snapshot of everything a recommendation depends on.

create table score (
    id              bigint generated always as identity primary key,
    candidate_id    bigint  not null references candidate (id),
    criterion_id    bigint  not null references criterion (id),
    value           numeric(4, 2) check (value between 0 and 10),
    mode            text    not null check (mode in ('judgement', 'derived', 'override')),
    rationale       text    not null default '',
    override_reason text,
    updated_at      timestamptz not null default now(),
    version         bigint  not null default 0,
    unique (candidate_id, criterion_id),
    check (mode = 'derived' or value is not null),
    check (mode <> 'override' or length(coalesce(override_reason, '')) > 0)
);

create table score_evidence (
    id             bigint generated always as identity primary key,
    score_id       bigint not null references score (id) on delete cascade,
    measurement_id bigint references measurement (id),
    claim_id       bigint references claim (id),
    check (num_nonnulls(measurement_id, claim_id) = 1)
);

create unique index score_evidence_measurement_uq on score_evidence (score_id, measurement_id) where measurement_id is not null;
create unique index score_evidence_claim_uq on score_evidence (score_id, claim_id) where claim_id is not null;

create table matrix_version (
    id             bigint generated always as identity primary key,
    topic_id       bigint      not null references topic (id),
    number         int         not null check (number > 0),
    method_version int         not null check (method_version > 0),
    note           text        not null default '',
    published_at   timestamptz not null default now(),
    published_by   text        not null,
    snapshot       jsonb       not null,
    unique (topic_id, number)
);

-- Questions and their weights -------------------------------------------------------------------

create table question (
    id       bigint generated always as identity primary key,
    topic_id bigint     not null references topic (id),
    key text not null check (key ~ '^[a-z0-9][a-z0-9_]{0,62}$'),
    label    text       not null check (length(label) between 1 and 300),
    help     text       not null default '',
    position int        not null default 0,
    version  bigint     not null default 0,
    unique (topic_id, key)
);

create table answer_option (
    id          bigint generated always as identity primary key,
    question_id bigint     not null references question (id) on delete cascade,
    key text not null check (key ~ '^[a-z0-9][a-z0-9_]{0,62}$'),
    label       text       not null check (length(label) between 1 and 300),
    help        text       not null default '',
    position    int        not null default 0,
    version     bigint     not null default 0,
    unique (question_id, key)
);

create table option_weight (
    option_id    bigint        not null references answer_option (id) on delete cascade,
    criterion_id bigint        not null references criterion (id),
    weight       numeric(5, 2) not null check (weight > 0 and weight <= 100),
    primary key (option_id, criterion_id)
);

-- A must-have: a candidate scoring below min_score on the criterion fails it (and is still ranked).
create table option_must_have (
    option_id    bigint        not null references answer_option (id) on delete cascade,
    criterion_id bigint        not null references criterion (id),
    min_score    numeric(4, 2) not null check (min_score between 0 and 10),
    reason       text          not null default '',
    primary key (option_id, criterion_id)
);

-- Recommendations (share links) -----------------------------------------------------------------

create table recommendation (
    id                text        primary key check (id ~ '^[A-Za-z0-9_-]{16,32}$'),
    topic_id          bigint      not null references topic (id),
    matrix_version_id bigint      not null references matrix_version (id),
    answers           jsonb       not null,
    result            jsonb       not null,
    created_at        timestamptz not null default now()
);

create index recommendation_created_idx on recommendation (created_at desc);

-- People and history ----------------------------------------------------------------------------

create table app_user (
    id            bigint generated always as identity primary key,
    username      text        not null unique check (username ~ '^[A-Za-z0-9._@-]{3,64}$'),
    password_hash text        not null,
    role          text        not null check (role in ('EDITOR', 'ADMIN')),
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now(),
    version       bigint      not null default 0
);

create table audit_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null default now(),
    actor       text        not null,
    entity_type text        not null,
    entity_id   text        not null,
    action      text        not null check (action in ('create', 'update', 'delete', 'import', 'publish')),
    before      jsonb,
    after       jsonb
);

create index audit_event_entity_idx on audit_event (entity_type, entity_id, occurred_at desc);
create index audit_event_actor_idx on audit_event (actor, occurred_at desc);

-- Which seed/import files have been loaded, so a restart never loads one twice.
create table seed_import (
    file_name   text        primary key,
    checksum    text        not null,
    imported_at timestamptz not null default now()
);
