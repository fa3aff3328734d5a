/**
 * Getting an export onto the server: presigned POST uploads (to S3, or to the server itself playing S3 with an
 * HMAC-signed policy), direct multipart uploads, and the completion call; each stores the file as a blob, streamed,
 * and queues an import job.
 */
package dev.healthsync.imports.upload;
