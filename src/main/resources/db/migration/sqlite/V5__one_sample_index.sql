-- One index on samples instead of two. An identity key begins with the start second (big-endian), so an index on
-- (user, type, identity key) both rejects duplicates and serves a type's samples in time order; every insert
-- now updates one index fewer. The type is already hashed into the key, so uniqueness means what it meant.
DROP INDEX ix_samples_type_time;
DROP INDEX ux_samples_identity;
CREATE UNIQUE INDEX ux_samples_identity ON samples (user_id, type_id, identity_key);
