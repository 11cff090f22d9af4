-- parley store schema, version 3: the article's tone (GDELT's tone fields, percentages of its words; NULL for
-- articles stored before v3) and an index for looking up the issues of an event.
ALTER TABLE articles ADD COLUMN tone DOUBLE;
ALTER TABLE articles ADD COLUMN positive DOUBLE;
ALTER TABLE articles ADD COLUMN negative DOUBLE;
ALTER TABLE articles ADD COLUMN polarity DOUBLE;
ALTER TABLE articles ADD COLUMN activity DOUBLE;
ALTER TABLE articles ADD COLUMN self_group DOUBLE;
ALTER TABLE articles ADD COLUMN word_count INTEGER;
CREATE INDEX issues_event ON issues (event_id);
