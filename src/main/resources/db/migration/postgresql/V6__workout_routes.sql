-- A workout's route as one row (points encoded by RouteCodec) instead of a row per point: routes are always read
-- whole, and a long history holds millions of points, each of which cost an index entry and a foreign-key check.
-- V7 moves the points from route_points and drops that table.
CREATE TABLE workout_routes (
    workout_id  BIGINT  PRIMARY KEY REFERENCES workouts (id) ON DELETE CASCADE,
    point_count INTEGER NOT NULL,
    points      BYTEA   NOT NULL
);
-- Coordinates and timestamps as binary doubles barely compress; storing them out of line uncompressed saves the
-- attempt on every write.
ALTER TABLE workout_routes ALTER COLUMN points SET STORAGE EXTERNAL;
