package dev.healthsync.ingest;

import dev.healthsync.system.ProblemException;

/** The body claimed {@code Content-Encoding: gzip} but is not gzip data. */
class MalformedEncodingException extends ProblemException {

    MalformedEncodingException() {
        super(400, "malformed-body", "the body is not valid gzip data (Content-Encoding: gzip), or it is cut short");
    }
}
