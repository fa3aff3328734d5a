-- Views for reading the data with SQL (Grafana, notebooks): docs/sql.md. They hold no data of their own.

-- One row per user, type and day as lived: the rollups' per-source rows added up. total is the merged sum the API's
-- series gives for cumulative types (steps, energy); average, minimum and maximum are for discrete ones (heart
-- rate), over every source. Rollups are brought up to date within seconds of a write, and before any API read.
-- App buckets (Health Auto Export with aggregation on) are not in it: the API adds them only to days without samples.
CREATE VIEW daily_totals AS
SELECT r.user_id, t.identifier AS type, date(r.day * 86400, 'unixepoch') AS day, SUM(r.merged) AS total,
       SUM(r.n) AS samples, CASE WHEN SUM(r.n) > 0 THEN SUM(r.raw) / SUM(r.n) END AS average,
       MIN(r.min_value) AS minimum, MAX(r.max_value) AS maximum
FROM rollup_days r JOIN health_types t ON t.id = r.type_id
GROUP BY r.user_id, t.identifier, r.day;

-- One row per workout, its times as written (local time at the offset it was recorded with), its distance (any
-- distance type) and active energy from its statistics, in metres and kcal.
CREATE VIEW workouts_summary AS
SELECT w.user_id, w.id, w.uuid, w.activity_type,
       datetime(w.start_ms / 1000 + w.start_offset, 'unixepoch') AS start_local,
       datetime(w.end_ms / 1000 + w.end_offset, 'unixepoch') AS end_local,
       w.start_offset / 60 AS utc_offset_minutes,
       COALESCE(w.duration_s, (w.end_ms - w.start_ms) / 1000.0) AS duration_s,
       src.name AS source,
       (SELECT SUM(s.sum_value) FROM workout_statistics s
        WHERE s.workout_id = w.id AND s.type LIKE 'HKQuantityTypeIdentifierDistance%') AS distance_m,
       (SELECT s.sum_value FROM workout_statistics s
        WHERE s.workout_id = w.id AND s.type = 'HKQuantityTypeIdentifierActiveEnergyBurned') AS active_energy_kcal,
       COALESCE((SELECT r.point_count FROM workout_routes r WHERE r.workout_id = w.id), 0) AS route_points
FROM workouts w LEFT JOIN sources src ON src.id = w.source_id;

-- Samples with their type, source and device by name and their times as written (local time at their offset),
-- values in the type's canonical unit and, where it differed, as sent.
CREATE VIEW samples_readable AS
SELECT s.user_id, s.id, t.identifier AS type, s.value, s.unit, s.text_value AS category_value,
       s.original_value, s.original_unit,
       datetime(s.start_ms / 1000 + s.start_offset, 'unixepoch') AS start_local,
       datetime(s.end_ms / 1000 + s.end_offset, 'unixepoch') AS end_local,
       s.start_offset / 60 AS utc_offset_minutes, src.name AS source, d.name AS device
FROM samples s
JOIN health_types t ON t.id = s.type_id
LEFT JOIN sources src ON src.id = s.source_id
LEFT JOIN devices d ON d.id = s.device_id;
