-- A workout's route as one row (points encoded by RouteCodec) instead of a row per point: routes are always read
-- whole, and a long history holds millions of points, each of which cost an index entry. V7 moves the points
-- from route_points and drops that table.
CREATE TABLE workout_routes (
    workout_id  INTEGER PRIMARY KEY REFERENCES workouts (id) ON DELETE CASCADE,
    point_count INTEGER NOT NULL,
    points      BLOB    NOT NULL
);
