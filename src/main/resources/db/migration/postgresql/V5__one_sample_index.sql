-- One index on samples instead of three. An identity key begins with the start second (big-endian), so an index
-- on (user, type, identity key) both rejects duplicates and serves a type's samples in time order; and it is the
-- table's primary key, so the row id (still assigned, and shown by the read API) needs no index of its own. Every
-- insert now updates one index instead of three. The type is already hashed into the key, so uniqueness means
-- what it meant.
DROP INDEX ix_samples_type_time;
DROP INDEX ux_samples_identity;
ALTER TABLE samples DROP CONSTRAINT samples_pkey;
CREATE UNIQUE INDEX ux_samples_identity ON samples (user_id, type_id, identity_key);
ALTER TABLE samples ADD CONSTRAINT samples_pkey PRIMARY KEY USING INDEX ux_samples_identity;

-- Route points, a few million in a long history, lose their foreign key for the same reason samples never had
-- one: PostgreSQL checks it with a trigger per row, the largest part of a route's insert. The writer only attaches
-- points to a workout id it has just read, and deletes a workout's points itself before the workout.
ALTER TABLE route_points DROP CONSTRAINT route_points_workout_id_fkey;
