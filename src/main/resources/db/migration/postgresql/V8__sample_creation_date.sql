-- The creation date every exported record carries, as numbers instead of a 52-byte string inside the metadata
-- JSON (a third of a heart-rate sample's row). The read API puts it back into the metadata as HKExportCreationDate
-- (CreationDates), so rows stored before keep their metadata as it is and read the same.
ALTER TABLE samples ADD COLUMN created_ms BIGINT;
ALTER TABLE samples ADD COLUMN created_offset INTEGER;
