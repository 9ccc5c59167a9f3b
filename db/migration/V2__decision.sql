-- The decision (matrix, questions, recommendations): what the seed and editors say about why an
-- option carries its weights, shown on the /method page.
alter table answer_option add column weight_basis text not null default '';

-- Share links are looked up by id only; recent ones are listed for the publish diff.
create index recommendation_topic_created_idx on recommendation (topic_id, created_at desc);
