-- What a reprocess needs besides the body: how it was encoded (a multipart boundary) and the request's options.
ALTER TABLE raw_archive ADD COLUMN content_type TEXT;
ALTER TABLE raw_archive ADD COLUMN options TEXT;
