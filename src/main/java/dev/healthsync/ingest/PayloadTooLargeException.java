package dev.healthsync.ingest;

import dev.healthsync.system.ProblemException;

/** The body passed the configured limit, as sent or once decompressed. */
class PayloadTooLargeException extends ProblemException {

    PayloadTooLargeException(long limitBytes) {
        super(413, "payload-too-large", "the request body exceeds the limit of " + limitBytes
                + " bytes (HEALTHSYNC_MAX_BODY); send smaller batches or raise the limit");
    }
}
